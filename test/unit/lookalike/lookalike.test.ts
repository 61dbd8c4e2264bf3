import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLookalikeTargets, findLookalike, type LookalikeKind } from '../../../src/core/lookalike/lookalike';
import { inEnglish } from '../support/i18n';

const PROTECTED_DOMAINS = [
  { domain: 'visualstudio.com', providerId: 'azure-devops' },
  { domain: 'azure.com', providerId: 'azure-devops' },
  { domain: 'microsoftonline.com', providerId: 'entra-id' },
  { domain: 'microsoft.com', providerId: 'entra-id' },
  { domain: 'live.com', providerId: 'entra-id' },
  { domain: 'windows.net', providerId: 'entra-id' },
  { domain: 'github.com', providerId: 'github' },
  { domain: 'google.com', providerId: 'google' },
] as const;

const targets = buildLookalikeTargets(PROTECTED_DOMAINS);

describe('findLookalike: must detect', () => {
  it.each<[hostname: string, kind: LookalikeKind, target: string, providerId: string]>([
    // Homographs: same skeleton, different name.
    ['xn--mcrosoft-thh.com', 'homograph', 'microsoft.com', 'entra-id'], // Cyrillic і
    ['micros0ft.com', 'homograph', 'microsoft.com', 'entra-id'],
    ['rnicrosoft.com', 'homograph', 'microsoft.com', 'entra-id'],
    ['xn--microsft-s4a.com', 'homograph', 'microsoft.com', 'entra-id'], // ö
    ['xn--ggle-55da.com', 'homograph', 'google.com', 'google'], // Cyrillic о о
    ['goog1e.com', 'homograph', 'google.com', 'google'],
    ['g00gle.de', 'homograph', 'google.com', 'google'],
    ['1ive.com', 'homograph', 'live.com', 'entra-id'],
    ['vvindows.net', 'homograph', 'windows.net', 'entra-id'],
    ['login.rnicrosoftonline.com', 'homograph', 'microsoftonline.com', 'entra-id'],
    // Target on another suffix: only distinctive names.
    ['microsoftonline.net', 'homograph', 'microsoftonline.com', 'entra-id'],
    ['visualstudio.co', 'homograph', 'visualstudio.com', 'azure-devops'],
    ['login.microsoftonline.co.uk', 'homograph', 'microsoftonline.com', 'entra-id'],
    ['microsoftonline.github.io', 'homograph', 'microsoftonline.com', 'entra-id'],
    // Edit distance 1 on names of seven characters or more.
    ['microsoftonlime.com', 'edit-distance', 'microsoftonline.com', 'entra-id'],
    ['visualstudlo.com', 'edit-distance', 'visualstudio.com', 'azure-devops'],
    ['mircosoft.com', 'edit-distance', 'microsoft.com', 'entra-id'], // transposition
    ['microsofl.com', 'edit-distance', 'microsoft.com', 'entra-id'],
    ['nicrosoft.com', 'edit-distance', 'microsoft.com', 'entra-id'],
    ['micro-soft.com', 'edit-distance', 'microsoft.com', 'entra-id'],
    ['microsoft-online.com', 'edit-distance', 'microsoftonline.com', 'entra-id'],
    ['windovs.net', 'edit-distance', 'windows.net', 'entra-id'],
    ['microsoftonlime.net', 'edit-distance', 'microsoftonline.com', 'entra-id'], // distinctive, so another suffix still counts
    // Target embedding.
    ['app.vssps.visualstudio.com.evil.net', 'target-embedding', 'visualstudio.com', 'azure-devops'],
    ['login.microsoftonline.com.secure-check.io', 'target-embedding', 'microsoftonline.com', 'entra-id'],
    ['login-microsoftonline-com.net', 'target-embedding', 'microsoftonline.com', 'entra-id'],
    ['visualstudio-com.auth.example.org', 'target-embedding', 'visualstudio.com', 'azure-devops'],
    ['login.live.com.account-check.net', 'target-embedding', 'live.com', 'entra-id'],
    ['github.com.someone.github.io', 'target-embedding', 'github.com', 'github'],
    ['accounts.google.com-signin.top', 'target-embedding', 'google.com', 'google'],
    ['microsoftonlinecom.net', 'target-embedding', 'microsoftonline.com', 'entra-id'],
    ['dev.azure.com.evil.workers.dev', 'target-embedding', 'azure.com', 'azure-devops'],
    ['login.rnicrosoftonline.corn.evil.net', 'target-embedding', 'microsoftonline.com', 'entra-id'],
    // Combo-squatting.
    ['azure-devops-signin.com', 'combo-squatting', 'azure.com', 'azure-devops'],
    ['microsoft-login.com', 'combo-squatting', 'microsoft.com', 'entra-id'],
    ['microsoftlogin-secure.net', 'combo-squatting', 'microsoft.com', 'entra-id'],
    ['visualstudio-account.com', 'combo-squatting', 'visualstudio.com', 'azure-devops'],
    ['secure-microsoft-login.net', 'combo-squatting', 'microsoft.com', 'entra-id'],
    ['my-microsoft-office-login.com', 'combo-squatting', 'microsoft.com', 'entra-id'],
    ['microsoftonline-verify.com', 'combo-squatting', 'microsoftonline.com', 'entra-id'],
    ['microsoft365-login.com', 'combo-squatting', 'microsoft.com', 'entra-id'],
    ['rnicrosoft-sign-in.com', 'combo-squatting', 'microsoft.com', 'entra-id'],
    ['github-sso.net', 'combo-squatting', 'github.com', 'github'],
    ['google-account-verify.com', 'combo-squatting', 'google.com', 'google'],
    ['signin-azure.com', 'combo-squatting', 'azure.com', 'azure-devops'],
    ['login-microsoft.pages.dev', 'combo-squatting', 'microsoft.com', 'entra-id'],
    ['windows-update.com', 'combo-squatting', 'windows.net', 'entra-id'],
  ])('%s is %s of %s', (hostname, kind, target, providerId) => {
    const match = findLookalike(hostname, targets);
    expect(match).toMatchObject({ kind, target, providerId });
    // The user must be told which real site is being imitated.
    expect(match && inEnglish(match.reason)).toContain(target);
  });

  it('accepts the forms a browser may hand over: trailing dot, uppercase, Unicode', () => {
    expect(findLookalike('micros0ft.com.', targets)?.kind).toBe('homograph');
    expect(findLookalike('MICROSOFT-LOGIN.COM', targets)?.kind).toBe('combo-squatting');
    expect(findLookalike('m\u0456crosoft.com', targets)).toMatchObject({ kind: 'homograph', target: 'microsoft.com' });
  });

  it('shows the Unicode form and the real ASCII form of an IDN homograph', () => {
    const match = findLookalike('xn--mcrosoft-thh.com', targets);
    expect(match && inEnglish(match.reason)).toContain('m\u0456crosoft.com');
    expect(match && inEnglish(match.reason)).toContain('xn--mcrosoft-thh.com');
  });

  it('prefers the longest brand a combo contains', () => {
    expect(findLookalike('microsoftonline-login.com', targets)?.target).toBe('microsoftonline.com');
  });
});

