import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, LOCALES_DIR, messageFrom, type Catalogue } from '../support/i18n';

const LANGUAGES = readdirSync(LOCALES_DIR).sort();
const english = loadCatalogue('en');

/** Placeholder name → positional content, plus the names the message text actually uses. */
function shape(catalogue: Catalogue, key: string): { declared: Record<string, string>; used: string[] } {
  const entry = catalogue[key];
  if (!entry) throw new Error(`no ${key}`);
  const declared = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const used = [...entry.message.replaceAll('$$', '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) =>
    (match[1] ?? '').toLowerCase(),
  );
  return { declared, used: [...new Set(used)].sort() };
}

describe('locale catalogues', () => {
  it('ship English and German at least', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['de', 'en']));
  });

  it.each(LANGUAGES)('%s has exactly the English keys, with the same placeholders', (lang) => {
    const catalogue = loadCatalogue(lang);
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english)) {
      const theirs = shape(catalogue, key);
      expect({ key, ...theirs }).toEqual({ key, ...shape(english, key) });
      // Every placeholder is used, and every use is declared: a typo would print `$NAME$` to the user.
      expect({ key, used: theirs.used }).toEqual({ key, used: Object.keys(theirs.declared).sort() });
      expect(catalogue[key]?.message.trim(), `${lang}:${key} is empty`).not.toBe('');
    }
  });

  it('uses only key names browsers accept, and says its own language', () => {
    for (const key of Object.keys(english)) expect(key).toMatch(/^[A-Za-z0-9_]{1,64}$/);
    for (const lang of LANGUAGES) expect(messageFrom(loadCatalogue(lang), 'locale_lang')).toBe(lang);
  });

  it('covers every __MSG_…__ the manifest names', () => {
    const manifest = readFileSync(join(import.meta.dirname, '../../../manifest.json'), 'utf8');
    const keys = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] ?? '');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(Object.keys(english)).toContain(key);
    expect(JSON.parse(manifest)).toMatchObject({ default_locale: 'en' });
  });

  it('substitutes positionally, whatever order a translation puts the placeholders in', () => {
    expect(messageFrom(english, 'verdict_asksAccount', ['evil.example', 'Microsoft'])).toBe(
      'evil.example is not Microsoft but asks for your Microsoft account',
    );
    expect(messageFrom(loadCatalogue('de'), 'verdict_asksAccount', ['evil.example', 'Microsoft'])).toBe(
      'evil.example ist nicht Microsoft, fragt aber nach Ihrem Microsoft-Konto',
    );
  });
});
