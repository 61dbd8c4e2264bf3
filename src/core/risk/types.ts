import type { Phrase } from '../text/phrase';

export const RISK_LEVELS = ['none', 'review', 'high'] as const;

/** How much care a consent request deserves, apart from whether the page is genuine. */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** What one permission gives the app, as the provider's own classification puts it. */
export type ScopeTier = 'basic' | 'sensitive' | 'high';

/** Which question a signal answers: what the app gets, where the answer goes, who asks. */
export type SignalTopic = 'what' | 'where' | 'who';

/**
 * How a signal counts in the combination table (see request-risk.ts):
 * - `impact-high` / `impact-sensitive`: what the app would get;
 * - `persistent`: it keeps that access while the user is away;
 * - `strong` / `weak`: how suspicious the destination or the asking app is.
 */
export type SignalWeight = 'strong' | 'impact-high' | 'persistent' | 'weak' | 'impact-sensitive';

export const SIGNAL_IDS = [
  'scope-high',
  'scope-sensitive',
  'phishing-combination',
  'persistent-access',
  'redirect-invalid',
  'redirect-userinfo',
  'redirect-ip',
  'redirect-odd-ip',
  'redirect-not-https',
  'redirect-lookalike',
  'redirect-tunnel',
  'redirect-dynamic-dns',
  'redirect-shared-host',
  'redirect-idn',
  'redirect-mixed-script',
  'publisher-unverified',
  'app-brand',
  'app-name-hidden',
  'app-name-encoded',
  'app-name-confusable',
] as const;

export type SignalId = (typeof SIGNAL_IDS)[number];

export interface RiskSignal {
  readonly id: SignalId;
  readonly topic: SignalTopic;
  readonly weight: SignalWeight;
  /** One sentence the user can act on. */
  readonly reason: Phrase;
}

export interface RequestRisk {
  readonly level: RiskLevel;
  /** Most alarming first: the first one names the badge's reason. */
  readonly signals: readonly RiskSignal[];
  /** The app's name as the page shows it (raw text from the page: render as text), when the page shows one. */
  readonly appName: string | null;
  /** The organisation's policy lists this app: what it gets and who asks are not signals. */
  readonly allowedByPolicy: boolean;
}

export const NO_RISK: RequestRisk = Object.freeze({
  level: 'none',
  signals: [],
  appName: null,
  allowedByPolicy: false,
});

export const SIGNAL_WEIGHT_RANK: Readonly<Record<SignalWeight, number>> = {
  strong: 0,
  'impact-high': 1,
  persistent: 2,
  weak: 3,
  'impact-sensitive': 4,
};
