import { afterEach, describe, expect, it, vi } from 'vitest';
import { listAuthorizations, rememberedAuthorizations } from '../../../src/background/authorizations/list';
import { pendingRevocations, revokeAuthorization } from '../../../src/background/authorizations/revoke';
import { readLocalStore, updateLocalStore } from '../../../src/shared/local-store';
import { details } from './payloads';

const RECORD = {
  providerId: 'azure-devops',
  appName: 'Contoso',
  clientId: 'c0ffee01',
  scopes: ['vso.code'],
  redirectHost: 'x.example',
  approvedAt: 1,
  pageOrigin: 'https://app.vssps.visualstudio.com',
};

/** A fake DelegatedAuth service behind `fetch`. */
function fakeService(options: { revokeStatus?: number; keepAfterRevoke?: boolean } = {}) {
  let grants = [details('a-1', 'Contoso', 'C0FFEE01'), details('a-2', 'Fabrikam', 'C0FFEE02')];
  const calls: { method: string; url: string }[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    calls.push({ method, url });
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (method === 'POST') {
      const id = new URL(url).searchParams.get('authorizationId');
      if (options.revokeStatus && options.revokeStatus !== 200)
        return new Response('{}', { status: options.revokeStatus });
      if (!options.keepAfterRevoke) grants = grants.filter((grant) => grant.authorization.authorizationId !== id);
      return new Response(null, { status: 204 });
    }
    return new Response(JSON.stringify({ count: grants.length, value: grants }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, posts: () => calls.filter((call) => call.method === 'POST') };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('revokeAuthorization', () => {
  it('sends one POST for a double click, and both callers get the outcome', async () => {
    const service = fakeService();
    const first = revokeAuthorization('azure-devops', 'a-1');
    const second = revokeAuthorization('azure-devops', 'a-1');
    expect(pendingRevocations('azure-devops')).toEqual(['a-1']);
    expect(await Promise.all([first, second])).toEqual([{ result: 'revoked' }, { result: 'revoked' }]);
    expect(service.posts()).toHaveLength(1);
    expect(pendingRevocations('azure-devops')).toEqual([]);
  });

  it('confirms by reading the list again, and retires the local record of the revoked app', async () => {
    const service = fakeService();
    await updateLocalStore((store) => ({ ...store, grants: [RECORD, { ...RECORD, clientId: 'other' }] }));
    await listAuthorizations(false);
    expect(await revokeAuthorization('azure-devops', 'a-1')).toEqual({ result: 'revoked' });
    const methods = service.calls.map((call) => call.method);
    expect(methods.slice(-2)).toEqual(['POST', 'GET']);
    expect((await readLocalStore()).grants.map((grant) => grant.clientId)).toEqual(['other']);
  });

  it('looks the app up first when the worker restarted and forgot the list', async () => {
    const service = fakeService();
    await updateLocalStore((store) => ({ ...store, grants: [RECORD] }));
    expect(await revokeAuthorization('azure-devops', 'a-1')).toEqual({ result: 'revoked' });
    expect(service.calls.map((call) => call.method)).toEqual(['GET', 'POST', 'GET']);
    expect((await readLocalStore()).grants).toEqual([]);
  });

  it('forgets the remembered list, which still holds the revoked grant; a failed revocation keeps it', async () => {
    fakeService({ revokeStatus: 500 });
    await listAuthorizations(false);
    expect((await revokeAuthorization('azure-devops', 'a-1')).result).toBe('failed');
    expect((await rememberedAuthorizations()).groups).not.toBeNull();
    fakeService();
    expect(await revokeAuthorization('azure-devops', 'a-1')).toEqual({ result: 'revoked' });
    expect((await rememberedAuthorizations()).groups).toBeNull();
  });

  it('keeps the grant and the local records when the service fails', async () => {
    fakeService({ revokeStatus: 500 });
    await updateLocalStore((store) => ({ ...store, grants: [RECORD] }));
    const reply = await revokeAuthorization('azure-devops', 'a-1');
    expect(reply.result === 'failed' && reply.message).toContain('HTTP 500');
    expect((await readLocalStore()).grants).toHaveLength(1);
  });

  it('reports failure when the service still lists the grant afterwards', async () => {
    fakeService({ keepAfterRevoke: true });
    const reply = await revokeAuthorization('azure-devops', 'a-1');
    expect(reply.result === 'failed' && reply.message).toContain('still lists');
  });

  it('says when signed out', async () => {
    fakeService({ revokeStatus: 401 });
    const reply = await revokeAuthorization('azure-devops', 'a-1');
    expect(reply.result === 'failed' && reply.message).toContain('signed out');
  });

  it.each([
    ['a provider without a revoke service', 'github', 'x'],
    ['an unknown provider', 'nope', 'x'],
    ['a grant known only from a record', 'azure-devops', 'recorded:c0ffee01'],
  ])('sends nothing for %s', async (_label, providerId, id) => {
    const service = fakeService();
    expect(await revokeAuthorization(providerId, id)).toMatchObject({ result: 'failed' });
    expect(service.calls).toEqual([]);
  });
});
