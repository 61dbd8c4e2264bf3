import { isIP } from 'node:net';
import { generate } from 'selfsigned';

export interface CertificatePair {
  key: string;
  cert: string;
}

// Browsers run with certificate errors ignored, so validity only has to be plausible; a
// per-host certificate keeps what the browser sees close to a real site's anyway.
const cache = new Map<string, Promise<CertificatePair>>();

/** A throwaway self-signed certificate for `hostname`, made once per process and never written to disk. */
export function certificateFor(hostname: string): Promise<CertificatePair> {
  const name = hostname.toLowerCase();
  let pending = cache.get(name);
  if (!pending) {
    pending = makeCertificate(name);
    cache.set(name, pending);
    // A failed generation must not poison the cache for later handshakes.
    pending.catch(() => cache.delete(name));
  }
  return pending;
}

async function makeCertificate(hostname: string): Promise<CertificatePair> {
  const notBeforeDate = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const notAfterDate = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  const altName = isIP(hostname) ? { type: 7 as const, ip: hostname } : { type: 2 as const, value: hostname };
  const pems = await generate([{ name: 'commonName', value: hostname }], {
    // EC keys generate in milliseconds; RSA would add noticeable time to every new host.
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [altName] },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
