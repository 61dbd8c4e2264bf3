// Runs a TypeScript entry point with Vite's module runner, so scripts share the project's TypeScript and
// JSON imports without a separate TS runner on Node 20. Usage: node scripts/run-ts.mjs scripts/demo.ts [args]
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const { module } = await runnerImport(resolve(entry), { configFile: false, logLevel: 'error' });
if (typeof module.main !== 'function') {
  console.error(`${entry} must export a main(args) function`);
  process.exit(2);
}
process.exitCode = (await module.main(args)) ?? 0;
