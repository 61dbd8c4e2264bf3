import type { DeviceCodeEndpoint, Provider } from '../providers/types';
import { hostOfOrigin, isExactOrigin, parsePageUrl, type PageUrl } from '../url/page-url';

export interface DeviceCodeMatch {
  readonly provider: Provider;
  readonly endpoint: DeviceCodeEndpoint;
}

/** The provider's own device-code entry page this URL is, compared by exact origin like approval endpoints. */
export function matchDeviceCodePage(url: PageUrl, providers: readonly Provider[]): DeviceCodeMatch | null {
  for (const provider of providers) {
    for (const endpoint of provider.deviceCodeEndpoints ?? []) {
      if (endpoint.path.test(url.pathname) && isExactOrigin(url, endpoint.origin)) return { provider, endpoint };
    }
  }
  return null;
}

/**
 * The device-code page an address written in a page names (`microsoft.com/devicelogin`,
 * `https://github.com/login/device`):
 * by host and path, whatever the scheme or port, since a lure that names it sends the reader to the real page.
 */
export function deviceCodeAddress(text: string, providers: readonly Provider[]): DeviceCodeMatch | null {
  const trimmed = text.trim().replace(/[).,;:!?'"»]+$/, '');
  if (trimmed.length === 0 || trimmed.length > 2_000) return null;
  const url = parsePageUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  for (const provider of providers) {
    for (const endpoint of provider.deviceCodeEndpoints ?? []) {
      if (endpoint.path.test(url.pathname) && url.hostname === hostOfOrigin(endpoint.origin))
        return { provider, endpoint };
    }
  }
  return null;
}
