/**
 * Links to a device-code entry page (RFC 8628), where a lure sends its reader. No page is searched for them as it
 * loads (a selector walk of every page cost too much on a large page: docs/performance.md): the idle watcher wakes the
 * inspection when the user points at or focuses such a link, and the inspector reads the page's cues only where
 * one is present. A unit test holds the selector to the providers' list.
 */
// Loose (any `…com/link`): it only decides which pages are read when the user points at a link; the background
// matches what is read against the providers' exact pages. Kept short: it is part of the idle script.
export const DEVICE_LOGIN_LINK_SELECTOR =
  'a:is([href*=devicelogin i],[href*=deviceauth i],[href*=remoteconnect i],[href*="login/device" i],' +
  '[href*="com/device" i],[href*="com/link" i],[href*=usercode i])';
