// The extra trust anchor of `client.ca_file` (a private swarm CA, a test CA). It is added to the system roots,
// never substituted for them, and it is parsed when the transport is built: a CA file that silently trusted
// nothing would only show up later as TLS failures against every peer.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { TransportError } from './errors.js';

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

function invalid(source: string, why: string, cause?: unknown): TransportError {
  return new TransportError('CONFIG_INVALID', 'ca_invalid', `Cannot use CA ${source}: ${why}`, undefined, { cause });
}

/** Every certificate of a PEM text, each checked to parse as X.509. */
export function parseCaPem(pem: string, source = 'PEM'): string[] {
  const blocks = pem.match(PEM_CERTIFICATE) ?? [];
  if (blocks.length === 0) throw invalid(source, 'no PEM certificate found');
  for (const block of blocks) {
    try {
      new X509Certificate(block);
    } catch (error) {
      throw invalid(source, 'a certificate does not parse', error);
    }
  }
  return blocks;
}

/**
 * The `ca` list for TLS connections: the system roots plus the extra CAs, or undefined when there are none
 * (then Node's own defaults apply, which also honour NODE_EXTRA_CA_CERTS).
 */
export function trustedCas(options: { caFile?: string | undefined; caPem?: string | undefined }): string[] | undefined {
  const extra: string[] = [];
  if (options.caFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(options.caFile, 'utf8');
    } catch (error) {
      throw invalid(options.caFile, 'the file cannot be read', error);
    }
    extra.push(...parseCaPem(text, options.caFile));
  }
  if (options.caPem !== undefined) extra.push(...parseCaPem(options.caPem));
  return extra.length === 0 ? undefined : [...rootCertificates, ...extra];
}
