import { describe, expect, it, vi } from 'vitest';
import { phrase } from '../../../src/core/text/phrase';
import { say, SLOT, splitAtSlot, t, uiLanguage } from '../../../src/shared/i18n';
import { englishI18n, loadCatalogue, messageFrom } from '../support/i18n';

describe('t and say', () => {
  it('look messages up in the browser, with substitutions', () => {
    expect(t('badge_title', 'Verified Azure DevOps approval page')).toBe('Consent Guard: Verified Azure DevOps approval page');
    expect(say(phrase('verdict_approvalVerified', 'Azure DevOps'))).toBe('Verified Azure DevOps approval page');
    expect(t('live_httpError', 'Azure DevOps', 500)).toBe('Azure DevOps answered with an error (HTTP 500).');
    expect(uiLanguage()).toBe('en');
  });

  it('follow the browser language', () => {
    const german = loadCatalogue('de');
    vi.stubGlobal('chrome', { i18n: { getMessage: (key: string, subs?: string | string[]) => messageFrom(german, key, subs) } });
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
});
