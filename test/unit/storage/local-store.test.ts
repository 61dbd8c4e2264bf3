import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import {
  LOCAL_STORE_VERSION,
  migrateLocalStore,
  migrateUnversionedToV1,
  migrateV1ToV2,
} from '../../../src/shared/local-store-migrations';
import { LOCAL_STORE_KEY, readLocalStore, repairLocalStore, updateLocalStore } from '../../../src/shared/local-store';

const GRANT = {
  providerId: 'azure-devops',
  appName: 'Contoso',
  clientId: 'C1',
  scopes: ['vso.code'],
  redirectHost: 'x.example',
  approvedAt: 1_700_000_000_000,
  pageOrigin: 'https://app.vssps.visualstudio.com',
};
const NO_SETTINGS = { disabledProviders: [], trustedOrigins: [] };
const EMPTY = {
  schemaVersion: 2,
  grants: [],
  popupSeenAt: null,
  droppedGrants: 0,
  passwordAlert: { enabled: false, enrollment: null },
  settings: NO_SETTINGS,
  reports: [],
};

describe('repairLocalStore', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'corrupted'],
    ['an array', [GRANT]],
    ['an empty object', {}],
  ])('gives an empty store for %s', (_label, raw) => {
    expect(repairLocalStore(raw)).toEqual(EMPTY);
  });

  it('keeps a valid store as it is', () => {
    const stored = { ...EMPTY, grants: [GRANT], popupSeenAt: 5, droppedGrants: 2 };
    expect(repairLocalStore(stored)).toEqual(stored);
  });

  it('drops only the damaged grants, and counts them', () => {
    const repaired = repairLocalStore({
      ...EMPTY,
      grants: [
        GRANT,
        null,
        { ...GRANT, clientId: 42 },
        { ...GRANT, pageOrigin: 'http://x' },
        { ...GRANT, scopes: 'vso.code' },
        { ...GRANT, clientId: 'C2' },
      ],
      droppedGrants: 1,
    });
    expect(repairLocalStore(repaired)).toEqual(repaired);
    expect(repaired.grants.map((grant) => grant.clientId)).toEqual(['C1', 'C2']);
    expect(repaired.droppedGrants).toBe(5);
  });

  it('repairs each field on its own', () => {
    expect(
      repairLocalStore({
        schemaVersion: 2,
        grants: 'nope',
        popupSeenAt: 'yesterday',
        droppedGrants: -3,
        passwordAlert: 'on',
        settings: 'x',
      }),
    ).toEqual({ ...EMPTY, droppedGrants: 1 });
    expect(repairLocalStore({ schemaVersion: 1, grants: [GRANT] })).toEqual({ ...EMPTY, grants: [GRANT] });
  });

  it('repairs the settings entry by entry', () => {
    const trusted = { origin: 'https://devops.contoso.example', providerId: 'azure-devops' };
    const repaired = repairLocalStore({
      ...EMPTY,
      settings: {
        disabledProviders: ['github', 'github', 7, 'Not An Id!'],
        trustedOrigins: [
          trusted,
          { ...trusted },
          { origin: 'http://plain.example', providerId: 'azure-devops' },
          { origin: 'https://x.example/path', providerId: 'azure-devops' },
          null,
        ],
      },
    });
    expect(repaired.settings).toEqual({ disabledProviders: ['github'], trustedOrigins: [trusted] });
  });

  it('keeps what fits from a store written by a newer or unreadable version', () => {
    expect(repairLocalStore({ schemaVersion: 99, grants: [GRANT], future: true })).toEqual({
      ...EMPTY,
      grants: [GRANT],
    });
    expect(repairLocalStore({ schemaVersion: 'x', grants: [GRANT] })).toEqual({ ...EMPTY, grants: [GRANT] });
  });
});

describe('migrations', () => {
  it('lifts the unversioned shape to version 1', () => {
    const old = {
      grants: [
        {
          provider: 'azure-devops',
          app: 'Contoso',
          clientId: 'C1',
          scope: 'vso.code  vso.build',
          redirect: 'https://x.example/cb',
          at: '2025-01-02T03:04:05Z',
          origin: 'https://app.vssps.visualstudio.com',
        },
      ],
      lastOpened: 123,
    };
    const migrated = migrateUnversionedToV1(old);
    expect(migrated).toMatchObject({
      schemaVersion: 1,
      popupSeenAt: 123,
      grants: [
        {
          providerId: 'azure-devops',
          appName: 'Contoso',
          clientId: 'C1',
          scopes: ['vso.code', 'vso.build'],
          redirectHost: 'x.example',
          approvedAt: Date.UTC(2025, 0, 2, 3, 4, 5),
          pageOrigin: 'https://app.vssps.visualstudio.com',
        },
      ],
    });
    expect(repairLocalStore(old).grants).toHaveLength(1);
  });

  it('passes already-migrated grants through and leaves garbage for the repair to drop', () => {
    const migrated = migrateUnversionedToV1({ grants: [GRANT, 'junk', { provider: 'x' }] });
    expect((migrated['grants'] as unknown[])[0]).toEqual(GRANT);
    expect(repairLocalStore({ grants: [GRANT, 'junk', { provider: 'x' }] })).toMatchObject({
      grants: [GRANT],
      droppedGrants: 2,
    });
  });

  it('lifts version 1 to version 2 with empty settings, keeping everything else', () => {
    const v1 = {
      schemaVersion: 1,
      grants: [GRANT],
      popupSeenAt: 5,
      droppedGrants: 1,
      passwordAlert: { enabled: false, enrollment: null },
    };
    expect(migrateV1ToV2(v1)).toEqual({ ...v1, schemaVersion: 2, settings: NO_SETTINGS, reports: [] });
    expect(repairLocalStore(v1)).toEqual({ ...EMPTY, grants: [GRANT], popupSeenAt: 5, droppedGrants: 1 });
    expect(repairLocalStore({ grants: [GRANT] })).toEqual({ ...EMPTY, grants: [GRANT] });
  });

  it('runs only the migrations a store needs', () => {
    const current = { ...EMPTY, grants: [GRANT] };
    expect(migrateLocalStore(current)).toEqual(current);
    expect(migrateLocalStore({ grants: [] })['schemaVersion']).toBe(LOCAL_STORE_VERSION);
  });
});

describe('reading and writing storage.local', () => {
  it('repairs on read and writes the repaired store on the next update', async () => {
    await fakeBrowser.storage.local.set({
      [LOCAL_STORE_KEY]: { schemaVersion: 1, grants: [GRANT, { bad: true }], popupSeenAt: 9 },
    });
    expect((await readLocalStore()).grants).toEqual([GRANT]);
    await updateLocalStore((store) => ({ ...store, popupSeenAt: 10 }));
    const stored = (await fakeBrowser.storage.local.get(LOCAL_STORE_KEY))[LOCAL_STORE_KEY];
    expect(stored).toEqual({ ...EMPTY, grants: [GRANT], popupSeenAt: 10, droppedGrants: 1 });
  });

  it('serializes concurrent updates so none is lost', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        updateLocalStore((store) => ({ ...store, grants: [...store.grants, { ...GRANT, clientId: `C${i}` }] })),
      ),
    );
    expect((await readLocalStore()).grants).toHaveLength(10);
  });
});
