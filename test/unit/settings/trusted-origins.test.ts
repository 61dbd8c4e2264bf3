import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { withTrustedOrigins } from '../../../src/core/providers/trusted-origins';
import { createEvaluationContext, evaluateFrame } from '../../../src/core/verdict/evaluate';
import { canonicalOrigin } from '../../../src/shared/settings';
import { domFrom, PAGES_DIR } from '../page/fixture-dom';
import { inEnglish } from '../support/i18n';

const ON_PREM = 'https://devops.contoso.example';
const QUERY =
  '?client_id=ABC&response_type=Assertion&state=s1&scope=vso.code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb';
const approvalHtml = readFileSync(join(PAGES_DIR, 'approval/ado-authorize.html'), 'utf8');
const signInHtml = readFileSync(join(PAGES_DIR, 'phishing/ms-signin-clone.html'), 'utf8');

function verdictAt(url: string, html: string, options: Parameters<typeof createEvaluationContext>[1] = {}) {
  const context = createEvaluationContext(PROVIDERS, options);
  return evaluateFrame(
    { url, isTop: true, topUrl: url, snapshot: takeSnapshot(domFrom(html, url).window.document) },
    context,
  );
}

describe('trusted origins', () => {
  it('make an on-premises Azure DevOps origin a registered approval origin', () => {
    const url = `${ON_PREM}/oauth2/authorize${QUERY}`;
    expect(verdictAt(url, approvalHtml).level).toBe('danger');
    const trusted = verdictAt(url, approvalHtml, { trustedOrigins: [{ origin: ON_PREM, providerId: 'azure-devops' }] });
    expect(trusted.level).toBe('ok');
    expect(inEnglish(trusted.headline)).toBe('Verified Azure DevOps approval page');
    expect(trusted.realOrigin).toBe(ON_PREM);
  });

  it('make it a sign-in origin, where asking for the password is expected', () => {
    const url = `${ON_PREM}/_signin`;
    expect(verdictAt(url, signInHtml).level).toBe('danger');
    expect(
      verdictAt(url, signInHtml, { trustedOrigins: [{ origin: ON_PREM, providerId: 'azure-devops' }] }).level,
    ).toBe('none');
  });

  it('trust the exact origin only: another scheme, port or subdomain is not it', () => {
    const options = { trustedOrigins: [{ origin: ON_PREM, providerId: 'azure-devops' }] };
    for (const other of [
      'http://devops.contoso.example',
      'https://devops.contoso.example:8443',
      'https://evil.devops.contoso.example',
    ]) {
      expect(verdictAt(`${other}/oauth2/authorize${QUERY}`, approvalHtml, options).level).not.toBe('ok');
    }
  });

  it('leave the registry untouched and ignore unknown providers', () => {
    const before = JSON.stringify(PROVIDERS.map((provider) => provider.signInOrigins));
    const changed = withTrustedOrigins(PROVIDERS, [
      { origin: ON_PREM, providerId: 'azure-devops' },
      { origin: 'https://x.example', providerId: 'nope' },
    ]);
    expect(JSON.stringify(PROVIDERS.map((provider) => provider.signInOrigins))).toBe(before);
    expect(changed.find((provider) => provider.id === 'azure-devops')?.signInOrigins).toContain(ON_PREM);
    expect(changed.flatMap((provider) => provider.signInOrigins)).not.toContain('https://x.example');
  });
});

describe('providers turned off', () => {
  it('are not checked', () => {
    const url = 'https://github-login.example/login';
    const html = readFileSync(join(PAGES_DIR, 'legit/github-like-login.html'), 'utf8');
    const all = createEvaluationContext(PROVIDERS);
    const withoutGithub = createEvaluationContext(PROVIDERS, { disabledProviders: ['github'] });
    expect(all.providers.map((provider) => provider.id)).toContain('github');
    expect(withoutGithub.providers.map((provider) => provider.id)).not.toContain('github');
    const verdict = evaluateFrame(
      { url, isTop: true, topUrl: url, snapshot: takeSnapshot(domFrom(html, url).window.document) },
      withoutGithub,
    );
    expect(verdict.providerId).not.toBe('github');
  });
});

describe('canonicalOrigin', () => {
  it.each([
    ['https://devops.contoso.example', 'https://devops.contoso.example'],
    ['  HTTPS://DevOps.Contoso.Example/  ', 'https://devops.contoso.example'],
    ['https://devops.contoso.example:443', 'https://devops.contoso.example'],
    ['https://devops.contoso.example:8443', 'https://devops.contoso.example:8443'],
    ['https://bücher.example', 'https://xn--bcher-kva.example'],
  ])('accepts %j as %j', (input, expected) => {
    expect(canonicalOrigin(input)).toBe(expected);
  });

  it.each([
    'http://devops.contoso.example',
    'https://devops.contoso.example/tfs',
    'https://user@devops.contoso.example',
    'https://x.example/?q',
    'devops.contoso.example',
    'https://intranet',
    '',
    'javascript:alert(1)',
  ])('refuses %j', (input) => {
    expect(canonicalOrigin(input)).toBeNull();
  });
});
