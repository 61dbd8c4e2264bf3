import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { EXCEPTIONS_KEY, ExceptionsSchema } from '../shared/tab-state';

// "Continue anyway" lasts for the browser session only (storage.session), per origin.
export async function continuedOrigins(): Promise<readonly string[]> {
  const stored = await browser.storage.session.get(EXCEPTIONS_KEY);
  const parsed = v.safeParse(ExceptionsSchema, stored[EXCEPTIONS_KEY]);
  return parsed.success ? parsed.output : [];
}

export async function addContinuedOrigin(origin: string): Promise<void> {
  const current = await continuedOrigins();
  if (current.includes(origin)) return;
  await browser.storage.session.set({ [EXCEPTIONS_KEY]: [...current, origin].slice(-500) });
}

/** From the options page: every "Continue anyway" of this session is forgotten, so those sites warn again. */
export async function clearContinuedOrigins(): Promise<void> {
  await browser.storage.session.remove(EXCEPTIONS_KEY);
}