describe('findLookalike: must stay quiet', () => {
  it.each([
    // The protected domains and anything under them.
    ['login.microsoftonline.com', 'protected'],
    ['app.vssps.visualstudio.com', 'protected'],
    ['myorg.visualstudio.com', 'protected'],
    ['dev.azure.com', 'protected'],
    ['vssps.dev.azure.com', 'protected'],
    ['myapps.microsoft.com', 'protected'],
    ['account.live.com', 'protected'],
    ['github.com', 'protected'],
    ['gist.github.com', 'protected'],
    ['accounts.google.com', 'protected'],
    ['login.windows.net', 'protected'],
    ['mystorage.blob.core.windows.net', 'private suffix operated by a protected domain'],
    ['LOGIN.MICROSOFTONLINE.COM.', 'protected, in the form a user might type'],
    ['azure.microsoft.com', 'protected'],
    ['learn.microsoft.com', 'protected'],
    // Genuine domains of the same owners.
    ['microsoftstore.com', 'Microsoft\u2019s store: "store" names a product, not a credential step'],
    ['microsoftonline-p.com', 'Entra federation endpoint; "-p" is no combo word'],
    ['microsoftazuread-sso.com', 'Entra seamless SSO; "azuread" is no combo word'],
    ['tenant.onmicrosoft.com', 'Entra tenant names; "on" is no combo word'],
    ['microsoftonline.us', 'allowlisted: Azure Government sign-in'],
    ['login.partner.microsoftonline.cn', 'allowlisted: Azure operated by 21Vianet'],
    ['login.microsoftonline.com.mcas.ms', 'allowlisted: Defender for Cloud Apps proxy'],
    ['dev-azure-com.access.mcas.ms', 'allowlisted: Defender for Cloud Apps proxy, hyphenated form'],
    ['download.windowsupdate.com', 'allowlisted: Windows Update'],
    ['windowsazure.com', 'brand plus brand, no credential word'],
    ['microsoft365.com', 'brand plus a number, no credential word'],
    ['microsoftteams.com', 'brand plus filler only'],
    ['azure-api.net', 'API Management; "api" is no combo word'],
    ['azureedge.net', 'CDN'],
    ['myapp.azurewebsites.net', 'customer app on a private suffix'],
    ['azurewebsites.net', 'a bare private suffix'],
    ['microsoft.de', 'short brand on another TLD: brand owners hold these'],
    ['microsoft.net', 'short brand on another TLD'],
    ['microsoft.com.br', 'short brand on another TLD'],
    ['windows.com', 'short brand on another TLD'],
    ['live.net', 'short brand on another TLD'],
    ['azure.net', 'short brand on another TLD'],
    ['google.de', 'short brand on another TLD'],
    ['google.co.uk', 'short brand on another TLD'],
    ['www.google.com.au', 'the embedded "google.com" is the public suffix com.au, not a subdomain'],
    ['live.com.mx', 'same, for live.com'],
    ['someone.github.io', 'GitHub Pages user site'],
    ['microsoft.github.io', 'brands run their own GitHub Pages'],
    ['azure.github.io', 'brands run their own GitHub Pages'],
    ['github.io', 'bare private suffix'],
    ['githubstatus.com', 'GitHub status page; "status" is no combo word'],
    ['githubusercontent.com', 'GitHub content'],
    ['githubcopilot.com', 'GitHub Copilot'],
    ['github.community', 'short brand on another TLD'],
    ['googleapis.com', 'Google APIs; "apis" is no combo word'],
    ['googleusercontent.com', 'Google content'],
    ['google-analytics.com', 'Google Analytics'],
    ['googlemail.com', '"mail" is filler, not a credential word'],
    ['goggle.com', 'google has six letters: edit distance needs seven'],
    ['gitlab.com', 'github has six letters: edit distance needs seven'],
    ['azura.com', 'azure has five letters'],
    ['live-login.com', 'live has four letters: too short for combo-squatting'],
    ['livejournal.com', 'contains live'],
    ['delivery.com', 'contains live'],
    ['oliver.com', 'contains live'],
    ['olive.com', 'contains live'],
    ['alive.com', 'contains live'],
    ['visualstudiomagazine.com', 'independent magazine; "magazine" is no combo word'],
    ['stackoverflow.com', 'unrelated'],
    ['example.com', 'unrelated'],
    ['www.example.co.uk', 'unrelated'],
    ['intranet.local', 'not a public name'],
    ['foo.localhost', 'not a public name'],
    ['localhost', 'single label'],
    ['server', 'single label'],
    ['127.0.0.1', 'IPv4'],
    ['10.0.0.12', 'IPv4'],
    ['[::1]', 'IPv6 as URL.hostname gives it'],
    ['::1', 'IPv6 bare'],
    ['xn--zz.com', 'xn-- label that fails to decode'],
    ['xn--.com', 'empty xn-- label'],
    ['xn--microsoft-.com', 'xn-- label decoding to plain ASCII'],
  ])('%s (%s)', (hostname) => {
    expect(findLookalike(hostname, targets)).toBeNull();
  });

  it('ignores hostnames longer than 253 characters, even ones embedding a target', () => {
    const long = `${'a'.repeat(60)}.`.repeat(4) + 'login.microsoftonline.com.evil.net';
    expect(long.length).toBeGreaterThan(253);
    expect(findLookalike(long, targets)).toBeNull();
  });

  it('handles 100 labels', () => {
    const manyLabels = `${'a.'.repeat(98)}example.com`;
    expect(manyLabels.split('.')).toHaveLength(100);
    expect(findLookalike(manyLabels, targets)).toBeNull();
    expect(findLookalike(`${'a.'.repeat(96)}login.live.com.example.com`, targets)?.kind).toBe('target-embedding');
  });
});

