import { providerFromData } from '../core/providers/from-data';
import { PROVIDERS } from '../core/providers/registry';
import type { TrustedOrigin } from '../core/providers/trusted-origins';
import type { Provider } from '../core/providers/types';
import { readLocalStore } from '../shared/local-store';
import type { Policy } from '../shared/policy';
import type { Settings } from '../shared/settings';
import { readPolicy } from './policy';

/** The settings in force: the user's, with the organisation's policy on top. */
export interface EffectiveSettings {
  /** Built-in providers and those the policy adds, before any is turned off. */
  readonly providers: readonly Provider[];
  readonly disabledProviders: readonly string[];
  /** The policy's trusted origins first, then the user's (an origin in both counts once, as managed). */
  readonly trustedOrigins: readonly TrustedOrigin[];
  readonly passwordAlertEnabled: boolean;
  readonly user: Settings;
  readonly policy: Policy;
}

/** Pure: exported for tests. */
export function mergeSettings(user: Settings, userPasswordAlert: boolean, policy: Policy): EffectiveSettings {
  const managedOrigins = new Set(policy.trustedOrigins.map((entry) => entry.origin));
  return {
    providers: [...PROVIDERS, ...policy.extraProviders.map(providerFromData)],
    // Providers the policy adds are the organisation's to remove, not the user's.
    disabledProviders: user.disabledProviders.filter(
      (id) => !policy.extraProviders.some((provider) => provider.id === id),
    ),
    trustedOrigins: [
      ...policy.trustedOrigins,
      ...user.trustedOrigins.filter((entry) => !managedOrigins.has(entry.origin)),
    ],
    passwordAlertEnabled: userPasswordAlert || policy.forcePasswordAlert,
    user,
    policy,
  };
}

/** With `policy` when the caller has already settled which policy applies (see `promptPolicy`). */
export async function effectiveSettings(policy?: Policy): Promise<EffectiveSettings> {
  const [store, applied] = await Promise.all([readLocalStore(), policy ?? readPolicy()]);
  return mergeSettings(store.settings, store.passwordAlert.enabled, applied);
}
