import baseManifest from '../manifest.json' with { type: 'json' };
import packageJson from '../package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

type Manifest = typeof baseManifest;
type Background = { service_worker: string; type: string } | { scripts: string[]; type: string };
type ManifestOut = Omit<Manifest, 'browser_specific_settings' | 'content_scripts' | 'background'> &
  Partial<Pick<Manifest, 'browser_specific_settings' | 'content_scripts'>> & { background: Background; storage?: { managed_schema: string } };

/** The content script shipped as one classic file, so no web_accessible_resources are needed. */
export const CONTENT_SCRIPT_FILE = 'content.js';

/**
 * One manifest.json is the source of truth; each browser gets the keys it understands.
 * In production the content script is left out here and added back by the build as a single
 * classic script: crxjs would otherwise ship a module loader that needs web-accessible files
 * at fixed URLs, which lets any page detect the extension.
 */
export function manifestFor(target: Target, opts: { bundleContentScriptSeparately: boolean }): ManifestOut {
  const { browser_specific_settings, content_scripts, ...common } = structuredClone(baseManifest);
  // package.json is the one place the version is set; manifest.json carries a placeholder.
  const out: ManifestOut = { ...common, version: manifestVersion(packageJson.version) };
  if (target === 'chrome') {
    // Chromium reads enterprise policy for the extension against this schema; Firefox takes policies.json instead.
    out.storage = { managed_schema: 'managed-schema.json' };
  }
  if (target === 'firefox') {
    out.browser_specific_settings = browser_specific_settings;
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    out.background = { scripts: [common.background.service_worker], type: common.background.type };
  }
  if (!opts.bundleContentScriptSeparately) out.content_scripts = content_scripts;
  return out;
}

export function contentScriptsForBuild(): Manifest['content_scripts'] {
  return baseManifest.content_scripts.map((entry) => ({ ...entry, js: [CONTENT_SCRIPT_FILE] }));
}

export function contentScriptEntry(): string {
  const entry = baseManifest.content_scripts[0]?.js[0];
  if (!entry) throw new Error('manifest.json declares no content script');
  return entry;
}

/** Browsers take one to four dot-separated integers: a semver pre-release or build suffix is dropped. */
export function manifestVersion(semver: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(semver);
  if (!match) throw new Error(`package.json version "${semver}" is not semver`);
  return `${match[1]}.${match[2]}.${match[3]}`;
}
