import { isVerifiedApprovalPage, type Verdict } from '../core/verdict/types';
import { HOLD_LIMITS, type ConsentHoldSpec } from '../shared/consent-hold-spec';
import { say } from '../shared/i18n';
import type { Policy } from '../shared/policy';
import { byTier } from '../core/risk/scope-order';

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The confirmation to hold Accept with, for the top frame of a verified approval page whose request is high risk;
 * null where nothing is held (review-level and ordinary requests, pages short of their checks, policy `warn`).
 * Finished text in the user's language: the content script only renders it.
 */
export function consentHoldFor(verdict: Verdict, policy: Policy): ConsentHoldSpec | null {
  if (
    policy.riskyConsent === 'warn' ||
    !isVerifiedApprovalPage(verdict) ||
    verdict.risk?.level !== 'high' ||
    !verdict.request
  )
    return null;
  const { risk, request } = verdict;
  const gets = byTier(request.scopes)
    .filter((scope) => scope.tier !== 'basic')
    .map((scope) =>
      clip(scope.known && scope.description ? `${scope.title}: ${scope.description}` : scope.title, HOLD_LIMITS.text),
    );
  return {
    mode: policy.riskyConsent,
    headline: clip(say(verdict.headline), HOLD_LIMITS.text),
    appName: risk.appName === null ? null : clip(risk.appName, HOLD_LIMITS.host),
    gets: gets.slice(0, HOLD_LIMITS.items),
    where: request.redirect?.host ? clip(request.redirect.host, HOLD_LIMITS.host) : null,
    reasons: risk.signals.slice(0, HOLD_LIMITS.items).map((signal) => clip(say(signal.reason), HOLD_LIMITS.text)),
  };
}
