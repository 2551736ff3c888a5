// The suite's throwaway PKI in client mode: a CA kept in the output folder (so that an implementation configured
// once to trust `<out>/ca.pem` keeps trusting it run after run) and, per run, a server certificate for the host
// the suite listens on. Made with @peculiar/x509 over WebCrypto: ECDSA P-256, nothing spawned.
import { webcrypto } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 24 * 3600 * 1000;
/** A kept CA is made anew when it would expire within this margin of a run. */
const RENEW_MARGIN_MS = DAY_MS;
const CA_DAYS = 90;

export const CA_FILE = 'ca.pem';
const CA_KEY_FILE = 'ca-key.pem';

export interface SuiteCa {
  /** `<out>/ca.pem`: what the implementation under test must trust. */
  readonly file: string;
  readonly pem: string;
  /** Whether this run made it (false: an earlier run's CA was kept). */
  readonly created: boolean;
  readonly notAfter: Date;
}

export interface ServerCertificate {
  readonly certPem: string;
  readonly keyPem: string;
}

interface LoadedCa extends SuiteCa {
  readonly certificate: x509.X509Certificate;
  readonly privateKey: CryptoKey;
}

type CryptoKey = webcrypto.CryptoKey;
// @peculiar/x509 is typed against the DOM's Crypto; Node's webcrypto is that API.
const provider = webcrypto as never;
x509.cryptoProvider.set(provider);
const { subtle } = webcrypto;

function serial(): string {
  // Positive (high bit clear) and never zero: 16 random bytes as hex.
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x01;
  return Buffer.from(bytes).toString('hex');
}

async function exportKeyPem(key: CryptoKey): Promise<string> {
  return x509.PemConverter.encode(await subtle.exportKey('pkcs8', key), 'PRIVATE KEY');
}

async function importKeyPem(pem: string): Promise<CryptoKey> {
  const [der] = x509.PemConverter.decode(pem);
  if (!der) throw new Error('no PEM private key');
  return subtle.importKey('pkcs8', der, ALGORITHM, true, ['sign']);
}

/** The CA kept in `dir`, if both files are there, belong together and stay valid past the margin. */
async function keptCa(dir: string, now: number): Promise<LoadedCa | undefined> {
  const file = join(dir, CA_FILE);
  const keyFile = join(dir, CA_KEY_FILE);
  if (!existsSync(file) || !existsSync(keyFile)) return undefined;
  try {
    const pem = readFileSync(file, 'utf8');
    const certificate = new x509.X509Certificate(pem);
    const privateKey = await importKeyPem(readFileSync(keyFile, 'utf8'));
    if (certificate.notAfter.getTime() - now < RENEW_MARGIN_MS) return undefined;
    // The pair belongs together when a signature by the key verifies with the certificate's public key.
    const probe = new TextEncoder().encode('swarm-conformance');
    const signature = await subtle.sign(ALGORITHM, privateKey, probe);
    const publicKey = await certificate.publicKey.export(ALGORITHM, ['verify'], provider);
    if (!(await subtle.verify(ALGORITHM, publicKey, signature, probe))) return undefined;
    return { file, pem, created: false, notAfter: certificate.notAfter, certificate, privateKey };
  } catch {
    return undefined;
  }
}

async function newCa(dir: string, now: number): Promise<LoadedCa> {
  const keys = await subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: serial(),
      name: `CN=swarm conformance suite CA ${serial().slice(0, 8)}, O=agent-swarm-protocol conformance (throwaway)`,
      notBefore: new Date(now - 60_000),
      notAfter: new Date(now + CA_DAYS * DAY_MS),
      signingAlgorithm: ALGORITHM,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      ],
    },
    provider,
  );
  mkdirSync(dir, { recursive: true });
  const file = join(dir, CA_FILE);
  const keyFile = join(dir, CA_KEY_FILE);
  writeFileSync(keyFile, await exportKeyPem(keys.privateKey), { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  const pem = certificate.toString('pem');
  writeFileSync(file, `${pem}\n`);
  return { file, pem, created: true, notAfter: certificate.notAfter, certificate, privateKey: keys.privateKey };
}

/** The CA of `dir`: the kept one when it is still good, else a new one written there (`ca.pem`, `ca-key.pem`). */
export async function prepareSuiteCa(dir: string, now = Date.now()): Promise<SuiteCa> {
  const { certificate: _c, privateKey: _k, ...ca } = (await keptCa(dir, now)) ?? (await newCa(dir, now));
  return ca;
}

/** A server certificate for `host` (a name or an address), signed by the CA of `dir` (made there if needed). */
export async function issueServerCertificate(
  dir: string,
  host: string,
  now = Date.now(),
): Promise<ServerCertificate & { ca: SuiteCa }> {
  const ca = (await keptCa(dir, now)) ?? (await newCa(dir, now));
  const keys = await subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  const name = isIP(bare) ? { type: 'ip' as const, value: bare } : { type: 'dns' as const, value: bare };
  const certificate = await x509.X509CertificateGenerator.create(
    {
      serialNumber: serial(),
      subject: `CN=${bare}`,
      issuer: ca.certificate.subject,
      notBefore: new Date(now - 60_000),
      notAfter: new Date(Math.min(now + 7 * DAY_MS, ca.notAfter.getTime())),
      signingAlgorithm: ALGORITHM,
      publicKey: keys.publicKey,
      signingKey: ca.privateKey,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
        new x509.SubjectAlternativeNameExtension([name]),
        await x509.AuthorityKeyIdentifierExtension.create(ca.certificate, false, provider),
      ],
    },
    provider,
  );
  const { certificate: _c, privateKey: _k, ...kept } = ca;
  return { certPem: certificate.toString('pem'), keyPem: await exportKeyPem(keys.privateKey), ca: kept };
}
