import browser from 'webextension-polyfill';

const KEY = 'rejected-messages';

/** Malformed or foreign messages are dropped; counting them makes an attack visible in the popup and tests. */
export async function countRejectedMessage(): Promise<void> {
  const stored = await browser.storage.session.get(KEY);
  const current = typeof stored[KEY] === 'number' ? stored[KEY] : 0;
  await browser.storage.session.set({ [KEY]: current + 1 });
}
