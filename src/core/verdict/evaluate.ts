import { matchApprovalEndpoint } from '../approval/endpoint';
import { matchDeviceCodePage } from '../device-code/endpoint';
import { findDeviceCodeLure, lureVerdict } from '../device-code/lure';
import { deviceCodePageVerdict } from '../device-code/page-verdict';
import { buildLookalikeTargets, findLookalike, type LookalikeTargets } from '../lookalike/lookalike';
import type { PageSnapshot } from '../page/snapshot-types';
import { withTrustedOrigins, type TrustedOrigin } from '../providers/trusted-origins';
import type { Provider } from '../providers/types';
import { isExactOrigin, MAX_URL_LENGTH, parsePageUrl } from '../url/page-url';
import { phrase } from '../text/phrase';
import { verifyApprovalPage } from './approval-verdict';
import { framingOf } from './framing';
import { judgeForeignPage } from './threat-verdict';
import { NO_VERDICT, type Level, type Verdict } from './types';

export interface EvaluationContext {
  readonly providers: readonly Provider[];
  readonly lookalikes: LookalikeTargets;
  /** Client ids per provider id that the organisation approved: no signal from what they get or who they are. */
  readonly allowedClientIds: Readonly<Record<string, readonly string[]>>;
}

export interface ContextOptions {
  /** Origins vouched for by the user's settings or their organisation's policy. */
  readonly trustedOrigins?: readonly TrustedOrigin[];
  /** Providers the user turned off: not checked at all. */
  readonly disabledProviders?: readonly string[];
  /** Apps the organisation approved, by provider id (policy `allowedClientIds`). */
  readonly allowedClientIds?: Readonly<Record<string, readonly string[]>>;
}

export function createEvaluationContext(
  allProviders: readonly Provider[],
  options: ContextOptions = {},
): EvaluationContext {
  const disabled = new Set(options.disabledProviders ?? []);
  const providers = withTrustedOrigins(
    allProviders.filter((provider) => !disabled.has(provider.id)),
    options.trustedOrigins ?? [],
  );
  const seen = new Set<string>();
  const targets: { domain: string; providerId: string }[] = [];
  for (const provider of providers) {
    for (const domain of provider.protectedDomains) {
      // Azure DevOps and Entra ID share Microsoft's domains; the first provider to name one speaks for it.
      if (seen.has(domain)) continue;
      seen.add(domain);
      targets.push({ domain, providerId: provider.id });
    }
  }
  return { providers, lookalikes: buildLookalikeTargets(targets), allowedClientIds: options.allowedClientIds ?? {} };
}

export interface FrameInput {
  /** The frame's URL, from the browser's `sender`. */
  readonly url: string;
  readonly isTop: boolean;
  /** The tab's top-level URL when known (for frames). */
  readonly topUrl: string | null;
  readonly snapshot: PageSnapshot | null;
}

/** The verdict for one document. Never throws: whatever the URL or snapshot, a verdict comes back. */
export function evaluateFrame(input: FrameInput, context: EvaluationContext): Verdict {
  const url = parsePageUrl(input.url);
  if (!url && input.url.length > MAX_URL_LENGTH) return oversizedApprovalRequest(input.url, context);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return NO_VERDICT;
  const framing = framingOf(url, input.isTop, input.topUrl);

  const endpoint = matchApprovalEndpoint(url, context.providers);
  if (endpoint?.kind === 'genuine')
    return verifyApprovalPage(url, endpoint.provider, endpoint.endpoint, framing, input.snapshot, context);
  if (endpoint?.kind === 'wrong-origin') {
    const { provider } = endpoint;
    return {
      ...NO_VERDICT,
      level: 'danger',
      kind: 'approval',
      providerId: provider.id,
      providerName: provider.name,
      headline: phrase('verdict_notRealApproval', provider.name),
      reasons: [endpoint.reason],
      checks: [{ id: 'origin', status: 'fail', reason: endpoint.reason }],
      realOrigin: endpoint.endpoint.origin,
    };
  }

  const deviceCodePage = matchDeviceCodePage(url, context.providers);
  if (deviceCodePage) return deviceCodePageVerdict(deviceCodePage);

  // The providers' own sign-in pages legitimately ask for their credentials.
  if (context.providers.some((provider) => provider.signInOrigins.some((origin) => isExactOrigin(url, origin))))
    return NO_VERDICT;

  const lookalike = findLookalike(url.hostname, context.lookalikes);
  const approvalPathOf = endpoint?.kind === 'foreign-path' ? endpoint.provider : null;
  const foreign = judgeForeignPage(url, framing, input.snapshot, context.providers, lookalike, approvalPathOf);
  if (foreign.level === 'danger' || !input.snapshot?.deviceCode) return foreign;
  const lure = findDeviceCodeLure(input.snapshot.deviceCode, context.providers);
  return lure ? lureVerdict(url, lure) : foreign;
}

/**
 * A URL too long to read in full: on a genuine approval page the request cannot be judged, which is itself the
 * reason for a careful read (never `OK`, never a blank badge); anywhere else it says nothing.
 */
function oversizedApprovalRequest(href: string, context: EvaluationContext): Verdict {
  const query = href.indexOf('?');
  const url = query === -1 || query > MAX_URL_LENGTH ? null : parsePageUrl(href.slice(0, query));
  const endpoint = url ? matchApprovalEndpoint(url, context.providers) : null;
  if (endpoint?.kind !== 'genuine') return NO_VERDICT;
  const { provider } = endpoint;
  const reason = phrase('problem_urlTooLong', String(href.length));
  return {
    ...NO_VERDICT,
    level: 'caution',
    kind: 'approval',
    providerId: provider.id,
    providerName: provider.name,
    headline: phrase('verdict_approvalCaution', provider.name),
    reasons: [reason],
    checks: [
      { id: 'origin', status: 'pass', reason: phrase('check_originPass', endpoint.endpoint.origin, provider.name) },
      { id: 'request', status: 'warn', reason },
    ],
    realOrigin: endpoint.endpoint.origin,
  };
}

export const LEVEL_RANK: Readonly<Record<Level, number>> = { none: 0, ok: 1, caution: 2, danger: 3 };
