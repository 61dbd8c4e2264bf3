import { createEvaluationContext, type EvaluationContext } from '../core/verdict/evaluate';
import type { Policy } from '../shared/policy';
import { effectiveSettings, type EffectiveSettings } from './effective-settings';

let cached: { readonly key: string; readonly context: EvaluationContext } | null = null;

/**
 * Lookalike tables are precomputed from the providers, so the context is rebuilt only when the settings that shape
 * it (providers on or off, trusted origins, policy providers) change.
 */
export async function evaluationContext(policy?: Policy): Promise<EvaluationContext> {
  return contextFor(await effectiveSettings(policy));
}

export function contextFor(settings: EffectiveSettings): EvaluationContext {
  const key = JSON.stringify([
    settings.providers.map((provider) => provider.id),
    settings.policy.extraProviders,
    settings.disabledProviders,
    settings.trustedOrigins,
    settings.policy.allowedClientIds,
  ]);
  if (cached?.key !== key) {
    cached = {
      key,
      context: createEvaluationContext(settings.providers, {
        disabledProviders: settings.disabledProviders,
        trustedOrigins: settings.trustedOrigins,
        allowedClientIds: settings.policy.allowedClientIds,
      }),
    };
  }
  return cached.context;
}
