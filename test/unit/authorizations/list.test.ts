import { fakeBrowser } from '@webext-core/fake-browser';
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REMEMBERED_FOR_MS } from '../../../src/background/authorizations/list-cache';
import { listAuthorizations, rememberedAuthorizations } from '../../../src/background/authorizations/list';
import { routeMessage } from '../../../src/background/router';
import { saveSettings } from '../../../src/background/settings-service';
import { RememberedGroupsSchema } from '../../../src/shared/authorizations-protocol';
import { readLocalStore } from '../../../src/shared/local-store';
import { details } from './payloads';

beforeEach(() => {
  const body = JSON.stringify({ count: 1, value: [details('a-1', 'Contoso', 'C0FFEE01')] });
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }))),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('listAuthorizations and "new since last time"', () => {
  it.each<[string, readonly boolean[], readonly (number | null)[], number | null]>([
    ['the first opening ever has no last time', [true], [null], 1_000],
    ['each opening answers with the one before it', [true, true, true], [null, 1_000, 2_000], 3_000],
    [
      'a refresh within an opening neither moves nor reports a new opening',
      [true, false, false],
      [null, 1_000, 1_000],
      1_000,
    ],
    ['a refresh before any opening reports none', [false], [null], null],
  ])('%s', async (_label, calls, expectedSeenBefore, expectedStored) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const seen: (number | null)[] = [];
    for (const [index, markSeen] of calls.entries()) {
      vi.setSystemTime((index + 1) * 1_000);
      seen.push((await listAuthorizations(markSeen)).seenBefore);
    }
    expect(seen).toEqual(expectedSeenBefore);
    expect((await readLocalStore()).popupSeenAt).toBe(expectedStored);
  });

  it('lists scopes without their descriptions: the popup shows titles only', async () => {
    const reply = await listAuthorizations(false);
    const scopes = reply.groups.find((group) => group.providerId === 'azure-devops')?.grants[0]?.scopes;
    expect(scopes?.[0]).toEqual({ id: 'vso.code', title: 'Code (read)', highPrivilege: false });
  });
});

const KEY = 'authorizations-list';

function appNames(reply: Awaited<ReturnType<typeof rememberedAuthorizations>>): string[] {
  const groups = v.parse(RememberedGroupsSchema, JSON.parse(reply.groups ?? '[]'));
  return groups.flatMap((group) => group.grants.map((grant) => grant.appName));
}

describe('the list the providers last gave', () => {
  it('is nothing until a live list has been read', async () => {
    expect(await rememberedAuthorizations()).toEqual({ groups: null, seenBefore: null, asOf: null });
  });

  it('is the last live list, with when it was read and the current "last opened" time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(5_000);
    const live = await listAuthorizations(true);
    vi.setSystemTime(6_000);
    const remembered = await rememberedAuthorizations();
    expect(remembered.asOf).toBe(5_000);
    expect(v.parse(RememberedGroupsSchema, JSON.parse(remembered.groups ?? ''))).toEqual(live.groups);
    expect(appNames(remembered)).toEqual(['Contoso']);
    // The opening the live request noted, not a new one: the next live request reports the same.
    expect(remembered.seenBefore).toBe(5_000);
  });

  it('is forgotten once too old, or when storage holds something unreadable', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(10_000);
    await listAuthorizations(false);
    vi.setSystemTime(10_000 + REMEMBERED_FOR_MS + 1);
    expect((await rememberedAuthorizations()).groups).toBeNull();
    expect(await fakeBrowser.storage.session.get(KEY)).toEqual({});

    await fakeBrowser.storage.session.set({ [KEY]: { v: 1, at: Date.now(), groups: 42 } });
    expect((await rememberedAuthorizations()).groups).toBeNull();
    expect(await fakeBrowser.storage.session.get(KEY)).toEqual({});
  });

  it('is forgotten when the user saves settings: a provider turned off must not reappear from it', async () => {
    await listAuthorizations(false);
    expect((await rememberedAuthorizations()).groups).not.toBeNull();
    await saveSettings({ ...(await readLocalStore()).settings, disabledProviders: ['azure-devops'] });
    expect((await rememberedAuthorizations()).groups).toBeNull();
  });

  it('is given to extension pages only, never to a content script', async () => {
    await listAuthorizations(false);
    const page: Runtime.MessageSender = {
      id: fakeBrowser.runtime.id,
      url: `chrome-extension://${fakeBrowser.runtime.id}/src/popup/index.html`,
    };
    const content: Runtime.MessageSender = {
      id: fakeBrowser.runtime.id,
      url: 'https://evil.example/',
      frameId: 0,
      tab: { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
    };
    expect(
      appNames(
        (await routeMessage({ type: 'remembered-authorizations' }, page)) as Awaited<
          ReturnType<typeof rememberedAuthorizations>
        >,
      ),
    ).toEqual(['Contoso']);
    expect(await routeMessage({ type: 'remembered-authorizations' }, content)).toEqual({ error: 'rejected' });
  });
});

describe("listAuthorizations where the browser withholds the service's host permission (Firefox lets users)", () => {
  afterEach(() => {
    Reflect.deleteProperty(fakeBrowser.permissions, 'contains');
  });

  it('says which access is missing and asks the service nothing', async () => {
    const asked: unknown[] = [];
    Object.assign(fakeBrowser.permissions, {
      contains: (permissions: unknown) => (asked.push(permissions), Promise.resolve(false)),
    });
    const ado = (await listAuthorizations(false)).groups.find((group) => group.providerId === 'azure-devops');
    expect(ado).toMatchObject({ status: 'needs-access', access: ['https://app.vssps.visualstudio.com/*'], grants: [] });
    expect(asked).toEqual([{ origins: ['https://app.vssps.visualstudio.com/*'] }]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads the list once the permission is there', async () => {
    Object.assign(fakeBrowser.permissions, { contains: () => Promise.resolve(true) });
    const ado = (await listAuthorizations(false)).groups.find((group) => group.providerId === 'azure-devops');
    expect(ado).toMatchObject({ status: 'ok', access: [] });
    expect(ado?.grants.map((grant) => grant.appName)).toEqual(['Contoso']);
  });
});
