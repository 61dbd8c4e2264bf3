import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listAuthorizations } from '../../../src/background/authorizations/list';
import { readLocalStore } from '../../../src/shared/local-store';
import { details } from './payloads';

beforeEach(() => {
  const body = JSON.stringify({ count: 1, value: [details('a-1', 'Contoso', 'C0FFEE01')] });
  vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }))));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('listAuthorizations and "new since last time"', () => {
  it.each<[string, readonly boolean[], readonly (number | null)[], number | null]>([
    ['the first opening ever has no last time', [true], [null], 1_000],
    ['each opening answers with the one before it', [true, true, true], [null, 1_000, 2_000], 3_000],
    ['a refresh within an opening neither moves nor reports a new opening', [true, false, false], [null, 1_000, 1_000], 1_000],
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
