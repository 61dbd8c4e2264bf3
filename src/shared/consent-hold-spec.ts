import { WARNING_LIMITS } from './warning-limits';

/**
 * What the confirmation before a high-risk approval says: built by the background from the verdict (finished text
 * in the user's language), rendered by the content script.
 */
export interface ConsentHoldSpec {
  /** `confirm` offers "Approve anyway"; `block` (the organisation's policy) offers only Cancel. */
  readonly mode: 'confirm' | 'block';
  readonly headline: string;
  readonly appName: string | null;
  /** What the app gets, in plain words, riskiest first. */
  readonly gets: readonly string[];
  /** The host the answer goes to, when the request names one. */
  readonly where: string | null;
  /** Each signal, most alarming first. */
  readonly reasons: readonly string[];
}

/** The warning's own bounds (shared/warning-limits.ts), under the confirmation's names. */
export const HOLD_LIMITS = Object.freeze({
  text: WARNING_LIMITS.text,
  host: WARNING_LIMITS.realOrigin,
  items: WARNING_LIMITS.reasons,
});
