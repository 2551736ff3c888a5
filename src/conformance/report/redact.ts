// A last line of defence for what the report shows a person. The suite never puts a private key or a management
// token into its report, but the text of an answer comes from the agent under test, which may echo anything (a
// debug page quoting an Authorization header, a key file read by mistake). Whatever looks like one is masked.

const REDACTED = '[redacted]';

const RULES: [RegExp, string][] = [
  // A PEM private key, whole or cut short by the report's shortening.
  [
    /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
    `${REDACTED} private key`,
  ],
  // A bearer credential, as an Authorization header or quoted in an error message.
  [/\b(bearer)(\s+|%20)[A-Za-z0-9._~+/=-]{8,}/gi, `$1$2${REDACTED}`],
  // The value of anything labelled private, secret, seed or management token: a 32-byte seed is 43 or 44
  // characters of base64, a management token 43 of base64url; hex seeds are 64.
  [
    /((?:private|secret|seed|management)[\w-]*["']?\s*[:=]\s*["']?)(?:[A-Za-z0-9+/_-]{40,}={0,2}|[0-9a-fA-F]{64})/gi,
    `$1${REDACTED}`,
  ],
];

/** The text with anything that looks like a private key or a bearer/management token masked. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}
