import { describe, expect, it } from 'vitest';
import type { Grant, RecordedGrant } from '../../../src/core/authorizations/grant';
import { managementLinks, managementPageFor } from '../../../src/core/authorizations/management-links';
import { mergeGrants } from '../../../src/core/authorizations/merge';
import { isNewSince } from '../../../src/core/authorizations/new-since';
import { grantFromRecorded } from '../../../src/core/authorizations/to-grant';
import { providerById } from '../../../src/core/providers/registry';
import type { Provider } from '../../../src/core/providers/types';

function provider(id: string): Provider {
  const found = providerById(id);
  if (!found) throw new Error(`${id} missing`);
  return found;
}
const ado = provider('azure-devops');
const github = provider('github');

function live(id: string, clientId: string | null, extra: Partial<Grant> = {}): Grant {
  return {
    id,
    providerId: 'azure-devops',
    appName: 'Live name',
    publisher: 'Contoso Ltd',
    clientId,
    scopes: [],
    grantedAt: 1_000,
    validTo: 9_000,
    redirectHost: 'live.example',
    source: 'live',
    revocable: true,
    ...extra,
  };
}

function record(clientId: string, extra: Partial<RecordedGrant> = {}): RecordedGrant {
  return {
    providerId: 'azure-devops',
    appName: 'Seen name',
    clientId,
    scopes: ['vso.code'],
    redirectHost: 'seen.example',
    approvedAt: 5_000,
    pageOrigin: 'https://app.vssps.visualstudio.com',
    ...extra,
  };
}

describe('mergeGrants', () => {
  it('joins a record to the live grant with the same client id, case-insensitively', () => {
    const merged = mergeGrants([live('a-1', '5C5E6F1B-AAAA')], [record('5c5e6f1b-aaaa')], ado);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      id: 'a-1',
      source: 'both',
      appName: 'Live name',
      redirectHost: 'live.example',
      grantedAt: 1_000,
      revocable: true,
    });
  });

  it('keeps the risk level the approval was recorded with, on the merged grant and on the record alone', () => {
    const merged = mergeGrants(
      [live('a-1', 'C1')],
      [record('C1', { riskLevel: 'high' }), record('C2', { riskLevel: 'review' }), record('C3')],
      ado,
    );
    const byClient = merged
      .map((grant) => [grant.clientId, grant.source, grant.riskLevel])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(byClient).toEqual([
      ['C1', 'both', 'high'],
      ['C2', 'recorded', 'review'],
      ['C3', 'recorded', undefined],
    ]);
  });

  it("fills what the live entry lacks from the record, and keeps the live entry's own values", () => {
    const unnamed = live('a-1', 'C1', { appName: 'App C1', grantedAt: null, redirectHost: null });
    expect(mergeGrants([unnamed], [record('C1')], ado)[0]).toMatchObject({
      appName: 'Seen name',
      grantedAt: 5_000,
      redirectHost: 'seen.example',
    });
  });

  it('lists records without a live match on their own, not revocable, newest first', () => {
    const merged = mergeGrants(
      [live('a-1', 'C1')],
      [record('C2', { approvedAt: 7_000 }), record('C3', { approvedAt: 6_000 })],
      ado,
    );
    expect(merged.map((grant) => [grant.id, grant.source, grant.revocable])).toEqual([
      ['recorded:c2', 'recorded', false],
      ['recorded:c3', 'recorded', false],
      ['a-1', 'live', true],
    ]);
  });

  it("ignores other providers' records and keeps the latest record of an app", () => {
    const merged = mergeGrants(
      [],
      [
        record('C1', { approvedAt: 1 }),
        record('c1', { approvedAt: 2, appName: 'Later' }),
        record('C9', { providerId: 'github' }),
      ],
      ado,
    );
    expect(merged.map((grant) => [grant.appName, grant.grantedAt])).toEqual([['Later', 2]]);
  });

  it('leaves live grants without client id alone', () => {
    expect(mergeGrants([live('a-1', null)], [record('C1')], ado).map((grant) => grant.source)).toEqual([
      'recorded',
      'live',
    ]);
  });

  it('describes recorded scopes from the catalogue', () => {
    const grant = grantFromRecorded(record('C1', { scopes: ['vso.code_full', 'made.up'] }), ado);
    expect(grant.scopes).toEqual([
      { id: 'vso.code_full', title: 'Code (full)', highPrivilege: true },
      { id: 'made.up', title: 'made.up', highPrivilege: false },
    ]);
  });
});

describe('isNewSince', () => {
  it.each([
    ['granted after the last opening', live('a', 'C', { grantedAt: 10 }), 5, true],
    ['granted before it', live('a', 'C', { grantedAt: 3 }), 5, false],
    ['no grant date', live('a', 'C', { grantedAt: null }), 5, false],
    ['never opened: a live grant is history, not news', live('a', 'C'), null, false],
    ['never opened: a recorded approval is news', live('a', 'C', { source: 'recorded' }), null, true],
  ])('%s', (_label, grant, seenAt, expected) => {
    expect(isNewSince(grant, seenAt)).toBe(expected);
  });
});

describe('management links', () => {
  it('leaves out pages whose placeholders are unknown, and fills them where known', () => {
    expect(managementLinks(ado).map((link) => link.url)).toEqual(['https://app.vssps.visualstudio.com/Profile/View']);
    expect(managementLinks(ado, { org: 'contoso team' }).map((link) => link.url)).toContain(
      'https://dev.azure.com/contoso%20team/_usersSettings/authorizations',
    );
  });

  it("opens the app's own page where the provider has one, else the general page", () => {
    const grant = grantFromRecorded(record('Iv1.abc/../x', { providerId: 'github' }), github);
    expect(managementPageFor(grant, github)?.url).toBe(
      'https://github.com/settings/connections/applications/Iv1.abc%2F..%2Fx',
    );
    const entra = provider('entra-id');
    expect(managementPageFor(grantFromRecorded(record('C', { providerId: 'entra-id' }), entra), entra)?.url).toBe(
      'https://myapps.microsoft.com',
    );
  });
});
