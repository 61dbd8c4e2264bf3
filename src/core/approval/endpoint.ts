import type { ApprovalEndpoint, Provider } from '../providers/types';
import { phrase, type Phrase } from '../text/phrase';
import { hostOfOrigin, isExactOrigin, type PageUrl } from '../url/page-url';

export type EndpointMatch =
  /** The registered origin and an approval path. */
  | { readonly kind: 'genuine'; readonly provider: Provider; readonly endpoint: ApprovalEndpoint }
  /** The registered host and approval path, but the wrong scheme, port or userinfo: never the real page. */
  | {
      readonly kind: 'wrong-origin';
      readonly provider: Provider;
      readonly endpoint: ApprovalEndpoint;
      readonly reason: Phrase;
    }
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

function wrongOriginReason(url: PageUrl, endpoint: ApprovalEndpoint): Phrase {
  if (url.hasUserinfo) return phrase('endpoint_userinfo');
  if (url.protocol !== 'https:')
    return phrase('endpoint_insecure', url.protocol.replace(':', '').toUpperCase(), endpoint.origin);
  if (url.port) return phrase('endpoint_port', url.port, endpoint.origin);
  return phrase('endpoint_elsewhere', endpoint.origin);
}
