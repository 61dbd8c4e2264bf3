import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { tierFromTable } from '../../../src/core/risk/scope-tiers';
import { combineSignals } from '../../../src/core/risk/request-risk';
import { ENTRA_TIERS, GITHUB_TIERS, GOOGLE_TIERS } from '../../../src/core/risk/tier-data';
import type { RiskSignal, SignalWeight } from '../../../src/core/risk/types';
import { ADO, BRANDED, ENTRA, fixtureSnapshot, GITHUB, GOOGLE, request, verdictAt } from './support';

const HTTPS_APP = 'https://notes.contoso.com/callback';

describe('the quiet side: ordinary requests on the genuine pages get OK and no signal', () => {
  it.each([
    ['Azure DevOps, vso.work to a company host', ADO, 'vso.work', HTTPS_APP],
    ['Azure DevOps, read scopes', ADO, 'vso.code vso.build vso.work_write', HTTPS_APP],
    ['Entra, sign-in and profile', ENTRA, 'openid profile User.Read', HTTPS_APP],
    [
      'Entra, sign-in with offline access and a loopback redirect',
      ENTRA,
      'openid profile offline_access User.Read',
      'http://localhost:3000/auth',
    ],
    ['Entra, User.ReadBasic.All (Low in Microsoft’s table)', ENTRA, 'openid User.ReadBasic.All', HTTPS_APP],
    ['GitHub, read:user', GITHUB, 'read:user', HTTPS_APP],
    ['GitHub, loopback for a CLI', GITHUB, 'read:user user:email', 'http://127.0.0.1:49152/callback'],
    ['Google, email profile', GOOGLE, 'openid email profile', HTTPS_APP],
    ['Google, a desktop app on [::1]', GOOGLE, 'email profile', 'http://[::1]:8080/'],
  ])('%s', (_name, base, scope, redirect) => {
    const verdict = verdictAt(base, request(base, scope, redirect));
    expect(verdict.risk?.signals).toEqual([]);
    expect(verdict.risk?.level).toBe('none');
    expect(verdict.level).toBe('ok');
  });
});

