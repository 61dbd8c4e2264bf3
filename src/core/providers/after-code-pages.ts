/**
 * How the providers' pages that name the app after a device code begin their question, which the content script reads
 * to know which lines of a page to keep. The records, with the whole wording and its sources, are in
 * `device-code-pages.ts`: kept apart so that the content script carries neither.
 */

/** How Microsoft's question that names the app begins (`MICROSOFT_AFTER_CODE_PAGES`), normalized. */
export const MICROSOFT_APP_PROMPT_START = 'are you trying to sign in to ';

/** Lines of a page, normalized (`normalizeText`), that may name the app after a code: the snapshot keeps them. */
export function mayNameCodeApp(normalized: string): boolean {
  return normalized.startsWith(MICROSOFT_APP_PROMPT_START);
}
