import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Phrase } from '../../../src/core/text/phrase';
import { messageFrom, type Catalogue } from '../../support/substitute';

export { messageFrom, type Catalogue, type CatalogueEntry } from '../../support/substitute';

/** `@webext-core/fake-browser` has no i18n: this reads the catalogues in public/_locales instead. */

export const LOCALES_DIR = join(import.meta.dirname, '../../../public/_locales');

export function loadCatalogue(lang: string): Catalogue {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Catalogue;
}

const english = loadCatalogue('en');

/** Installed as the `chrome` global by test/unit/setup.ts, so code under test speaks English. */
export const englishI18n = {
  getMessage: (key: string, subs?: string | string[]): string => messageFrom(english, key, subs),
};

/** A phrase from src/core in English, for assertions on what the user reads. */
export function inEnglish(text: Phrase): string {
  return messageFrom(english, text.key, text.subs);
}