describe('what the app gets: each provider’s tiers', () => {
  it.each([
    [ADO, 'vso.code_full', 'scope-high'],
    [ADO, 'vso.tokens', 'scope-high'],
    [ADO, 'vso.identity_manage', 'scope-high'],
    [ENTRA, 'Mail.Read', 'scope-high'],
    [ENTRA, 'https://graph.microsoft.com/Files.ReadWrite.All', 'scope-high'],
    [ENTRA, 'Directory.AccessAsUser.All', 'scope-high'],
    [ENTRA, 'AppRoleAssignment.ReadWrite.All', 'scope-high'],
    [ENTRA, '499b84ac-1321-427f-aa17-267ca6975798/user_impersonation', 'scope-high'],
    [ENTRA, '499b84ac-1321-427f-aa17-267ca6975798/.default', 'scope-high'],
    [ENTRA, 'Mail.ReadBasic', 'scope-sensitive'],
    [GITHUB, 'repo', 'scope-high'],
    [GITHUB, 'admin:org', 'scope-high'],
    [GITHUB, 'workflow', 'scope-high'],
    [GITHUB, 'delete_repo', 'scope-high'],
    [GITHUB, 'public_repo', 'scope-sensitive'],
    [GOOGLE, 'https://mail.google.com/', 'scope-high'],
    [GOOGLE, 'https://www.googleapis.com/auth/gmail.readonly', 'scope-high'],
    [GOOGLE, 'https://www.googleapis.com/auth/drive', 'scope-high'],
    [GOOGLE, 'https://www.googleapis.com/auth/calendar.readonly', 'scope-sensitive'],
  ])('%s: %s → %s, review on its own', (base, scope, id) => {
    const verdict = verdictAt(base, request(base, scope, HTTPS_APP));
    expect(verdict.risk?.signals.map((signal) => signal.id)).toEqual([id]);
    expect(verdict.risk?.level).toBe('review');
    expect(verdict.level).toBe('caution');
    expect(verdict.headline.key).toBe('verdict_approvalRiskReview');
  });

  it('matches whole names and dotted families, longest first, whatever the row order', () => {
    expect(tierFromTable(ENTRA_TIERS, 'Mail.ReadBasic')).toBe('sensitive');
    expect(tierFromTable(ENTRA_TIERS, 'mail.readbasic.all')).toBe('sensitive');
    expect(tierFromTable(ENTRA_TIERS, 'Mail.Read')).toBe('high');
    expect(tierFromTable(ENTRA_TIERS, 'Mail.Send.Shared')).toBe('high');
    expect(tierFromTable(ENTRA_TIERS, 'https://graph.microsoft.com/Notes.Read')).toBe('high');
    expect(tierFromTable(ENTRA_TIERS, 'User.Read')).toBe('basic');
    // A family matches at a dot only: MailboxSettings is its own row, and "Mailer" is nobody's.
    expect(tierFromTable(ENTRA_TIERS, 'Mailer.Read')).toBeNull();
    expect(tierFromTable(ENTRA_TIERS, 'Calendars.Read')).toBeNull();
    expect(tierFromTable(GITHUB_TIERS, 'repo:status')).toBeNull();
    expect(tierFromTable(GOOGLE_TIERS, 'https://www.googleapis.com/auth/drive.file')).toBeNull();
    expect(tierFromTable(GOOGLE_TIERS, 'https://www.googleapis.com/auth/drive.readonly')).toBe('high');
  });

  it('names Microsoft’s phishing combination, and holds it with offline access', () => {
    const verdict = verdictAt(ENTRA, request(ENTRA, 'openid Mail.ReadBasic Contacts.Read', HTTPS_APP));
    expect(verdict.risk?.signals.map((signal) => signal.id)).toEqual(['scope-high', 'phishing-combination']);
    expect(verdict.risk?.level).toBe('review');
    const persistent = verdictAt(
      ENTRA,
      request(ENTRA, 'openid offline_access Mail.Read Contacts.Read Files.Read', HTTPS_APP),
    );
    expect(persistent.risk?.signals.map((signal) => signal.id)).toEqual([
      'scope-high',
      'phishing-combination',
      'persistent-access',
    ]);
    expect(persistent.risk?.level).toBe('high');
    expect(persistent.headline.key).toBe('verdict_approvalRiskHigh');
  });

  it('counts Google’s access_type=offline as persistence', () => {
    const verdict = verdictAt(GOOGLE, {
      ...request(GOOGLE, 'https://mail.google.com/', HTTPS_APP),
      access_type: 'offline',
    });
    expect(verdict.risk?.signals.map((signal) => signal.id)).toEqual(['scope-high', 'persistent-access']);
  });

  it('reads every copy of the scope parameter: a second copy cannot hide a scope', () => {
    const verdict = verdictAt(ADO, { ...request(ADO, 'vso.work', HTTPS_APP), scope: ['vso.work', 'vso.code_full'] });
    expect(verdict.risk?.signals.map((signal) => signal.id)).toContain('scope-high');
  });
});

