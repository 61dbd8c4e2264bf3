import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extensionDir, type BrowserName } from '../e2e/support/paths';

export const BUILT_BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** The manifest as it ships, from `npm run build`'s output (the build adds the content script entries). */
export function builtManifest(browser: BrowserName): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(extensionDir(browser), 'manifest.json'), 'utf8')) as Record<string, unknown>;
}
