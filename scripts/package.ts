import { execFile } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { manifestVersion } from './manifest-for.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
export const PACKAGES_DIR = resolve(ROOT, 'packages');

/** web-ext must stay offline: no update check (update-notifier) and no config files from the user's home. */
export const OFFLINE_ENV = { ...process.env, NO_UPDATE_NOTIFIER: '1' };

/**
 * Zips dist/chrome (Chrome Web Store) and dist/firefox (addons.mozilla.org) into packages/, named with the
 * package.json version, after checking each build carries that version. Run after `npm run build`.
 */
export async function main(): Promise<number> {
  const version = manifestVersion(packageJson.version);
  await rm(PACKAGES_DIR, { recursive: true, force: true });
  await mkdir(PACKAGES_DIR, { recursive: true });
  for (const [target, store] of [
    ['chrome', 'chrome-web-store'],
    ['firefox', 'addons-mozilla-org'],
  ] as const) {
    const sourceDir = resolve(ROOT, 'dist', target);
    const built = JSON.parse(await readFile(resolve(sourceDir, 'manifest.json'), 'utf8')) as { version?: unknown };
    if (built.version !== version)
      throw new Error(
        `dist/${target} is version ${String(built.version)}, package.json says ${version}: run npm run build`,
      );
    const filename = `consent-guard-${version}-${store}.zip`;
    await run(
      resolve(ROOT, 'node_modules/.bin/web-ext'),
      [
        'build',
        '--source-dir',
        sourceDir,
        '--artifacts-dir',
        PACKAGES_DIR,
        '--filename',
        filename,
        '--overwrite-dest',
        '--no-config-discovery',
      ],
      { env: OFFLINE_ENV },
    );
    console.log(`packages/${filename}`);
  }
  return 0;
}
