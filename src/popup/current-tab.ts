import browser from 'webextension-polyfill';

/**
 * The tab whose verdict the popup shows: the active tab of the window the popup belongs to, or the tab named
 * by `?tab=` when the popup is opened as a page of its own (keyboard users, screen readers, tests).
 */
export async function tabIdForPopup(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery !== null && /^\d{1,10}$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' ? tab.id : null;
}
