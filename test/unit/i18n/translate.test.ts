import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { phrase } from '../../../src/core/text/phrase';
import { say, SLOT, splitAtSlot, t, uiLanguage, type MessageKey } from '../../../src/shared/i18n';
import { englishI18n, loadCatalogue, messageFrom } from '../support/i18n';

describe('t and say', () => {
  it('look messages up in the browser, with substitutions', () => {
    expect(t('badge_title', 'Verified Azure DevOps approval page')).toBe(
      'Consent Guard: Verified Azure DevOps approval page',
    );
    expect(say(phrase('verdict_approvalVerified', 'Azure DevOps'))).toBe('Verified Azure DevOps approval page');
    expect(t('live_httpError', 'Azure DevOps', 500)).toBe('Azure DevOps answered with an error (HTTP 500).');
    expect(uiLanguage()).toBe('en');
  });

  it('follow the browser language', () => {
    const german = loadCatalogue('de');
    vi.stubGlobal('chrome', {
      i18n: { getMessage: (key: string, subs?: string | string[]) => messageFrom(german, key, subs) },
    });
    try {
      expect(say(phrase('verdict_approvalVerified', 'Azure DevOps'))).toBe('Geprüfte Azure DevOps-Genehmigungsseite');
      expect(uiLanguage()).toBe('de');
    } finally {
      vi.stubGlobal('chrome', { i18n: englishI18n });
    }
  });

  it('show an id they cannot find as itself, never blank', () => {
    expect(say({ key: 'gone_in_a_later_build', subs: [] })).toBe('gone_in_a_later_build');
  });

  it('split a sentence where an element goes', () => {
    expect(splitAtSlot(t('warning_realPage', SLOT))).toEqual(['The real page is only ever at ', '.']);
    expect(splitAtSlot('no slot here')).toEqual(['no slot here', '']);
  });

  it('ask the browser once per message and number of substitutions, and give what it would have given', () => {
    const english = loadCatalogue('en');
    const asked: string[] = [];
    vi.stubGlobal('chrome', {
      i18n: {
        getMessage: (key: string, subs?: string | string[]) => {
          asked.push(key);
          return messageFrom(english, key, subs);
        },
      },
    });
    try {
      expect(t('live_httpError', 'Azure DevOps', 500)).toBe('Azure DevOps answered with an error (HTTP 500).');
      expect(t('live_httpError', 'GitHub', 404)).toBe('GitHub answered with an error (HTTP 404).');
      expect(asked).toEqual(['live_httpError']);
      // Substitutions are put in as they are: marks, dollar signs and the slot inside them are not read.
      const keys = Object.keys(english) as MessageKey[];
      const sub = fc.oneof(fc.string(), fc.constantFrom('\uE010', '\uE011x', '$1', '$$', SLOT, ''));
      fc.assert(
        fc.property(
          fc.constantFrom(...keys),
          fc.array(sub, { maxLength: 4 }),
          (key, subs) => t(key, ...subs) === (messageFrom(english, key, subs) || key),
        ),
        { numRuns: 3_000 },
      );
    } finally {
      vi.stubGlobal('chrome', { i18n: englishI18n });
    }
  });
});
