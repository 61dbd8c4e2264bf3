import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, defineConfig, runnerImport, type Plugin } from 'vite';
import {
  buildTarget,
  builtContentScript,
  contentScriptSources,
  contentScriptsForBuild,
  loadsWakeModule,
  manifestFor,
  type Target,
} from './scripts/manifest-for.ts';
import { classicScriptBuild, wakeModuleBuild } from './scripts/content-script-builds.ts';
import { WAKE_MODULE_FILE } from './src/content/wake-module-file.ts';
import { idleKernelPlugin, kernelExports } from './scripts/idle-kernel-plugin.ts';
import { noHtmlSink } from './scripts/no-html-sink-plugin.ts';

function targetFromEnv(): Target {
  const value = process.env['TARGET'] ?? 'chrome';
  if (value !== 'chrome' && value !== 'firefox') {
    throw new Error(`TARGET must be "chrome" or "firefox", got "${value}"`);
  }
  return value;
}

/**
 * Builds the content script's three files: the idle script and the whole script as classic scripts (one per
 * `content_scripts` entry), and the wake module the idle script imports, an ES module. Then writes their
 * `content_scripts` and `web_accessible_resources` into the built manifest. Map: the top of `src/content/index.ts`.
 */
function contentScriptFiles(outDir: string, target: Target): Plugin {
  return {
    name: 'consent-guard:content-script-files',
    apply: 'build',
    async closeBundle() {
      for (const source of contentScriptSources()) {
        const built = builtContentScript(source, target);
        await build(
          classicScriptBuild(resolve(import.meta.dirname, built.entry), outDir, built.file, 'consentGuardContent', {
            eagerCompile: built.eagerCompile,
          }),
        );
      }
      if (loadsWakeModule(target)) {
        // Loaded here, not imported by this file: the config itself stays free of the extension's sources.
        const { module } = await runnerImport<typeof import('./src/content/idle-kernel.ts')>(
          resolve(import.meta.dirname, 'src/content/idle-kernel.ts'),
          { configFile: false, logLevel: 'error' },
        );
        const kernel = idleKernelPlugin(
          import.meta.dirname,
          kernelExports(module.idleKernel()),
          module.IDLE_KERNEL_GLOBAL,
        );
        await build(
          wakeModuleBuild(resolve(import.meta.dirname, 'src/content/wake-entry.ts'), outDir, WAKE_MODULE_FILE, [
            kernel,
          ]),
        );
      }
      const manifestPath = resolve(outDir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
      Object.assign(manifest, contentScriptsForBuild(target));
      await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
    },
  };
}

export default defineConfig(({ command }) => {
  const target = targetFromEnv();
  const outDir = resolve(import.meta.dirname, 'dist', target);
  const production = command === 'build';
  return {
    plugins: [
      noHtmlSink(),
      preact(),
      crx({ manifest: manifestFor(target, { bundleContentScriptSeparately: production }), browser: target }),
      contentScriptFiles(outDir, target),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: buildTarget(),
      sourcemap: false,
      // Extension pages the manifest does not name: the full-page warning.
      rolldownOptions: { input: { warning: resolve(import.meta.dirname, 'src/warning/index.html') } },
    },
    server: { port: target === 'chrome' ? 5173 : 5174, strictPort: true },
  };
});
