/**
 * The gate's view of device-code sign-in (RFC 8628): the providers' code-entry pages by URL, and pages that link to
 * one. Written out rather than read from the provider registry, which the idle script must not load; a unit test
 * holds these to `src/core/providers/device-code-pages.ts`.
 */

// Anchored at the scheme, so an ordinary URL fails at its host's first letters.
const DEVICE_PAGE_URL =
  /^https:\/\/(?:(?:www\.)?microsoft\.com\/(?:devicelogin|(?:[a-z]{2}-[a-z]{2}\/)?link)\/?(?:[?#]|$)|login\.microsoft(?:online)?\.com\/[^/?#]+\/oauth2\/(?:v2\.0\/)?deviceauth|login\.live\.com\/oauth20_remoteconnect\.srf|github\.com\/login\/device(?:[/?#]|$)|(?:www\.)?google\.com\/device\/?(?:[?#]|$)|accounts\.google\.com\/o\/oauth2\/device\/usercode)/;

/** The lowercased URL is a provider's device-code entry page (or an address that redirects to one). */
export function isDeviceCodePageUrl(lowerUrl: string): boolean {
  return DEVICE_PAGE_URL.test(lowerUrl);
}

/**
 * Links to a device-code entry page: what wakes the inspection on a lure. One compound query, run only where the
 * rest of the gate found nothing, so an ordinary page pays one selector walk and reads no element.
 */
export const DEVICE_LOGIN_LINK_SELECTOR =
  'a:is([href*="/devicelogin" i], [href*="microsoft.com/" i][href*="/link" i], [href*="/oauth20_remoteconnect" i], [href*="/deviceauth" i], ' +
  '[href*="github.com/login/device" i], [href*="google.com/device" i], [href*="/oauth2/device/usercode" i])';

/** The same addresses as words in page text (lowercased), for pages already being read. */
export const DEVICE_LOGIN_WORDS: readonly string[] = [
  'devicelogin', 'microsoft.com/link', 'oauth20_remoteconnect', 'deviceauth', 'github.com/login/device', 'google.com/device', 'oauth2/device/usercode',
];

export function linksToDeviceLogin(doc: Document): boolean {
  return doc.querySelector(DEVICE_LOGIN_LINK_SELECTOR) !== null;
}
