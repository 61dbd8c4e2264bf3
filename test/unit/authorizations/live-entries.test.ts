import { describe, expect, it } from 'vitest';
import { parseLiveList } from '../../../src/core/authorizations/live-entries';
import { grantFromLive } from '../../../src/core/authorizations/to-grant';
import { providerById } from '../../../src/core/providers/registry';
import { details } from './payloads';

const ado = providerById('azure-devops');
if (!ado?.authorizations) throw new Error('Azure DevOps provider or its service missing');
const { fields } = ado.authorizations;
const parse = (payload: unknown) => parseLiveList(payload, fields, ado.request.scopeSeparator);

describe('parseLiveList: the DelegatedAuth answer, validated entry by entry', () => {
  const good = [details('a-1', 'Contoso Release Notes', 'C0FFEE01'), details('a-2', 'Fabrikam Boards', 'C0FFEE02')];

  it.each([
    ['a bare array', good],
    ['a {count, value} wrapper', { count: 2, value: good }],
    ['a wrapper with extra fields', { count: 2, value: good, continuationToken: 'x', $meta: {} }],
  ])('reads %s', (_label, payload) => {
    const list = parse(payload);
    expect(list?.dropped).toBe(0);
    expect(list?.entries.map((entry) => [entry.id, entry.appName, entry.clientId])).toEqual([
      ['a-1', 'Contoso Release Notes', 'C0FFEE01'],
      ['a-2', 'Fabrikam Boards', 'C0FFEE02'],
    ]);
    expect(list?.entries[0]).toMatchObject({
      publisher: 'Contoso Ltd',
      scopeIds: ['vso.code', 'vso.work_write'],
      redirectUri: 'https://releasenotes.contoso.example/oauth/callback',
      validFrom: Date.UTC(2025, 2, 1, 10),
      validTo: Date.UTC(2030, 2, 1, 10),
      isValid: true,
    });
  });

  it.each([
    ['null', null],
    ['a string', 'TF400813: The user is not authorized'],
    ['a number', 42],
    ['an object without value', { count: 1 }],
    ['a wrapper whose value is not a list', { count: 1, value: { authorization: {} } }],
  ])('refuses %s as a whole', (_label, payload) => {
    expect(parse(payload)).toBeNull();
  });

  it('drops only the entries it cannot read, and counts them', () => {
    const list = parse([
      null,
      'x',
      7,
      [],
      { authorization: {} },
      { authorization: { authorizationId: '' } },
      details('ok', 'Fine', 'C1'),
    ]);
    expect(list?.entries.map((entry) => entry.id)).toEqual(['ok']);
    expect(list?.dropped).toBe(6);
  });

  it('survives missing and mistyped fields without dropping the entry', () => {
    const list = parse([
      { authorization: { authorizationId: 'bare' } },
      {
        authorization: {
          authorizationId: 'odd',
          scopes: 42,
          validFrom: 'not a date',
          validTo: '0001-01-01T00:00:00',
          isValid: 'yes',
          redirectUri: ['x'],
        },
        clientRegistration: 'nope',
        scopeDescriptions: 'nope',
      },
    ]);
    expect(list?.dropped).toBe(0);
    expect(list?.entries[0]).toEqual({
      id: 'bare',
      clientId: null,
      appName: null,
      publisher: null,
      scopeIds: null,
      scopeTitles: [],
      redirectUri: null,
      validFrom: null,
      validTo: null,
      isValid: null,
    });
    expect(list?.entries[1]).toMatchObject({
      id: 'odd',
      scopeIds: null,
      validFrom: null,
      validTo: null,
      isValid: null,
      redirectUri: null,
      appName: null,
    });
  });

  it('takes scopes as an array too, de-duplicated and bounded', () => {
    const list = parse([
      details('a', 'A', 'C', {
        scopes: ['vso.code', 'vso.code', '', 'vso.build', ...Array.from({ length: 300 }, (_, i) => `s${i}`)],
      }),
    ]);
    expect(list?.entries[0]?.scopeIds?.slice(0, 3)).toEqual(['vso.code', 'vso.build', 's0']);
    expect(list?.entries[0]?.scopeIds).toHaveLength(100);
  });

  it('does not follow prototype keys in field paths', () => {
    const hostile = JSON.parse(
      '{"authorization":{"authorizationId":"p","__proto__":{"registrationId":"evil"}}}',
    ) as unknown;
    expect(parse([hostile])?.entries[0]?.clientId).toBeNull();
  });

  it('keeps hostile names as text: clipped, control and bidi characters removed', () => {
    const name = `<img src=x onerror=alert(1)>\u202eevil\u0000${'x'.repeat(500)}`;
    const entry = parse([details('h', name, 'C')])?.entries[0];
    expect(entry?.appName?.startsWith('<img src=x onerror=alert(1)> evil')).toBe(true);
    expect(entry?.appName?.length).toBeLessThanOrEqual(200);
    expect(entry?.appName?.includes('\u202e') || entry?.appName?.includes(String.fromCharCode(0))).toBe(false);
  });

  it('reads all of 5,000 entries', () => {
    const payload = {
      count: 5_000,
      value: Array.from({ length: 5_000 }, (_, i) => details(`id-${i}`, `App ${i}`, `C${i}`)),
    };
    const list = parse(payload);
    const grants = list?.entries.map((entry) => grantFromLive(entry, ado)) ?? [];
    expect(grants).toHaveLength(5_000);
    expect(grants.at(-1)?.appName).toBe('App 4999');
  });
});

describe('grantFromLive: the popup view of one entry', () => {
  it('titles scopes from the catalogue and marks high privilege', () => {
    const entry = parse([details('a', 'Contoso', 'C', { scopes: 'vso.code_full vso.work' })])?.entries[0];
    if (!entry) throw new Error('no entry');
    const grant = grantFromLive(entry, ado);
    expect(grant).toMatchObject({
      id: 'a',
      providerId: 'azure-devops',
      appName: 'Contoso',
      publisher: 'Contoso Ltd',
      clientId: 'C',
      source: 'live',
      revocable: true,
      redirectHost: 'releasenotes.contoso.example',
    });
    expect(grant.scopes.map((scope) => [scope.id, scope.title, scope.highPrivilege])).toEqual([
      ['vso.code_full', 'Code (full)', true],
      ['vso.work', 'Work items (read)', false],
    ]);
  });

  it("falls back to the service's scope titles for scopes the catalogue does not know", () => {
    const payload = details('a', 'A', 'C', { scopes: 'vso.unknown_one vso.unknown_two' });
    const entry = parse([payload])?.entries[0];
    if (!entry) throw new Error('no entry');
    expect(grantFromLive(entry, ado).scopes.map((scope) => scope.title)).toEqual([
      'Code (read)',
      'Work items (read and write)',
    ]);
    const noIds = parse([{ ...payload, authorization: { ...payload.authorization, scopes: undefined } }])?.entries[0];
    if (!noIds) throw new Error('no entry');
    expect(grantFromLive(noIds, ado).scopes.map((scope) => scope.title)).toEqual([
      'Code (read)',
      'Work items (read and write)',
    ]);
  });

  it('names an unnamed app by its client id, and a redirect that is no web address by nothing', () => {
    const entry = parse([
      { authorization: { authorizationId: 'x', registrationId: 'C-1', redirectUri: 'javascript:alert(1)' } },
    ])?.entries[0];
    if (!entry) throw new Error('no entry');
    expect(grantFromLive(entry, ado)).toMatchObject({
      appName: 'App C-1',
      publisher: null,
      redirectHost: null,
      scopes: [],
      grantedAt: null,
      validTo: null,
    });
  });
});
