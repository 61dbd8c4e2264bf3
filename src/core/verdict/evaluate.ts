import { matchApprovalEndpoint } from '../approval/endpoint';
import { matchDeviceCodePage } from '../device-code/endpoint';
import { findDeviceCodeLure, lureVerdict } from '../device-code/lure';
import { deviceCodePageVerdict } from '../device-code/page-verdict';
import { buildLookalikeTargets, findLookalike, type LookalikeTargets } from '../lookalike/lookalike';
import type { PageSnapshot } from '../page/snapshot-types';
import { withTrustedOrigins, type TrustedOrigin } from '../providers/trusted-origins';
import type { Provider } from '../providers/types';
import { isExactOrigin, parsePageUrl } from '../url/page-url';
import { phrase } from '../text/phrase';
import { verifyApprovalPage } from './approval-verdict';
import { framingOf } from './framing';
import { judgeForeignPage } from './threat-verdict';
import { NO_VERDICT, type Level, type Verdict } from './types';

export interface EvaluationContext {
  readonly providers: readonly Provider[];
  readonly lookalikes: LookalikeTargets;
}

export interface ContextOptions {
  /** Origins vouched for by the user's settings or their organisation's policy. */
  readonly trustedOrigins?: readonly TrustedOrigin[];
  /** Providers the user turned off: not checked at all. */
  readonly disabledProviders?: readonly string[];
}

export function createEvaluationContext(allProviders: readonly Provider[], options: ContextOptions = {}): EvaluationContext {
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
  return { providers, lookalikes: buildLookalikeTargets(targets) };
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
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return NO_VERDICT;
  const framing = framingOf(url, input.isTop, input.topUrl);

  const endpoint = matchApprovalEndpoint(url, context.providers);
  if (endpoint?.kind === 'genuine') return verifyApprovalPage(url, endpoint.provider, endpoint.endpoint, framing, input.snapshot);
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
  if (context.providers.some((provider) => provider.signInOrigins.some((origin) => isExactOrigin(url, origin)))) return NO_VERDICT;

  const lookalike = findLookalike(url.hostname, context.lookalikes);
  const approvalPathOf = endpoint?.kind === 'foreign-path' ? endpoint.provider : null;
  const foreign = judgeForeignPage(url, framing, input.snapshot, context.providers, lookalike, approvalPathOf);
  if (foreign.level === 'danger' || !input.snapshot?.deviceCode) return foreign;
  const lure = findDeviceCodeLure(input.snapshot.deviceCode, context.providers);
  return lure ? lureVerdict(url, lure) : foreign;
}

export const LEVEL_RANK: Readonly<Record<Level, number>> = { none: 0, ok: 1, caution: 2, danger: 3 };