describe('where the answer goes', () => {
  it.each([
    ['a bare IPv4 address', 'https://203.0.113.7/cb', 'redirect-ip', 'strong'],
    ['a bare IPv6 address', 'https://[2001:db8::7]/cb', 'redirect-ip', 'strong'],
    ['an IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/cb', 'redirect-ip', 'strong'],
    ['hex IPv4 notation', 'http://0x7f.1/cb', 'redirect-odd-ip', 'strong'],
    ['a decimal IPv4 number', 'https://2130706433/cb', 'redirect-odd-ip', 'strong'],
    ['octal IPv4 notation', 'https://0300.0250.0.1/cb', 'redirect-odd-ip', 'strong'],
    ['plain HTTP to a public host', 'http://notes.contoso.com/cb', 'redirect-not-https', 'strong'],
    [
      'a host that embeds microsoftonline.com',
      'https://login.microsoftonline.com.auth-callback.net/cb',
      'redirect-lookalike',
      'strong',
    ],
    ['a one-letter-off host', 'https://microsofonline.com/cb', 'redirect-lookalike', 'strong'],
    ['a Cloudflare quick tunnel', 'https://plain-words-here.trycloudflare.com/cb', 'redirect-tunnel', 'strong'],
    ['an ngrok tunnel', 'https://a1b2c3.ngrok-free.app/cb', 'redirect-tunnel', 'strong'],
    ['localtunnel, not in the PSL', 'https://quick-fox.loca.lt/cb', 'redirect-tunnel', 'strong'],
    ['serveo', 'https://abc.serveo.net/cb', 'redirect-tunnel', 'strong'],
    ['a Microsoft dev tunnel', 'https://x1y2-8080.euw.devtunnels.ms/cb', 'redirect-tunnel', 'strong'],
    ['DuckDNS', 'https://mynotes.duckdns.org/cb', 'redirect-dynamic-dns', 'strong'],
    ['No-IP', 'https://mynotes.hopto.org/cb', 'redirect-dynamic-dns', 'strong'],
    ['glitch.me, not in the PSL', 'https://notes-app.glitch.me/cb', 'redirect-shared-host', 'weak'],
    ['a PSL private suffix', 'https://contoso-notes.azurewebsites.net/cb', 'redirect-shared-host', 'weak'],
    ['a mixed-script (Cyrillic а) host', 'https://xn--contso-7nf.com/cb', 'redirect-mixed-script', 'strong'],
    ['an internationalized host', 'https://xn--mnchen-3ya.de/cb', 'redirect-idn', 'weak'],
    ['userinfo before the host', 'https://login.microsoftonline.com@evil.example/cb', 'redirect-userinfo', 'strong'],
    ['a javascript: address', 'javascript:alert(1)', 'redirect-invalid', 'strong'],
    ['an address percent-encoded twice', 'https%3A%2F%2Fevil.example%2Fcb', 'redirect-invalid', 'strong'],
  ])('%s → %s', (_name, redirect, id, weight) => {
    const verdict = verdictAt(ENTRA, request(ENTRA, 'openid profile', redirect));
    const found = verdict.risk?.signals.find((signal) => signal.id === id);
    expect(found?.weight).toBe(weight);
    expect(found?.topic).toBe('where');
    expect(verdict.level).not.toBe('ok');
  });

  it('plain HTTP to loopback is fine where the provider allows it, and a sign where it does not', () => {
    expect(verdictAt(ENTRA, request(ENTRA, 'openid', 'http://127.0.0.1:5000/cb')).risk?.signals).toEqual([]);
    const ado = verdictAt(ADO, request(ADO, 'vso.work', 'http://localhost:5000/cb'));
    expect(ado.risk?.signals.map((signal) => [signal.id, signal.weight])).toEqual([['redirect-not-https', 'weak']]);
  });

  it('the issue’s case: full code, identity and token scopes answered to a bare IP is high risk, never OK', () => {
    const verdict = verdictAt(
      ADO,
      request(ADO, 'vso.code_full vso.identity_manage vso.tokens', 'https://203.0.113.7/oauth/callback'),
    );
    expect(verdict.level).toBe('caution');
    expect(verdict.risk?.level).toBe('high');
    expect(verdict.risk?.signals[0]?.id).toBe('redirect-ip');
    expect(verdict.reasons[0]?.key).toBe('risk_redirectIp');
  });
});

