import type { Runtime } from 'webextension-polyfill';
import browser from 'webextension-polyfill';
import { forgetClosedTab, forgetTabOnNavigation, routeMessage } from './router';

// Listeners are registered synchronously at start-up, so a restarted service worker receives the event that woke it.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  routeMessage(message, sender),
);

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status === 'loading') void forgetTabOnNavigation(tabId);
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetClosedTab(tabId);
});
