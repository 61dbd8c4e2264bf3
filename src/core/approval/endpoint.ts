import type { ApprovalEndpoint, Provider } from '../providers/types';
import { hostOfOrigin, isExactOrigin, type PageUrl } from '../url/page-url';

export type EndpointMatch =
  /** The registered origin and an approval path. */
  | { readonly kind: 'genuine'; readonly provider: Provider; readonly endpoint: ApprovalEndpoint }
  /** The registered host and approval path, but the wrong scheme, port or userinfo: never the real page. */
  | { readonly kind: 'wrong-origin'; readonly provider: Provider; readonly endpoint: ApprovalEndpoint; readonly reason: string }
  /** An approval path with the provider's request parameters on some other host. */
  | { readonly kind: 'foreign-path'; readonly provider: Provider; readonly endpoint: ApprovalEndpoint };

/** Finds which provider's approval page a URL claims to be, comparing normalized origins exactly. */
export function matchApprovalEndpoint(url: PageUrl, providers: readonly Provider[]): EndpointMatch | null {
  let foreign: EndpointMatch | null = null;
  for (const provider of providers) {
    for (const endpoint of provider.approvalEndpoints) {
      if (!endpoint.path.test(url.pathname)) continue;
      if (isExactOrigin(url, endpoint.origin)) return { kind: 'genuine', provider, endpoint };
      if (url.hostname === hostOfOrigin(endpoint.origin)) {
        return { kind: 'wrong-origin', provider, endpoint, reason: wrongOriginReason(url, endpoint) };
      }
      if (!foreign && url.search.has(provider.request.clientId)) foreign = { kind: 'foreign-path', provider, endpoint };
    }
  }
  return foreign;
}

function wrongOriginReason(url: PageUrl, endpoint: ApprovalEndpoint): string {
  if (url.hasUserinfo) return 'The address hides a user name or password before the host name, a trick used to disguise links.';
  if (url.protocol !== 'https:') return `This page is served over ${url.protocol.replace(':', '').toUpperCase()}, not HTTPS: anyone on the network can read or change it. The real page is ${endpoint.origin}.`;
  if (url.port) return `This page is on port ${url.port}; the real page is ${endpoint.origin} on the standard HTTPS port.`;
  return `This page is not on ${endpoint.origin}.`;
}
