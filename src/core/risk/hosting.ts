import { parse } from 'tldts';
import hosting from '../data/shared-hosting.json';

export type HostingKind = 'tunnel' | 'dynamic-dns' | 'shared';

function under(host: string, suffixes: readonly string[]): boolean {
  return suffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

/**
 * Whether a host name is one anyone can get in seconds without owning a domain: a tunnel to someone's own machine,
 * a dynamic-DNS name, or a subdomain of a shared host (the Public Suffix List's private section, which tldts
 * reports, plus the kept list in shared-hosting.json for services the list lacks). The bare suffix itself is the
 * service's own site and is not counted.
 */
export function hostingKindOf(host: string): HostingKind | null {
  if (under(host, hosting.tunnels)) return hosting.tunnels.includes(host) ? null : 'tunnel';
  if (under(host, hosting.dynamicDns)) return hosting.dynamicDns.includes(host) ? null : 'dynamic-dns';
  if (under(host, hosting.freeHosting)) return hosting.freeHosting.includes(host) ? null : 'shared';
  const parsed = parse(host, {
    allowPrivateDomains: true,
    detectIp: true,
    extractHostname: false,
    validateHostname: false,
    mixedInputs: false,
  });
  return parsed.isPrivate === true && parsed.domain !== null && parsed.domainWithoutSuffix !== '' ? 'shared' : null;
}
