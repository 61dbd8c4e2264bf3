import type english from '../../../public/_locales/en/messages.json';

/**
 * A sentence for the user, as a message id plus its substitutions. Core decides what to say; the browser's
 * `i18n.getMessage` at the edge decides the language, so core stays pure and never carries English prose.
 * The id type comes from the English catalogue: a misspelt id fails to compile.
 */
export type MessageKey = keyof typeof english;

export interface Phrase {
  readonly key: MessageKey;
  /** Positional substitutions ($1…$9 in the catalogue); values from pages are plain text, never markup. */
  readonly subs: readonly string[];
}

export function phrase(key: MessageKey, ...subs: string[]): Phrase {
  return { key, subs };
}
