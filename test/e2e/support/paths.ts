import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, type BrowserName } from './browser-executables';

export type { BrowserName } from './browser-executables';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = resolve(REPO_ROOT, 'test/fixtures');

/**
 * The unpacked builds under test. CONSENT_GUARD_E2E_DIST points the harness at another build
 * (a directory holding `chrome/` and `firefox/`), which is how the harness can be exercised
 * against a stand-in extension while `npm run build` is unavailable.
 */
export const DIST_DIR = resolve(REPO_ROOT, process.env['CONSENT_GUARD_E2E_DIST'] ?? 'dist');

export const EXTENSION_DIRS: Readonly<Record<BrowserName, string>> = {
  chromium: resolve(DIST_DIR, 'chrome'),
  firefox: resolve(DIST_DIR, 'firefox'),
};

export function browserExecutable(name: BrowserName): string {
  const found = findBrowser(name, process.env, existsSync);
  if ('error' in found) throw new Error(found.error);
  return found.path;
}

export function extensionDir(name: BrowserName): string {
  const dir = EXTENSION_DIRS[name];
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(
      `${resolve(dir, 'manifest.json')} is missing: the end-to-end tests run the built extension. ` +
        'Run `npm run build` first.',
    );
  }
  return dir;
}

/** Fails with every missing prerequisite at once, so one run tells the whole story. */
export function assertPrerequisites(): void {
  const problems: string[] = [];
  for (const name of ['chromium', 'firefox'] as const) {
    for (const check of [browserExecutable, extensionDir]) {
      try {
        check(name);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!problems.includes(message)) problems.push(message);
      }
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
