import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { classicScriptBuild } from '../scripts/classic-script';

const BENCH_DIR = import.meta.dirname;

/** The in-page inspection probe, built exactly as the content script is (see classicScriptBuild). */
export async function buildInspectionProbe(outDir: string): Promise<string> {
  const fileName = 'inspection-probe.js';
  await build(classicScriptBuild(resolve(BENCH_DIR, 'probe/inspection-probe.ts'), outDir, fileName, 'consentGuardBenchProbe'));
  return readFile(join(outDir, fileName), 'utf8');
}

export interface LookalikeFigure {
  hostnamesPerSecond: number;
  protectedDomains: number;
}

/**
 * Bundles the Node lookalike benchmark (its provider modules and JSON inlined, every dependency included)
 * and runs it in a child process.
 */
export async function runLookalikeBench(outDir: string): Promise<LookalikeFigure> {
  const fileName = 'lookalike-main.mjs';
  await build({
    configFile: false,
    logLevel: 'warn',
    ssr: { noExternal: true, target: 'node' },
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      ssr: resolve(BENCH_DIR, 'lookalike-main.ts'),
      rolldownOptions: { output: { entryFileNames: fileName, format: 'esm' } },
    },
  });
  const { stdout } = await promisify(execFile)(process.execPath, [join(outDir, fileName)], { timeout: 60_000 });
  return JSON.parse(stdout) as LookalikeFigure;
}