describe('who asks', () => {
  const entraPage = fixtureSnapshot('approval/entra-consent-unverified.html', ENTRA);

  it('reads the unverified publisher and the borrowed brand from Entra’s prompt', () => {
    const verdict = verdictAt(
      ENTRA,
      request(ENTRA, 'openid profile offline_access Mail.Read Files.ReadWrite.All Contacts.Read', HTTPS_APP),
      entraPage,
    );
    const ids = verdict.risk?.signals.map((signal) => `${signal.id}:${signal.weight}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'publisher-unverified:weak',
        'app-brand:strong',
        'scope-high:impact-high',
        'phishing-combination:impact-high',
      ]),
    );
    expect(verdict.risk?.appName).toBe('Microsoft Security Update');
    expect(verdict.risk?.level).toBe('high');
  });

  it.each([
    ['Contoso Notes', []],
    ['Azure DevOps Helper', ['app-brand:weak']],
    ['Out\u200Blook Sync', ['app-name-hidden:strong', 'app-brand:weak']],
    ['Notes\u202Egnp.exe', ['app-name-hidden:strong']],
    ['Micr%6Fsoft Notes', ['app-name-encoded:strong']],
    ['Micr&#111;soft Notes', ['app-name-encoded:strong']],
    ['Mісrosoft Teams', ['app-name-confusable:strong', 'app-brand:weak']],
    ['Ｍｉｃｒｏｓｏｆｔ Update', ['app-brand:weak']],
  ])('an app named %j', (name, expected) => {
    const adoPage = BRANDED[ADO];
    if (!adoPage) throw new Error('no branded page');
    const page = { ...adoPage, consent: { ...adoPage.consent, appName: name } };
    const verdict = verdictAt(ADO, request(ADO, 'vso.work', HTTPS_APP), page);
    expect(verdict.risk?.signals.map((signal) => `${signal.id}:${signal.weight}`).sort()).toEqual([...expected].sort());
  });
});

describe('the organisation’s approved apps', () => {
  it('silences what the app gets and who asks, never where the answer goes', () => {
    const params = request(ENTRA, 'openid offline_access Mail.Read Contacts.Read', 'https://203.0.113.9/cb');
    const options = { allowedClientIds: { 'entra-id': [String(params['client_id']).toUpperCase()] } };
    const verdict = verdictAt(ENTRA, params, undefined, options);
    expect(verdict.risk?.allowedByPolicy).toBe(true);
    expect(verdict.risk?.signals.map((signal) => signal.id)).toEqual(['redirect-ip']);
    expect(verdict.risk?.level).toBe('review');
    const other = verdictAt(ENTRA, { ...params, client_id: 'someone-else' }, undefined, options);
    expect(other.risk?.level).toBe('high');
  });
});

describe('the combination table', () => {
  const s = (id: RiskSignal['id'], weight: SignalWeight): RiskSignal => ({
    id,
    topic: 'what',
    weight,
    reason: { key: 'risk_persistent', subs: [] },
  });
  it.each([
    [[], 'none'],
    [[s('scope-sensitive', 'impact-sensitive')], 'review'],
    [[s('scope-high', 'impact-high')], 'review'],
    [[s('redirect-ip', 'strong')], 'review'],
    [[s('scope-high', 'impact-high'), s('redirect-shared-host', 'weak')], 'high'],
    [[s('scope-sensitive', 'impact-sensitive'), s('redirect-shared-host', 'weak')], 'review'],
    [[s('scope-sensitive', 'impact-sensitive'), s('redirect-tunnel', 'strong')], 'high'],
    [[s('scope-high', 'impact-high'), s('persistent-access', 'persistent')], 'review'],
    [[s('phishing-combination', 'impact-high'), s('persistent-access', 'persistent')], 'high'],
  ] as const)('%j → %s', (signals, level) => {
    expect(combineSignals(signals)).toBe(level);
  });
});

describe('hostile requests: a clear reason, never a throw, never OK', () => {
  const many = Array.from({ length: 5_000 }, (_, index) => `vso.scope${index}`).join(' ');
  it.each([
    ['thousands of scopes, the risky one last', { ...request(ADO, `${many} vso.code_full`, 'https://203.0.113.7/cb') }],
    ['a scope parameter of a megabyte', { ...request(ADO, 'vso.work '.repeat(120_000), HTTPS_APP) }],
    [
      'every parameter twice',
      {
        ...request(ADO, 'vso.work', HTTPS_APP),
        client_id: ['a', 'b'],
        redirect_uri: [HTTPS_APP, 'https://203.0.113.7/'],
      },
    ],
    ['a redirect percent-encoded twice', request(ADO, 'vso.work', 'https%253A%252F%252Fnotes.contoso.com%252Fcb')],
    ['a redirect of 100,000 characters', request(ADO, 'vso.work', `https://${'a'.repeat(100_000)}.example/`)],
    [
      'a redirect with control characters',
      request(ADO, 'vso.work', 'https://notes.contoso.com\u0000.evil.example/\u202e'),
    ],
    ['an IPv6 zone and junk', request(ADO, 'vso.work', 'https://[fe80::1%25eth0]/cb')],
  ])('%s', (_name, params) => {
    let verdict: ReturnType<typeof verdictAt> | undefined;
    expect(() => {
      verdict = verdictAt(ADO, params);
    }).not.toThrow();
    expect(verdict?.level).not.toBe('ok');
    expect(verdict?.reasons.length).toBeGreaterThan(0);
  });

  it('every provider has risk facts, and every tier table answers for its own catalogue without throwing', () => {
    for (const provider of PROVIDERS) {
      expect(provider.risk).toBeDefined();
      for (const id of Object.keys(provider.scopes))
        expect(['basic', 'sensitive', 'high', null]).toContain(tierFromTable(provider.risk.tiers, id));
    }
  });
});
