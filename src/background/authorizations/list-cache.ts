import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { MAX_REMEMBERED_CHARS, type AuthorizationsReply } from '../../shared/authorizations-protocol';

/**
 * The last list the providers gave, kept in storage.session (memory only, gone when the browser closes) so the
 * popup can show it at once while it asks the providers again: a live list waits on the network. Kept and handed
 * on as JSON text, which is copied between contexts far faster than hundreds of objects; the popup parses and
 * validates it as it does every reply. Remembering is a convenience: when storage fails, these calls do nothing
 * (the live list is still answered) rather than fail what asked for them.
 */
const KEY = 'authorizations-list';
const VERSION = 1;
/** An older list is not shown at all: the popup waits for the live one. */
export const REMEMBERED_FOR_MS = 30 * 60_000;

const RememberedSchema = v.object({
  v: v.literal(VERSION),
  at: v.pipe(v.number(), v.finite()),
  groups: v.pipe(v.string(), v.maxLength(MAX_REMEMBERED_CHARS)),
});

export interface RememberedList {
  /** The groups as JSON text. */
  readonly groups: string;
  /** When the providers gave them. */
  readonly at: number;
}

export async function rememberList(groups: AuthorizationsReply['groups'], now = Date.now()): Promise<void> {
  // Revocations in flight belong to the moment: the live list that follows reports them again.
  const text = JSON.stringify(groups.map((group) => ({ ...group, pending: [] })));
  if (text.length > MAX_REMEMBERED_CHARS) return;
  await browser.storage.session.set({ [KEY]: { v: VERSION, at: now, groups: text } }).catch(() => undefined);
}

/** The remembered list if there is one young enough; anything unreadable is dropped, never shown. */
export async function rememberedList(now = Date.now()): Promise<RememberedList | null> {
  const stored = (await browser.storage.session.get(KEY).catch((): Record<string, unknown> => ({})))[KEY];
  if (stored === undefined) return null;
  const parsed = v.safeParse(RememberedSchema, stored);
  if (!parsed.success || parsed.output.at > now || now - parsed.output.at > REMEMBERED_FOR_MS) {
    await forgetList();
    return null;
  }
  return { groups: parsed.output.groups, at: parsed.output.at };
}

/** When the list it holds is no longer what the user would see: a grant revoked, settings or records replaced. */
export async function forgetList(): Promise<void> {
  await browser.storage.session.remove(KEY).catch(() => undefined);
}
