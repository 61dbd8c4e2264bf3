import baseManifest from '../manifest.json' with { type: 'json' };
import packageJson from '../package.json' with { type: 'json' };
import { WAKE_MODULE_FILE } from '../src/content/wake-module-file.ts';

export type Target = 'chrome' | 'firefox';

type Manifest = typeof baseManifest;
type Background = { service_worker: string; type: string } | { scripts: string[]; type: string };
type ManifestOut = Omit<Manifest, 'browser_specific_settings' | 'content_scripts' | 'background'> &
  Partial<Pick<Manifest, 'browser_specific_settings' | 'content_scripts'>> & { background: Background; storage?: { managed_schema: string } };

/** A content script as built: the classic file its source becomes, and the files it loads itself once running. */
export interface BuiltContentScript {
  readonly file: string;
  readonly imports: readonly string[];
  /**
   * Compiled whole when injected (V8's compile hint), not function by function as each is first called: for a
   * small script whose functions nearly all run on load, parsing each of them a second time costs more.
   */
  readonly eagerCompile: boolean;
}

/**
 * By source, as manifest.json names them. The idle script runs on every page and imports the wake module when the
 * page may need a look; the whole content script runs instead on the providers' own approval pages.
 */
export const BUILT_CONTENT_SCRIPTS: Readonly<Record<string, BuiltContentScript>> = {
  'src/content/index.ts': { file: 'content.js', imports: [WAKE_MODULE_FILE], eagerCompile: true },
  // Most of it is never called on a given page, and a classic script is compiled on the main thread.
  'src/content/whole.ts': { file: 'content-whole.js', imports: [], eagerCompile: false },
  // The note and the hold on the providers' device-code entry pages, which run it beside one of the two above.
  'src/content/device-code.ts': { file: 'content-device-code.js', imports: [], eagerCompile: false },
};

export function builtContentScript(source: string): BuiltContentScript {
  const built = BUILT_CONTENT_SCRIPTS[source];
  if (!built) throw new Error(`manifest.json names content script ${source}, which scripts/manifest-for.ts does not know how to build`);
  return built;
}

/**
 * One manifest.json is the source of truth; each browser gets the keys it understands.
 * In production the content scripts are left out here and added back by the build (`contentScriptsForBuild`)
 * as classic scripts and one wake module: crxjs would otherwise ship a module loader that needs
 * web-accessible files at fixed URLs, which lets any page detect the extension.
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

export interface WebAccessibleResource {
  resources: string[];
  matches: string[];
  use_dynamic_url?: boolean;
}

/**
 * The built content scripts' manifest keys. The wake module is imported by the idle script, so it is
 * web-accessible wherever the idle script runs. Chromium serves it at a URL that changes every session and
 * refuses the fixed one to pages, so no page can probe for the extension by fetching it; Firefox's extension
 * URLs are random for each install already, and it does not know `use_dynamic_url`.
 */
export function contentScriptsForBuild(target: Target): { content_scripts: Manifest['content_scripts']; web_accessible_resources: WebAccessibleResource[] } {
  const content_scripts = baseManifest.content_scripts.map((entry) => ({ ...entry, js: entry.js.map((source) => builtContentScript(source).file) }));
  const importers = baseManifest.content_scripts.filter((entry) => entry.js.some((source) => builtContentScript(source).imports.includes(WAKE_MODULE_FILE)));
  const resource: WebAccessibleResource = { resources: [WAKE_MODULE_FILE], matches: [...new Set(importers.flatMap((entry) => entry.matches))] };
  if (target === 'chrome') resource.use_dynamic_url = true;
  return { content_scripts, web_accessible_resources: [resource] };
}

/** Each content script source manifest.json names, once. */
export function contentScriptSources(): string[] {
  const sources = [...new Set(baseManifest.content_scripts.flatMap((entry) => entry.js))];
  if (sources.length === 0) throw new Error('manifest.json declares no content script');
  return sources;
}

/** Browsers take one to four dot-separated integers: a semver pre-release or build suffix is dropped. */
export function manifestVersion(semver: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(semver);
  if (!match) throw new Error(`package.json version "${semver}" is not semver`);
  return `${match[1]}.${match[2]}.${match[3]}`;
}
