import type { MessageKey, Phrase } from '../core/text/phrase';

export type { MessageKey, Phrase } from '../core/text/phrase';

/**
 * The one way UI text is produced: the browser's own `i18n.getMessage`, which picks the user's language from
 * public/_locales. Looked up on the native `browser`/`chrome` global rather than through webextension-polyfill:
 * getMessage is synchronous in both browsers, and the content script (which does not load the polyfill) uses
 * this module too.
 */

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

interface I18nGlobals {
  readonly browser?: { readonly i18n?: I18nApi };
  readonly chrome?: { readonly i18n?: I18nApi };
}

/**
 * Messages by API and id, with their substitutions still marked: a list of 50 grants asks for hundreds of
 * messages, and each call into the browser's i18n costs tens of microseconds, while the messages never change
 * for the life of a page. Keyed by the API object too, so a test that swaps the language gets fresh lookups.
 */
const templates = new WeakMap<I18nApi, Map<string, string>>();
/** Private-use characters that stand in for substitutions $1…$9 while a template is cached. */
const MARK_BASE = 0xe010;
const MAX_MARKS = 9;
const MARK = /[\uE010-\uE018]/g;

/** An unknown id shows as itself, so a gap is visible and never blank. */
function lookUp(key: string, subs: readonly (string | number)[]): string {
  const globals = globalThis as I18nGlobals;
  // Called as a method: the native function needs its `this`.
  const api = globals.browser?.i18n ?? globals.chrome?.i18n;
  if (!api) return key;
  // The browser fills the marks where it would put the substitutions; they are put in by one pass over the
  // template, so text inside a substitution is never read as a mark.
  const text =
    subs.length > MAX_MARKS
      ? api.getMessage(key, subs.map(String))
      : template(api, key, subs.length).replace(MARK, (mark) => String(subs[mark.charCodeAt(0) - MARK_BASE] ?? ''));
  return text === '' ? key : text;
}

function template(api: I18nApi, key: string, count: number): string {
  let cache = templates.get(api);
  if (!cache) {
    cache = new Map();
    templates.set(api, cache);
  }
  const id = `${key}\u0000${count}`;
  let found = cache.get(id);
  if (found === undefined) {
    found = api.getMessage(
      key,
      Array.from({ length: count }, (_, index) => String.fromCharCode(MARK_BASE + index)),
    );
    cache.set(id, found);
  }
  return found;
}

/** The message in the user's language. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return lookUp(key, subs);
}

/**
 * A phrase stored or sent as data (tab state, verdicts) whose id is only known to be a string: looked up the same
 * way, so a phrase from an older build that no longer has the id still shows something.
 */
export function say(text: Phrase | { readonly key: string; readonly subs: readonly string[] }): string {
  return lookUp(text.key, text.subs);
}

/** The language the extension's own pages are shown in, for `<html lang>` (screen readers pronounce by it). */
export function uiLanguage(): string {
  return t('locale_lang');
}

/**
 * Passed as a substitution where the UI puts an element (a `<code>` URL, a `<strong>` origin) inside a sentence:
 * the translation decides where it goes, and the caller splits the text at the slot.
 */
export const SLOT = '\u{E000}';

/** The text before and after the slot; the whole text before it when a translation dropped the slot. */
export function splitAtSlot(text: string): readonly [string, string] {
  const at = text.indexOf(SLOT);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + SLOT.length)];
}
