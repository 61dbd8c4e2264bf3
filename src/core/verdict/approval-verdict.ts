import { describeRequest } from '../approval/request';
import { brandingInUpperPortion } from '../detect/imitation';
import type { PageSnapshot } from '../page/snapshot-types';
import type { LookalikeTargets } from '../lookalike/lookalike';
import type { ApprovalEndpoint, Provider } from '../providers/types';
import { assessRequestRisk } from '../risk/request-risk';
import type { RequestRisk } from '../risk/types';
import { parsePageUrl, type PageUrl } from '../url/page-url';
import { phrase, type Phrase } from '../text/phrase';
import type { Framing } from './framing';
import type { Check, Verdict } from './types';

/**
 * The checks Azure DevOps asks its users to make on an approval page, for a page already on a registered
 * approval origin and path. Every failed check is danger; missing branding or a flawed request is caution.
 */
export function verifyApprovalPage(
  url: PageUrl,
  provider: Provider,
  endpoint: ApprovalEndpoint,
  framing: Framing,
  snapshot: PageSnapshot | null,
  riskContext: RiskContext,
): Verdict {
  const request = describeRequest(url.search, provider);
  const risk = assessRequestRisk({
    params: url.search,
    request,
    provider,
    snapshot,
    lookalikes: riskContext.lookalikes,
    allowedClientIds: riskContext.allowedClientIds[provider.id] ?? [],
  });
  const checks: Check[] = [
    { id: 'origin', status: 'pass', reason: phrase('check_originPass', endpoint.origin, provider.name) },
    { id: 'https', status: 'pass', reason: phrase('check_httpsPass') },
    brandingCheck(provider, snapshot),
    framingCheck(framing),
    formTargetCheck(url, snapshot),
    request.problems.length === 0
      ? { id: 'request', status: 'pass', reason: phrase('check_requestPass') }
      : { id: 'request', status: 'warn', reason: phrase('check_requestWarn') },
  ];
  const failed = checks.filter((check) => check.status === 'fail');
  const warned = checks.filter((check) => check.status === 'warn');
  const base = {
    kind: 'approval' as const,
    providerId: provider.id,
    providerName: provider.name,
    checks,
    request,
    risk,
    realOrigin: endpoint.origin,
  };
  if (failed.length > 0) {
    return {
      ...base,
      level: 'danger',
      headline: framing.framed
        ? phrase('verdict_approvalFramed', provider.name)
        : phrase('verdict_approvalFailed', provider.name),
      reasons: failed.map((check) => check.reason),
    };
  }
  const riskReasons = risk.signals.map((signal) => signal.reason);
  if (warned.length > 0) {
    return {
      ...base,
      level: 'caution',
      headline: phrase('verdict_approvalCaution', provider.name),
      reasons: [...warned.flatMap((check) => reasonsOf(check, request.problems)), ...riskReasons],
    };
  }
  if (risk.level !== 'none')
    return { ...base, level: 'caution', headline: riskHeadline(risk, provider), reasons: riskReasons };
  return { ...base, level: 'ok', headline: phrase('verdict_approvalVerified', provider.name), reasons: [] };
}

/** What the request-risk judgement needs beyond the page: the lookalike tables and the organisation's approved apps. */
export interface RiskContext {
  readonly lookalikes: LookalikeTargets;
  /** Client ids per provider id that the organisation approved. */
  readonly allowedClientIds: Readonly<Record<string, readonly string[]>>;
}

function riskHeadline(risk: RequestRisk, provider: Provider): Phrase {
  return risk.level === 'high'
    ? phrase('verdict_approvalRiskHigh', provider.name)
    : phrase('verdict_approvalRiskReview', provider.name);
}

/** The request check stands for several problems; the user reads each one. */
function reasonsOf(check: Check, problems: readonly Phrase[]): readonly Phrase[] {
  return check.id === 'request' ? problems : [check.reason];
}

function brandingCheck(provider: Provider, snapshot: PageSnapshot | null): Check {
  if (snapshot && brandingInUpperPortion(snapshot, provider)) {
    return { id: 'branding', status: 'pass', reason: phrase('check_brandingPass', provider.name) };
  }
  return {
    id: 'branding',
    status: 'warn',
    reason: phrase('check_brandingWarn', provider.name),
  };
}

function framingCheck(framing: Framing): Check {
  if (!framing.framed) return { id: 'framing', status: 'pass', reason: phrase('check_framingPass') };
  if (framing.sameOrigin) return { id: 'framing', status: 'pass', reason: phrase('check_framingSameOrigin') };
  return {
    id: 'framing',
    status: 'fail',
    reason: framing.topHost ? phrase('check_framingFailHost', framing.topHost) : phrase('check_framingFail'),
  };
}

function formTargetCheck(url: PageUrl, snapshot: PageSnapshot | null): Check {
  const elsewhere = snapshot?.forms.find(
    (form) => form.crossOrigin || (form.action !== null && !form.action.startsWith('https:')),
  );
  if (!elsewhere) return { id: 'form-target', status: 'pass', reason: phrase('check_formTargetPass') };
  const target = elsewhere.action === null ? null : parsePageUrl(elsewhere.action);
  return {
    id: 'form-target',
    status: 'fail',
    reason: target
      ? phrase('check_formTargetFail', `${target.protocol}//${target.hostname}`, url.origin)
      : phrase('check_formTargetFailUnknown', url.origin),
  };
}
