import { assessPage, type PageAssessment } from '../detect/assess-page';
import type { LookalikeMatch } from '../lookalike/lookalike';
import type { PageSnapshot } from '../page/snapshot-types';
import type { Provider } from '../providers/types';
import type { PageUrl } from '../url/page-url';
import { phrase, type Phrase } from '../text/phrase';
import type { Framing } from './framing';
import { NO_VERDICT, type Verdict } from './types';

// Near-certain impersonation: a host that renders like the real one, or carries the real name inside it.
const DANGEROUS_LOOKALIKES: ReadonlySet<LookalikeMatch['kind']> = new Set(['homograph', 'target-embedding']);

/**
 * Judges a page that is NOT on a provider's own sign-in or approval origin: does it imitate a provider,
 * ask for its credentials, draw a fake browser window, or sit on a lookalike host?
 */
export function judgeForeignPage(
  url: PageUrl,
  framing: Framing,
  snapshot: PageSnapshot | null,
  providers: readonly Provider[],
  lookalike: LookalikeMatch | null,
  approvalPathOf: Provider | null,
): Verdict {
  const lookalikeProvider = lookalike
    ? (providers.find((provider) => provider.id === lookalike.providerId) ?? null)
    : null;
  if (snapshot) {
    const assessed = providers.map((provider) => ({ provider, assessment: assessPage(snapshot, provider) }));
    const strongest = strongestThreat(assessed, lookalikeProvider, approvalPathOf);
    if (strongest) return threatVerdict(url, framing, strongest.provider, strongest.assessment, lookalike);
  }
  if (lookalike && lookalikeProvider) {
    const dangerous = DANGEROUS_LOOKALIKES.has(lookalike.kind);
    return {
      ...NO_VERDICT,
      level: dangerous ? 'danger' : 'caution',
      kind: 'lookalike',
      providerId: lookalikeProvider.id,
      providerName: lookalikeProvider.name,
      headline: dangerous
        ? phrase('verdict_imitates', lookalike.target)
        : phrase('verdict_resembles', lookalike.target),
      reasons: [lookalike.reason],
      realOrigin: lookalikeProvider.signInOrigins[0] ?? null,
    };
  }
  return NO_VERDICT;
}

interface Assessed {
  readonly provider: Provider;
  readonly assessment: PageAssessment;
}

function strongestThreat(
  assessed: readonly Assessed[],
  lookalikeProvider: Provider | null,
  approvalPathOf: Provider | null,
): Assessed | null {
  let best: Assessed | null = null;
  for (const entry of assessed) {
    const { assessment, provider } = entry;
    const onLookalikeHost = lookalikeProvider?.id === provider.id && assessment.credentialAsk.asks;
    // The provider's approval path and request parameters on another host, dressed in the provider's branding.
    const approvalPathImitation = approvalPathOf?.id === provider.id && assessment.branding.imitation;
    if (!assessment.dangerous && !onLookalikeHost && !approvalPathImitation) continue;
    if (!best || assessment.branding.score > best.assessment.branding.score) best = entry;
  }
  return best;
}

function threatVerdict(
  url: PageUrl,
  framing: Framing,
  provider: Provider,
  assessment: PageAssessment,
  lookalike: LookalikeMatch | null,
): Verdict {
  const approval = assessment.imitatesApprovalPage;
  const realOrigin = approval ? (provider.approvalEndpoints[0]?.origin ?? null) : (provider.signInOrigins[0] ?? null);
  const reasons: Phrase[] = [...assessment.reasons];
  if (reasons.length === 0) {
    reasons.push(
      approval
        ? phrase('reason_imitatesApproval', provider.name, url.hostname)
        : phrase('reason_asksSignIn', provider.accountName, url.hostname, provider.name),
    );
  }
  if (lookalike) reasons.push(lookalike.reason);
  if (framing.framed)
    reasons.push(framing.topHost ? phrase('reason_framedIn', framing.topHost) : phrase('reason_framedUnknown'));
  const fake = assessment.fakeWindow.found && !approval;
  return {
    ...NO_VERDICT,
    level: 'danger',
    kind: approval ? 'imitation' : 'credential-phishing',
    providerId: provider.id,
    providerName: provider.name,
    headline: approval
      ? phrase('verdict_fakeApproval', provider.name)
      : fake
        ? phrase('verdict_fakeWindow', provider.accountName, url.hostname)
        : phrase('verdict_asksAccount', url.hostname, provider.accountName),
    reasons,
    realOrigin,
  };
}
