import type { Runtime } from 'webextension-polyfill';
import browser from 'webextension-polyfill';

/** Where a content-script message came from, taken from the browser's `sender`, never from the message. */
export interface ContentOrigin {
  readonly tabId: number;
  readonly frameId: number;
  readonly url: string;
  /** URL of the tab's top document when the browser tells us. */
  readonly tabUrl: string | null;
}

export function contentOrigin(sender: Runtime.MessageSender): ContentOrigin | null {
  if (sender.id !== browser.runtime.id) return null;
  const tabId = sender.tab?.id;
  const { frameId, url } = sender;
  if (typeof tabId !== 'number' || tabId < 0 || typeof frameId !== 'number' || typeof url !== 'string') return null;
  // Our content scripts run only on web pages; anything else claiming to be one is not ours.
  if (!/^https?:\/\//i.test(url)) return null;
  return { tabId, frameId, url, tabUrl: typeof sender.tab?.url === 'string' ? sender.tab.url : null };
}

/** True for the extension's own pages (popup, full-page warning). */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL('/'))
  );
}
