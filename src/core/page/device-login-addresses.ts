/**
 * The providers' device-code entry pages by URL, for the whole content script that the manifest gives them. Written
 * out rather than read from the provider registry, which the content script does not load; a unit test holds this
 * to `src/core/providers/device-code-pages.ts`.
 */

// Anchored at the scheme, so an ordinary URL fails at its host's first letters.
const DEVICE_PAGE_URL = new RegExp(
  String.raw`^https:\/\/(?:(?:www\.)?microsoft\.com\/(?:devicelogin|(?:[a-z]{2}-[a-z]{2}\/)?link)\/?(?:[?#]|$)` +
    String.raw`|login\.microsoft(?:online)?\.com\/[^/?#]+\/oauth2\/(?:v2\.0\/)?deviceauth` +
    String.raw`|login\.live\.com\/oauth20_remoteconnect\.srf|github\.com\/login\/device(?:[/?#]|$)` +
    String.raw`|(?:www\.)?google\.com\/device\/?(?:[?#]|$)|accounts\.google\.com\/o\/oauth2\/device\/usercode)`,
);

/** The lowercased URL is a provider's device-code entry page (or an address that redirects to one). */
export function isDeviceCodePageUrl(lowerUrl: string): boolean {
  return DEVICE_PAGE_URL.test(lowerUrl);
}
