import type { RequestedScope } from '../approval/request';
import type { ScopeTier } from './types';

const TIER_ORDER: Readonly<Record<ScopeTier, number>> = { high: 0, sensitive: 1, basic: 2 };

/** Riskiest first (stable within a tier): what the user should weigh before anything else. */
export function byTier<T extends Pick<RequestedScope, 'tier'>>(scopes: readonly T[]): T[] {
  return [...scopes].sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier]);
}
