import { parseLiveList, type LiveList } from '../../core/authorizations/live-entries';
import type { AuthorizationsService, Provider } from '../../core/providers/types';
import { t } from '../../shared/i18n';

export type CallFailure = { readonly kind: 'signed-out' } | { readonly kind: 'error'; readonly message: string };

/** What a call to a provider's authorizations service came to, in the terms the popup shows. */
export type LiveResult = { readonly kind: 'ok'; readonly list: LiveList } | CallFailure;

export const CALL_TIMEOUT_MS = 10_000;
// A real list is a few kilobytes per grant; anything far larger is not an answer worth parsing.
const MAX_BODY_CHARS = 32 * 1024 * 1024;

export function listUrl(service: AuthorizationsService): string {
  const url = new URL(service.listUrl);
  url.searchParams.set('api-version', service.apiVersion);
  return url.href;
}

export function revokeUrl(service: AuthorizationsService, authorizationId: string): string {
  const url = new URL(service.listUrl);
  url.searchParams.set(service.revokeParam, authorizationId);
  url.searchParams.set('api-version', service.apiVersion);
  return url.href;
}

/** Reads the provider's list with the user's browser session. Never throws. */
export function fetchLiveList(
  provider: Provider,
  service: AuthorizationsService,
  timeoutMs = CALL_TIMEOUT_MS,
): Promise<LiveResult> {
  return call(provider, service, listUrl(service), 'GET', timeoutMs, async (response): Promise<LiveResult> => {
    const text = await response.text();
    if (text.length > MAX_BODY_CHARS) return { kind: 'error', message: t('live_tooLarge', provider.name) };
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      return { kind: 'error', message: t('live_notAList', provider.name) };
    }
    const list = parseLiveList(payload, service.fields, provider.request.scopeSeparator);
    if (!list) return { kind: 'error', message: t('live_badShape', provider.name) };
    return { kind: 'ok', list };
  });
}

/** Posts a revocation; `done` means the service accepted it (2xx), not yet that the grant is gone. Never throws. */
export function postRevoke(
  provider: Provider,
  service: AuthorizationsService,
  authorizationId: string,
  timeoutMs = CALL_TIMEOUT_MS,
): Promise<{ readonly kind: 'done' } | CallFailure> {
  return call(provider, service, revokeUrl(service, authorizationId), 'POST', timeoutMs, async (response) => {
    // The body is of no interest; reading it to the end frees the connection.
    await response.arrayBuffer();
    return { kind: 'done' as const };
  });
}

async function call<T>(
  provider: Provider,
  service: AuthorizationsService,
  url: string,
  method: 'GET' | 'POST',
  timeoutMs: number,
  read: (response: Response) => Promise<T>,
): Promise<T | CallFailure> {
  const controller = new AbortController();
  // The timeout covers the body too: a service that sends headers and then stalls must not hang the popup.
  const timer = setTimeout(() => {
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      method,
      credentials: 'include',
      // A redirect here is the service sending a signed-out user to sign in; following it would parse a page.
      redirect: 'manual',
      cache: 'no-store',
      headers: service.headers,
      signal: controller.signal,
    });
    const failure = classify(provider, response);
    return failure ?? (await read(response));
  } catch {
    return controller.signal.aborted
      ? { kind: 'error', message: t('live_timeout', provider.name, Math.round(timeoutMs / 1000)) }
      : { kind: 'error', message: t('live_unreachable', provider.name) };
  } finally {
    clearTimeout(timer);
  }
}

function classify(provider: Provider, response: Response): CallFailure | null {
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))
    return { kind: 'signed-out' };
  if (response.status === 401 || response.status === 403) return { kind: 'signed-out' };
  const contentType = response.headers.get('content-type') ?? '';
  // Azure DevOps answers a signed-out call with its sign-in page (as 203 or 200), not with an error status.
  if (response.ok && /html/i.test(contentType)) return { kind: 'signed-out' };
  if (!response.ok) return { kind: 'error', message: t('live_httpError', provider.name, response.status) };
  return null;
}
