// A throwaway PKI for tests: a CA and a server certificate signed by it, made with the openssl CLI so the
// certificates are ordinary X.509 that Node's TLS verifies like any other. EC P-256 keys keep generation fast.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPki {
  /** The CA certificate a client must trust. */
  readonly caPem: string;
  /** The server certificate (leaf only), signed by the CA. */
  readonly certPem: string;
  readonly keyPem: string;
  readonly caFile: string;
  readonly certFile: string;
  readonly keyFile: string;
  readonly dir: string;
  cleanup(): void;
}

export interface TestPkiOptions {
  /** DNS names of the server certificate; default `['localhost']`. */
  readonly dnsNames?: readonly string[];
  /** IP addresses of the server certificate; default `['127.0.0.1']`. */
  readonly ipAddresses?: readonly string[];
  /** Validity of the server certificate in days; a negative value makes an already expired certificate. */
  readonly days?: number;
}

function openssl(dir: string, args: readonly string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

const words = (text: string): string[] => text.split(' ');

function generateKey(dir: string, file: string): void {
  openssl(dir, ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file]);
}

/**
 * Makes a new CA and a server certificate for `localhost` + `127.0.0.1` (by default) in a fresh directory
 * (under `parentDir` when given, else the OS temp dir). `cleanup()` removes that directory.
 */
export function createTestPki(parentDir?: string, options: TestPkiOptions = {}): TestPki {
  const dir = mkdtempSync(join(parentDir ?? tmpdir(), 'swarm-pki-'));
  const dnsNames = options.dnsNames ?? ['localhost'];
  const ipAddresses = options.ipAddresses ?? ['127.0.0.1'];
  const days = String(options.days ?? 7);
  const caSubject = `/CN=Swarm Test CA ${randomBytes(4).toString('hex')}`;

  generateKey(dir, 'ca.key');
  openssl(dir, [
    ...words('req -x509 -new -key ca.key -sha256 -days 7 -out ca.pem'),
    ...['-subj', caSubject, '-addext', 'basicConstraints=critical,CA:TRUE'],
    ...['-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
  ]);

  generateKey(dir, 'server.key');
  openssl(dir, ['req', '-new', '-key', 'server.key', '-subj', `/CN=${dnsNames[0] ?? 'server'}`, '-out', 'server.csr']);
  const san = [...dnsNames.map((name) => `DNS:${name}`), ...ipAddresses.map((ip) => `IP:${ip}`)].join(',');
  writeFileSync(
    join(dir, 'server.ext'),
    [
      `subjectAltName=${san}`,
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
    ].join('\n'),
  );
  const serial = `0x${randomBytes(8).toString('hex')}`;
  openssl(dir, [
    ...words('x509 -req -in server.csr -CA ca.pem -CAkey ca.key -sha256 -extfile server.ext -out server.pem'),
    ...['-set_serial', serial, '-days', days],
  ]);

  const caFile = join(dir, 'ca.pem');
  const certFile = join(dir, 'server.pem');
  const keyFile = join(dir, 'server.key');
  return {
    caPem: readFileSync(caFile, 'utf8'),
    certPem: readFileSync(certFile, 'utf8'),
    keyPem: readFileSync(keyFile, 'utf8'),
    caFile,
    certFile,
    keyFile,
    dir,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

let shared: TestPki | undefined;

/** The PKI shared by every test of this process, made on first use and removed when the process exits. */
export function testPki(): TestPki {
  if (shared === undefined) {
    const pki = createTestPki();
    process.once('exit', () => pki.cleanup());
    shared = pki;
  }
  return shared;
}

/** Another, unrelated CA with its own server certificate: a client trusting `testPki()` must refuse it. */
export function createOtherCa(parentDir?: string): TestPki {
  return createTestPki(parentDir);
}
