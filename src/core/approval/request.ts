import type { Provider } from '../providers/types';
import { isLoopbackHost } from '../risk/redirect-signals';
import { tierFromTable } from '../risk/scope-tiers';
import type { ScopeTier } from '../risk/types';
import { phrase, type Phrase } from '../text/phrase';
import { parsePageUrl } from '../url/page-url';

/** One requested scope, in the words the user should read. */
export interface RequestedScope {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Tier `high`, kept as its own flag for the lists that show only that. */
  readonly highPrivilege: boolean;
  /** The provider's classification first (see risk/tier-data.ts), else the catalogue's high-privilege flag. */
  readonly tier: ScopeTier;
  /** False when the provider's catalogue does not know the scope: shown as-is, flagged. */
  readonly known: boolean;
}

export interface RedirectTarget {
  readonly raw: string;
  readonly host: string | null;
  readonly https: boolean;
  /** The host is this machine (`localhost`, `127.0.0.1`, `[::1]`). */
  readonly loopback: boolean;
}

/** The request an approval page asks the user to approve, explained; never thrown on. */
export interface ApprovalRequest {
  readonly clientId: string | null;
  readonly responseType: string | null;
  readonly statePresent: boolean;
  readonly redirect: RedirectTarget | null;
  readonly scopes: readonly RequestedScope[];
  /** Plain-language problems with the request itself: missing, duplicated, oversized or malformed parameters. */
  readonly problems: readonly Phrase[];
}

// Real requests are short; anything longer is shown truncated and reported, and cannot blow up the UI.
const MAX_PARAM_LENGTH = 2_048;
const MAX_SCOPES = 100;
const MAX_SHOWN = 120;

export function describeRequest(params: URLSearchParams, provider: Provider): ApprovalRequest {
  const problems: Phrase[] = [];
  const shape = provider.request;

  const single = (name: string, label: string): string | null => {
    const values = params.getAll(name);
    if (values.length === 0) return null;
    if (values.length > 1) problems.push(phrase('problem_duplicate', label, String(values.length)));
    const value = values[0] ?? '';
    if (value.length > MAX_PARAM_LENGTH) {
      problems.push(phrase('problem_tooLong', label, String(value.length)));
      return value.slice(0, MAX_SHOWN) + '…';
    }
    return value;
  };

  for (const name of shape.required) {
    if (!params.has(name) || params.get(name) === '') problems.push(phrase('problem_missing', name));
  }

  const clientId = single(shape.clientId, 'client_id');
  const responseType = single(shape.responseType, 'response_type');
  if (
    responseType !== null &&
    shape.expectedResponseTypes.length > 0 &&
    !shape.expectedResponseTypes.some((expected) => expected.toLowerCase() === responseType.toLowerCase())
  ) {
    problems.push(
      phrase('problem_responseType', clip(responseType), provider.name, shape.expectedResponseTypes.join(', ')),
    );
  }
  const state = single(shape.state, 'state');
  if (state === null || state === '') problems.push(phrase('problem_noState'));

  const rawRedirect = single(shape.redirectUri, 'redirect_uri');
  const redirect = rawRedirect === null ? null : describeRedirect(rawRedirect);
  if (redirect && redirect.host === null) problems.push(phrase('problem_badRedirect'));
  // Loopback answers never leave the machine; providers that allow them for native apps expect plain HTTP there.
  else if (
    redirect &&
    !redirect.https &&
    shape.redirectMustBeHttps &&
    !(provider.risk.loopbackHttp && redirect.loopback)
  ) {
    problems.push(phrase('problem_redirectNotHttps', provider.name));
  }

  const rawScope = single(shape.scope, 'scope') ?? '';
  const ids = [...new Set(rawScope.split(shape.scopeSeparator).filter((id) => id.length > 0))];
  if (ids.length > MAX_SCOPES) problems.push(phrase('problem_tooManyScopes', String(ids.length), String(MAX_SCOPES)));
  const scopes = ids.slice(0, MAX_SCOPES).map((id) => describeScope(id, provider));

  return { clientId, responseType, statePresent: state !== null && state !== '', redirect, scopes, problems };
}

export function describeScope(id: string, provider: Provider): RequestedScope {
  const known = Object.hasOwn(provider.scopes, id) ? provider.scopes[id] : undefined;
  const tier = scopeTier(id, provider, known?.highPrivilege === true);
  const highPrivilege = tier === 'high';
  if (known) return { id, title: known.title, description: known.description, highPrivilege, tier, known: true };
  return {
    id: clip(id),
    title: clip(id),
    // The UI says the provider does not document it, in the user's language.
    description: '',
    highPrivilege,
    tier,
    known: false,
  };
}

/** The provider's own risk classification wins; the catalogue flag and the patterns cover what it does not list. */
export function scopeTier(id: string, provider: Provider, catalogueHigh = false): ScopeTier {
  const listed = tierFromTable(provider.risk.tiers, id);
  if (listed !== null) return listed;
  return catalogueHigh || provider.highPrivilegePatterns.some((pattern) => pattern.test(id)) ? 'high' : 'basic';
}

function describeRedirect(raw: string): RedirectTarget {
  const parsed = parsePageUrl(raw);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    return { raw: clip(raw), host: null, https: false, loopback: false };
  }
  const host = parsed.hostname + (parsed.port ? `:${parsed.port}` : '');
  return { raw: clip(raw), host, https: parsed.protocol === 'https:', loopback: isLoopbackHost(parsed.hostname) };
}

function clip(value: string): string {
  return value.length > MAX_SHOWN ? value.slice(0, MAX_SHOWN) + '…' : value;
}
