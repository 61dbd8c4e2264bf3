import type { ApprovalRequest } from '../approval/request';
import type { RequestRisk } from '../risk/types';
import { phrase, type Phrase } from '../text/phrase';

export type Level = 'ok' | 'caution' | 'danger' | 'none';

export type CheckId = 'origin' | 'https' | 'branding' | 'framing' | 'form-target' | 'request';

export interface Check {
  readonly id: CheckId;
  readonly status: 'pass' | 'warn' | 'fail';
  /** One sentence a user can act on. */
  readonly reason: Phrase;
}

/**
 * `device-code`: a provider's genuine device-code entry page; `device-code-lure`: a page handing out a code to enter
 * there.
 */
export type VerdictKind =
  'approval' | 'imitation' | 'credential-phishing' | 'lookalike' | 'device-code' | 'device-code-lure' | 'none';

export interface Verdict {
  readonly level: Level;
  readonly kind: VerdictKind;
  readonly providerId: string | null;
  readonly providerName: string | null;
  /** Short headline; also the toolbar button's title. */
  readonly headline: Phrase;
  readonly reasons: readonly Phrase[];
  readonly checks: readonly Check[];
  readonly request: ApprovalRequest | null;
  /** On a genuine approval page: how much care the request itself deserves (what, where, who). */
  readonly risk: RequestRisk | null;
  /** The origin where the real page lives: named in warnings so the user knows where to go instead. */
  readonly realOrigin: string | null;
}

export const NO_VERDICT: Verdict = Object.freeze({
  level: 'none',
  kind: 'none',
  providerId: null,
  providerName: null,
  headline: phrase('verdict_nothing'),
  reasons: [],
  checks: [],
  request: null,
  risk: null,
  realOrigin: null,
});

/**
 * A genuine approval page whose every check passed: the page is the provider's own, whatever the request asks
 * for. The request's risk decides between `OK` and `?`; approvals given here are recorded with that risk.
 */
export function isVerifiedApprovalPage(verdict: Verdict): boolean {
  return (
    verdict.kind === 'approval' &&
    verdict.level !== 'danger' &&
    verdict.checks.length > 0 &&
    verdict.checks.every((check) => check.status === 'pass')
  );
}
