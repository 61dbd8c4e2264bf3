import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchLiveList, listUrl, postRevoke, revokeUrl } from '../../../src/background/authorizations/live-client';
import { providerById } from '../../../src/core/providers/registry';
import { details } from './payloads';

const ado = providerById('azure-devops');
const service = ado?.authorizations;
if (!ado || !service) throw new Error('Azure DevOps provider or its service missing');

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
const opaqueRedirect = { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers() } as unknown as Response;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the DelegatedAuth client', () => {
  it('builds its URLs from the provider data', () => {
    expect(listUrl(service)).toBe(
      'https://app.vssps.visualstudio.com/_apis/DelegatedAuth/Authorizations?api-version=3.2-preview.1',
    );
    expect(revokeUrl(service, 'a/1&x=y')).toBe(
      'https://app.vssps.visualstudio.com/_apis/DelegatedAuth/Authorizations?authorizationId=a%2F1%26x%3Dy&api-version=3.2-preview.1',
    );
  });

  it('calls with the browser session, no redirect following, and the provider headers', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(json(200, { count: 0, value: [] })));
    vi.stubGlobal('fetch', fetchMock);
    expect(await fetchLiveList(ado, service)).toEqual({ kind: 'ok', list: { entries: [], dropped: 0 } });
    expect(fetchMock).toHaveBeenCalledWith(
      listUrl(service),
      expect.objectContaining({ method: 'GET', credentials: 'include', redirect: 'manual', headers: service.headers }),
    );
  });

  it.each<[string, () => Response | Promise<Response>, string]>([
    ['a list', () => json(200, [details('a', 'A', 'C')]), 'ok'],
    ['401', () => json(401, { message: 'TF400813' }), 'signed-out'],
    ['403', () => json(403, {}), 'signed-out'],
    ['a redirect to sign in', () => opaqueRedirect, 'signed-out'],
    [
      'a sign-in page (203, HTML)',
      () => new Response('<html>Sign in</html>', { status: 203, headers: { 'content-type': 'text/html' } }),
      'signed-out',
    ],
    ['500', () => json(500, { message: 'boom' }), 'error'],
    ['404', () => new Response('nope', { status: 404 }), 'error'],
    [
      'malformed JSON',
      () => new Response('{"value": [', { status: 200, headers: { 'content-type': 'application/json' } }),
      'error',
    ],
    ['JSON of the wrong shape', () => json(200, { message: 'hi' }), 'error'],
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch')), 'error'],
  ])('reads %s as %s', async (_label, answer, kind) => {
    vi.stubGlobal('fetch', vi.fn(answer));
    const result = await fetchLiveList(ado, service);
    expect(result.kind).toBe(kind);
    if (result.kind === 'error') expect(result.message).toMatch(/Azure DevOps/);
  });

  it('gives up after the timeout with a clear message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((_resolve, reject) => {
            init.signal?.addEventListener('abort', () => {
              reject(new DOMException('aborted', 'AbortError'));
            });
          }),
      ),
    );
    expect(await fetchLiveList(ado, service, 20)).toEqual({
      kind: 'error',
      message: 'Azure DevOps did not answer within 0 seconds.',
    });
  });

  it('posts a revocation and reports its outcome', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal('fetch', fetchMock);
    expect(await postRevoke(ado, service, 'a-1')).toEqual({ kind: 'done' });
    expect(fetchMock).toHaveBeenCalledWith(
      revokeUrl(service, 'a-1'),
      expect.objectContaining({ method: 'POST', credentials: 'include' }),
    );
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(json(500, {}))),
    );
    expect(await postRevoke(ado, service, 'a-1')).toEqual({
      kind: 'error',
      message: 'Azure DevOps answered with an error (HTTP 500).',
    });
  });
});
