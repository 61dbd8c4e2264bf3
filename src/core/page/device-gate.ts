/**
 * Links to a device-code entry page (RFC 8628): what wakes the inspection on a possible lure. Part of the idle
 * script, so kept to one selector: a unit test holds it to the providers' list.
 */
export const DEVICE_LOGIN_LINK_SELECTOR =
  'a:is([href*=devicelogin i],[href*=deviceauth i],[href*=remoteconnect i],[href*="github.com/login/device" i],[href*="google.com/device" i],[href*="microsoft.com/link" i],[href*=usercode i])';

/** One compound query, run only where the rest of the gate found nothing: an ordinary page reads no element for it. */
export function linksToDeviceLogin(doc: Document): boolean {
  return doc.querySelector(DEVICE_LOGIN_LINK_SELECTOR) !== null;
}