describe('findLookalike: never throws', () => {
  it.each([
    '',
    '.',
    '..',
    'a..b.com',
    '.example.com',
    ' ',
    ' example.com',
    '\u0000',
    '\ud800.com',
    'http://microsoft-login.com/',
    'user@microsoft-login.com',
    'microsoft-login.com:443',
    'xn--',
    'xn--.xn--',
    '-.-',
    '_.com',
    'a'.repeat(64) + '.com',
    'x'.repeat(10_000),
    `${'a.'.repeat(5000)}com`,
    'xn--zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz.com',
    'xn--99999999999.com',
    '\u3002example\u3002com',
  ])('returns null for %j', (hostname) => {
    expect(findLookalike(hostname, targets)).toBeNull();
  });

  it('returns null for non-strings smuggled past the type system', () => {
    const values: unknown[] = [undefined, null, 42, {}, ['microsoft-login.com']];
    for (const value of values) {
      expect(findLookalike(value as string, targets)).toBeNull();
    }
  });

  const label = fc.oneof(
    fc.stringMatching(/^[a-z0-9-]{1,20}$/),
    fc.stringMatching(/^xn--[a-z0-9-]{1,12}$/),
    fc.constantFrom(
      'microsoft',
      'microsoftonline',
      'login',
      'com',
      'live',
      'azure',
      'visualstudio',
      'github',
      'google',
      'rnicrosoft',
    ),
  );
  const hostnameLike = fc
    .tuple(
      fc.array(label, { minLength: 1, maxLength: 8 }),
      fc.constantFrom('com', 'net', 'io', 'co.uk', 'github.io', 'local', '1'),
      fc.boolean(),
    )
    .map(([labels, suffix, trailingDot]) => `${labels.join('.')}.${suffix}${trailingDot ? '.' : ''}`);

  it('never throws for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const match = findLookalike(text, targets);
        expect(match === null || inEnglish(match.reason) !== '').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws for domain-like strings, and any match names a real target', () => {
    const protectedSet = new Set<string>(PROTECTED_DOMAINS.map(({ domain }) => domain));
    fc.assert(
      fc.property(hostnameLike, (hostname) => {
        const match = findLookalike(hostname, targets);
        if (match !== null) {
          expect(protectedSet.has(match.target)).toBe(true);
          expect(inEnglish(match.reason)).toContain(match.target);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never flags a hostname inside a protected registrable domain', () => {
    fc.assert(
      fc.property(
        fc.array(label, { maxLength: 6 }),
        fc.constantFrom(...PROTECTED_DOMAINS.map(({ domain }) => domain)),
        fc.boolean(),
        (subdomains, domain, trailingDot) => {
          const hostname = [...subdomains, domain].join('.') + (trailingDot ? '.' : '');
          expect(findLookalike(hostname, targets)).toBeNull();
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('buildLookalikeTargets', () => {
  it('skips entries that are not registrable domains and keeps the first of duplicates', () => {
    const built = buildLookalikeTargets([
      { domain: '', providerId: 'x' },
      { domain: 'com', providerId: 'x' },
      { domain: '127.0.0.1', providerId: 'x' },
      { domain: 'Microsoft.com.', providerId: 'first' },
      { domain: 'microsoft.com', providerId: 'second' },
    ]);
    expect(built.targets.map(({ domain, providerId }) => [domain, providerId])).toEqual([['microsoft.com', 'first']]);
    expect(findLookalike('micros0ft.com', built)?.providerId).toBe('first');
  });

  it('finds nothing without targets', () => {
    const empty = buildLookalikeTargets([]);
    expect(findLookalike('micros0ft.com', empty)).toBeNull();
    expect(findLookalike('login.microsoftonline.com.evil.net', empty)).toBeNull();
  });

  it('treats a subdomain target as its whole registrable domain', () => {
    const built = buildLookalikeTargets([{ domain: 'dev.azure.com', providerId: 'azure-devops' }]);
    expect(findLookalike('portal.azure.com', built)).toBeNull();
    expect(findLookalike('azure.com.evil.net', built)).toMatchObject({
      kind: 'target-embedding',
      target: 'dev.azure.com',
    });
  });
});
