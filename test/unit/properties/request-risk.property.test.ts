import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RiskLevel } from '../../../src/core/risk/types';
import { ADO, ENTRA, GITHUB, GOOGLE, request, verdictAt } from '../risk/support';

const RANK: Readonly<Record<RiskLevel, number>> = { none: 0, review: 1, high: 2 };
const BASES = [ADO, ENTRA, GITHUB, GOOGLE] as const;
type Base = (typeof BASES)[number];

// Each provider's everyday scopes: sign-in, profile, read-only work data.
const BENIGN_SCOPES: Readonly<Record<Base, readonly string[]>> = {
  [ADO]: ['vso.work', 'vso.code', 'vso.build', 'vso.profile', 'vso.project', 'vso.wiki'],
  [ENTRA]: ['openid', 'profile', 'email', 'offline_access', 'User.Read', 'User.ReadBasic.All'],
  [GITHUB]: ['read:user', 'user:email', 'read:org', 'notifications'],
  [GOOGLE]: ['openid', 'email', 'profile', 'https://www.googleapis.com/auth/userinfo.email'],
};
const HIGH_SCOPES: Readonly<Record<Base, readonly string[]>> = {
  [ADO]: ['vso.code_full', 'vso.tokens', 'vso.identity_manage', 'vso.build_execute'],
  [ENTRA]: ['Mail.Read', 'Files.ReadWrite.All', 'Directory.AccessAsUser.All', 'Contacts.Read'],
  [GITHUB]: ['repo', 'admin:org', 'workflow', 'delete_repo'],
  [GOOGLE]: [
    'https://mail.google.com/',
    'https://www.googleapis.com/auth/drive',
    'https://www.googleapis.com/auth/gmail.readonly',
  ],
};
const ODD_REDIRECTS = [
  'https://203.0.113.7/cb',
  'http://0x7f.1/',
  'https://a.trycloudflare.com/',
  'https://x.azurewebsites.net/',
  'http://evil.example/',
  'javascript:alert(1)',
  'https://xn--contso-7nf.com/',
];

const label = fc.stringMatching(/^[a-z][a-z0-9]{2,12}$/);
const companyRedirect = fc
  .tuple(
    label,
    fc.constantFrom('com', 'org', 'net', 'de', 'co.uk', 'io'),
    fc.constantFrom('/callback', '/oauth/cb', '/'),
  )
  .map(([name, tld, path]) => `https://${name}.${tld}${path}`);
const base = fc.constantFrom(...BASES);

describe('request risk: properties', () => {
  it('random benign requests never reach "high"', () => {
    fc.assert(
      fc.property(
        base.chain((b) =>
          fc.tuple(fc.constant(b), fc.subarray([...BENIGN_SCOPES[b]], { minLength: 1 }), companyRedirect),
        ),
        ([b, scopes, redirect]) => {
          const verdict = verdictAt(b, request(b, scopes.join(' '), redirect));
          expect(verdict.risk?.level).not.toBe('high');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('adding any high-tier scope plus offline_access never lowers the level', () => {
    const anyRequest = base.chain((b) =>
      fc.tuple(
        fc.constant(b),
        fc.subarray([...BENIGN_SCOPES[b], ...HIGH_SCOPES[b]]),
        fc.oneof(companyRedirect, fc.constantFrom(...ODD_REDIRECTS)),
        fc.constantFrom(...HIGH_SCOPES[b]),
      ),
    );
    fc.assert(
      fc.property(anyRequest, ([b, scopes, redirect, added]) => {
        const before = verdictAt(b, request(b, scopes.join(' '), redirect));
        const after = verdictAt(b, {
          ...request(b, [...scopes, added, 'offline_access'].join(' '), redirect),
          access_type: 'offline',
        });
        expect(RANK[after.risk?.level ?? 'none']).toBeGreaterThanOrEqual(RANK[before.risk?.level ?? 'none']);
        expect(after.level).not.toBe('ok');
      }),
      { numRuns: 400 },
    );
  });
});
