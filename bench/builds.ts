import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { wakeModuleBuild } from '../scripts/content-script-builds';
import { PROBE_MODULE_PATH } from './probe/probe-result';

const BENCH_DIR = import.meta.dirname;

/**
 * The in-page inspection probe: the probe module, built as the wake module is (see
 * scripts/content-script-builds.ts), so that V8 compiles it as it compiles the code it measures, and a loader
 * evaluated in an isolated world of each page that imports it at DOMContentLoaded, as the idle script imports the
 * wake module at document_end. `from` builds another checkout's probe (see compare-inspection.ts), served at its
 * own path.
 */
export async function buildInspectionProbe(
  outDir: string,
  from: { root: string; servedAt: string } = { root: resolve(BENCH_DIR, '..'), servedAt: PROBE_MODULE_PATH },
): Promise<{ loader: string; module: string }> {
  await build(
    wakeModuleBuild(resolve(from.root, 'bench/probe/inspection-probe.ts'), outDir, 'inspection-probe.js', []),
  );
  const loader = `document.addEventListener('DOMContentLoaded', () => { void import(${JSON.stringify(from.servedAt)}); });`;
  return { loader, module: await readFile(join(outDir, 'inspection-probe.js'), 'utf8') };
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
