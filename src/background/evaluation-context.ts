import { createEvaluationContext, type EvaluationContext } from '../core/verdict/evaluate';
import { PROVIDERS } from '../core/providers/registry';

let context: EvaluationContext | null = null;

/** Built once per service-worker lifetime: lookalike tables are precomputed from the registry. */
export function evaluationContext(): EvaluationContext {
  context ??= createEvaluationContext(PROVIDERS);
  return context;
}
