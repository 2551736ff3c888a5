// Protocol versions: which rules an envelope is verified under (MSG-VER-002), and what an agent advertises in
// /info (NEG-001). 0.1.0 is what the reference speaks; 0.2 signs the whole envelope and can seal the content.
export const PROTOCOL_V01 = '0.1.0';
export const PROTOCOL_V02 = '0.2.0';

export type ProtocolRules = '0.1' | '0.2';

/** The rules an envelope's `protocol_version` selects: `0.2.x` is 0.2, every other version is 0.1.0's, as before. */
export function rulesOf(version: unknown): ProtocolRules {
  return typeof version === 'string' && /^0\.2\.[0-9]+$/.test(version) ? '0.2' : '0.1';
}

/** What an agent lists in `/info` `protocol_versions`. */
export function advertisedVersions(v02: boolean): string[] {
  return v02 ? [PROTOCOL_V01, PROTOCOL_V02] : [PROTOCOL_V01];
}

/** Whether an `/info` document's `protocol_versions` (absent: 0.1.0 alone) lists 0.2. */
export function speaksV02(versions: unknown): boolean {
  return Array.isArray(versions) && versions.some((version) => rulesOf(version) === '0.2');
}
