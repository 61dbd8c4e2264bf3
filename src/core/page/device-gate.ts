import { DEVICE_LOGIN_TEXT } from './device-text';

/**
 * Whether the page links to a device-code entry page (RFC 8628), where a lure sends its reader. No page is searched
 * for such links as it loads (a walk of every page cost too much on a large page: docs/performance.md): the idle
 * watcher wakes the inspection when the user points at or focuses one, and the inspector reads the page's cues only
 * where one is present. The same loose test as the idle watcher's on the link it woke for (any `…com/link` passes);
 * the background matches what is read against the providers' exact pages.
 */
export function linksToDeviceLogin(doc: Document): boolean {
  for (const link of doc.querySelectorAll('a[href]'))
    if (DEVICE_LOGIN_TEXT.test(link.getAttribute('href') ?? '')) return true;
  return false;
}
