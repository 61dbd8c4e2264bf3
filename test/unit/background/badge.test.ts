import { describe, expect, it } from 'vitest';
import { badgeForVerdict } from '../../../src/background/badge';
import { NO_VERDICT } from '../../../src/core/verdict/types';
import { ADO, ENTRA, request, verdictAt } from '../risk/support';

describe('the toolbar badge on approval pages', () => {
  it('is OK only for a genuine page whose request carries no signal', () => {
    const badge = badgeForVerdict(verdictAt(ADO, request(ADO, 'vso.work', 'https://notes.contoso.com/cb')));
    expect(badge).toMatchObject({ text: 'OK', title: 'Consent Guard: Verified Azure DevOps approval page' });
  });

  it('is ? on amber on a genuine page with a risky request, its title naming the top reason', () => {
    const badge = badgeForVerdict(verdictAt(ADO, request(ADO, 'vso.code_full vso.tokens', 'https://203.0.113.7/cb')));
    expect(badge.text).toBe('?');
    expect(badge.color).toBe('#a35a00');
    expect(badge.title).toContain('risky request');
    expect(badge.title).toContain('a bare IP address, 203.0.113.7');
  });

  it('is ? rather than blank where an approval page gets caution for a check (no branding)', () => {
    const badge = badgeForVerdict(verdictAt(ENTRA, request(ENTRA, 'openid', 'https://notes.contoso.com/cb'), null));
    expect(badge.text).toBe('?');
    expect(badge.title).toContain('does not show Microsoft Entra ID branding');
  });

  it('stays blank for caution that is not about an approval page, and everywhere nothing was found', () => {
    expect(badgeForVerdict({ ...NO_VERDICT, level: 'caution', kind: 'lookalike' }).text).toBe('');
    expect(badgeForVerdict(NO_VERDICT).text).toBe('');
  });
});
