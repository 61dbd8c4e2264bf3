/**
 * Bundled by the bench (production-like code, JSON and provider modules inlined) and run in a Node process of
 * its own, so neither Vite's module runner nor the browsers driven by the bench skew the count.
 */
import { PROVIDERS } from '../src/core/providers/registry';
import { createEvaluationContext } from '../src/core/verdict/evaluate';
import { measureLookalikeThroughput } from './lookalike-throughput';

// The table the service worker builds: every protected domain of every provider in the registry.
const { lookalikes } = createEvaluationContext(PROVIDERS);
const { hostnamesPerSecond } = measureLookalikeThroughput(lookalikes);
process.stdout.write(`${JSON.stringify({ hostnamesPerSecond, protectedDomains: lookalikes.targets.length })}\n`);
