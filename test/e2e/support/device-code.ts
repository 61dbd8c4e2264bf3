import { expect } from 'vitest';
import type { E2EEnvironment } from './browsers';
import type { TestPage } from './driver';

/** The genuine Entra device-code entry page, as the fixtures serve it (pages/device-code/entra-deviceauth.html). */
export const ENTRA_HOST = 'login.microsoftonline.com';
export const ENTRA_PATH = '/common/oauth2/deviceauth';
export const ENTRA_URL = `https://${ENTRA_HOST}${ENTRA_PATH}`;
export const ENTRA_FIXTURE = 'pages/device-code/entra-deviceauth.html';

/** The note's host element (its closed shadow root hides the rest). */
export const NOTE_SELECTOR = '[data-consent-guard="device-code-note"]';

export async function notePresent(page: TestPage): Promise<boolean> {
  return page.evaluate((selector) => document.querySelector(selector) !== null, NOTE_SELECTOR);
}

export async function expectNote(page: TestPage): Promise<void> {
  await expect.poll(() => notePresent(page), { timeout: 8_000 }).toBe(true);
}

/** Types a code into the Entra fixture's field and presses Enter, as a user would. */
export async function submitCode(page: TestPage): Promise<void> {
  await page.type('#otc', 'GKZAQ433Q');
  await page.press('Enter');
}

/** How many codes reached the Entra fixture. */
export function posts(env: E2EEnvironment): number {
  return env.server.requestsTo(ENTRA_HOST, ENTRA_PATH).filter((request) => request.method === 'POST').length;
}
