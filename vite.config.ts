import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import {
  CONTENT_SCRIPT_FILE,
  contentScriptEntry,
  contentScriptsForBuild,
  manifestFor,
  type Target,
} from './scripts/manifest-for.ts';
import { classicScriptBuild } from './scripts/classic-script.ts';

function targetFromEnv(): Target {
  const value = process.env['TARGET'] ?? 'chrome';
  if (value !== 'chrome' && value !== 'firefox') {
    throw new Error(`TARGET must be "chrome" or "firefox", got "${value}"`);
  }
  return value;
}

/** Builds the content script as one self-contained classic script and declares it in the built manifest. */
function classicContentScript(outDir: string): Plugin {
  return {
    name: 'consent-guard:classic-content-script',
    apply: 'build',
    async closeBundle() {
      await build(classicScriptBuild(resolve(import.meta.dirname, contentScriptEntry()), outDir, CONTENT_SCRIPT_FILE, 'consentGuardContent'));
      const manifestPath = resolve(outDir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
      manifest['content_scripts'] = contentScriptsForBuild();
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
      preact(),
      crx({ manifest: manifestFor(target, { bundleContentScriptSeparately: production }), browser: target }),
      classicContentScript(outDir),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Extension pages the manifest does not name: the full-page warning.
      rolldownOptions: { input: { warning: resolve(import.meta.dirname, 'src/warning/index.html') } },
    },
    server: { port: target === 'chrome' ? 5173 : 5174, strictPort: true },
  };
});
