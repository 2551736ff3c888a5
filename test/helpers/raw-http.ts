// Reading what a server wrote on a raw connection: the tests that send bytes no HTTP client would send.

export interface RawAnswer {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body parsed as JSON. */
  body: any;
}

/** Parses the last HTTP/1.1 answer in the bytes read from a connection. */
export function parseLastAnswer(text: string): RawAnswer {
  const last = text.lastIndexOf('HTTP/1.1 ');
  if (last < 0) throw new Error(`no answer: ${JSON.stringify(text.slice(0, 200))}`);
  const answer = text.slice(last);
  const split = answer.indexOf('\r\n\r\n');
  const head = answer.slice(0, split);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(answer.slice(split + 4)) };
}
