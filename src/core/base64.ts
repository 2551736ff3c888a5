// Strict base64 codecs. Node's Buffer decoder silently skips characters outside the alphabet (as Python's
// non-validating b64decode does); the protocol wants one spelling per byte string, so every decoder here
// checks the alphabet, the padding and that the unused trailing bits are zero (re-encoding gives the input).

const STANDARD = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const URL_SAFE = /^[A-Za-z0-9_-]*$/;

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Standard alphabet with canonical `=` padding; `null` for anything else. */
export function decodeBase64Strict(text: string): Uint8Array | null {
  if (!STANDARD.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? new Uint8Array(bytes) : null;
}

export function encodeBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

/**
 * URL-safe alphabet. JWT parts carry no padding, but a correctly padded part is tolerated (its bytes are
 * unambiguous; the signature over the padded text then simply fails, as it does in the reference).
 */
export function decodeBase64UrlStrict(text: string): Uint8Array | null {
  const bare = text.replace(/={1,2}$/, '');
  if (bare !== text && text.length % 4 !== 0) return null;
  if (!URL_SAFE.test(bare) || bare.length % 4 === 1) return null;
  const bytes = Buffer.from(bare, 'base64url');
  return bytes.toString('base64url') === bare ? new Uint8Array(bytes) : null;
}
