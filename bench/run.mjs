// Node 20 has no TypeScript loader; Vite's module runner gives the bench the same TypeScript, JSON and
// import.meta.glob handling as the build, and keeps each module's own file URL (the e2e harness finds
// test/fixtures relative to itself).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { module } = await runnerImport(fileURLToPath(new URL('./main.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'error',
});
process.exitCode = await module.main(process.argv.slice(2));
