import type { Provider } from '../providers/types';
import { phrase, type Phrase } from '../text/phrase';
import { parsePageUrl } from '../url/page-url';

/** One requested scope, in the words the user should read. */
export interface RequestedScope {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly highPrivilege: boolean;
  /** False when the provider's catalogue does not know the scope: shown as-is, flagged. */
  readonly known: boolean;
}

export interface RedirectTarget {
  readonly raw: string;
  readonly host: string | null;
  readonly https: boolean;
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
    problems.push(phrase('problem_responseType', clip(responseType), provider.name, shape.expectedResponseTypes.join(', ')));
  }
  const state = single(shape.state, 'state');
  if (state === null || state === '') problems.push(phrase('problem_noState'));

  const rawRedirect = single(shape.redirectUri, 'redirect_uri');
  const redirect = rawRedirect === null ? null : describeRedirect(rawRedirect);
  if (redirect && redirect.host === null) problems.push(phrase('problem_badRedirect'));
  else if (redirect && !redirect.https && shape.redirectMustBeHttps) {
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
  const patternHigh = provider.highPrivilegePatterns.some((pattern) => pattern.test(id));
  if (known) return { id, title: known.title, description: known.description, highPrivilege: known.highPrivilege || patternHigh, known: true };
  return {
    id: clip(id),
    title: clip(id),
    // The UI says the provider does not document it, in the user's language.
    description: '',
    highPrivilege: patternHigh,
    known: false,
  };
}

function describeRedirect(raw: string): RedirectTarget {
  const parsed = parsePageUrl(raw);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    return { raw: clip(raw), host: null, https: false };
  }
  return { raw: clip(raw), host: parsed.hostname + (parsed.port ? `:${parsed.port}` : ''), https: parsed.protocol === 'https:' };
}

function clip(value: string): string {
  return value.length > MAX_SHOWN ? value.slice(0, MAX_SHOWN) + '…' : value;
}
