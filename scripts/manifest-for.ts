import baseManifest from '../manifest.json' with { type: 'json' };
import packageJson from '../package.json' with { type: 'json' };
import { WAKE_MODULE_FILE } from '../src/content/wake-module-file.ts';

export type Target = 'chrome' | 'firefox';

type Manifest = typeof baseManifest;
type Background = { service_worker: string; type: string } | { scripts: string[]; type: string };
/** The kinds of data Firefox's built-in consent knows; a typo in manifest.json fails the build, not the store review. */
const DATA_KINDS = [
  'personallyIdentifyingInfo',
  'healthInfo',
  'financialAndPaymentInfo',
  'authenticationInfo',
  'personalCommunications',
  'locationInfo',
  'browsingActivity',
  'websiteContent',
  'websiteActivity',
  'searchTerms',
  'bookmarksInfo',
] as const;
type DataKind = (typeof DATA_KINDS)[number];
interface DataCollection {
  required: (DataKind | 'none')[];
  optional: (DataKind | 'technicalAndInteraction')[];
}
type Gecko = Omit<Manifest['browser_specific_settings']['gecko'], 'data_collection_permissions'> & {
  data_collection_permissions: DataCollection;
};

type ManifestOut = Omit<
  Manifest,
  'browser_specific_settings' | 'content_scripts' | 'background' | 'minimum_chrome_version'
> &
  Partial<Pick<Manifest, 'content_scripts' | 'minimum_chrome_version'>> & {
    browser_specific_settings?: { gecko: Gecko; gecko_android: Manifest['browser_specific_settings']['gecko_android'] };
  } & { background: Background; storage?: { managed_schema: string } };

/** A content script as built: the classic file its source becomes, and the files it loads itself once running. */
export interface BuiltContentScript {
  /** The module the file is built from: the source manifest.json names, or the target's own entry for it. */
  readonly entry: string;
  readonly file: string;
  readonly imports: readonly string[];
  /**
   * Compiled whole when injected (V8's compile hint), not function by function as each is first called: for a
   * small script whose functions nearly all run on load, parsing each of them a second time costs more.
   */
  readonly eagerCompile: boolean;
}

/**
 * By source, as manifest.json names them. In Chromium the idle script runs on every page and imports the wake
 * module when the page may need a look; the whole content script runs instead on the providers' own approval pages.
 *
 * Firefox gets no wake module: there the idle watcher and everything past it ship as one classic script. Firefox
 * 140 refuses a content script's `import()` of the extension's own file in a document with an opaque origin (a
 * page served with a `sandbox` CSP, or framed with the `sandbox` attribute) and so never warned on such a page; a
 * classic content script is injected whatever the page's origin or policy. Firefox keeps compiled content scripts
 * across pages, so the split's reason, compiling less on each ordinary page, is V8's alone.
 */
export function builtContentScripts(target: Target): Readonly<Record<string, BuiltContentScript>> {
  return {
    'src/content/index.ts':
      target === 'chrome'
        ? { entry: 'src/content/index.ts', file: 'content.js', imports: [WAKE_MODULE_FILE], eagerCompile: true }
        : { entry: 'src/content/index-classic.ts', file: 'content.js', imports: [], eagerCompile: false },
    // Most of it is never called on a given page, and a classic script is compiled on the main thread.
    'src/content/whole.ts': {
      entry: 'src/content/whole.ts',
      file: 'content-whole.js',
      imports: [],
      eagerCompile: false,
    },
    // The note and the hold on the providers' device-code entry pages, which run it beside one of the two above.
    'src/content/device-code.ts': {
      entry: 'src/content/device-code.ts',
      file: 'content-device-code.js',
      imports: [],
      eagerCompile: false,
    },
  };
}

export function builtContentScript(source: string, target: Target): BuiltContentScript {
  const built = builtContentScripts(target)[source];
  if (!built)
    throw new Error(
      `manifest.json names content script ${source}, which scripts/manifest-for.ts does not know how to build`,
    );
  return built;
}

/** Whether the target's idle script imports the wake module, which then has to be built and made web-accessible. */
export function loadsWakeModule(target: Target): boolean {
  return Object.values(builtContentScripts(target)).some((built) => built.imports.includes(WAKE_MODULE_FILE));
}

/**
 * One manifest.json is the source of truth; each browser gets the keys it understands.
 * In production the content scripts are left out here and added back by the build (`contentScriptsForBuild`)
 * as classic scripts and one wake module: crxjs would otherwise ship a module loader that needs
 * web-accessible files at fixed URLs, which lets any page detect the extension.
 */
export function manifestFor(target: Target, opts: { bundleContentScriptSeparately: boolean }): ManifestOut {
  const { browser_specific_settings, content_scripts, minimum_chrome_version, ...common } =
    structuredClone(baseManifest);
  // package.json is the one place the version is set; manifest.json carries a placeholder.
  const out: ManifestOut = { ...common, version: manifestVersion(packageJson.version) };
  if (target === 'chrome') {
    out.minimum_chrome_version = minimum_chrome_version;
    // Chromium reads enterprise policy for the extension against this schema; Firefox takes policies.json instead.
    out.storage = { managed_schema: 'managed-schema.json' };
  }
  if (target === 'firefox') {
    const { data_collection_permissions, ...gecko } = browser_specific_settings.gecko;
    // Firefox for Android reads the data-collection key from 142 on; untested there, it asks for no older version.
    out.browser_specific_settings = {
      ...browser_specific_settings,
      gecko: { ...gecko, data_collection_permissions: dataCollection(data_collection_permissions) },
    };
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    out.background = { scripts: [common.background.service_worker], type: common.background.type };
  }
  if (!opts.bundleContentScriptSeparately) out.content_scripts = content_scripts;
  return out;
}

function dataCollection(declared: { required: string[]; optional: string[] }): DataCollection {
  const allowed: Record<keyof DataCollection, readonly string[]> = {
    required: [...DATA_KINDS, 'none'],
    optional: [...DATA_KINDS, 'technicalAndInteraction'],
  };
  const unknown = (['required', 'optional'] as const).flatMap((key) =>
    declared[key].filter((kind) => !allowed[key].includes(kind)),
  );
  if (unknown.length > 0)
    throw new Error(`manifest.json: data_collection_permissions names unknown kinds: ${unknown.join(', ')}`);
  return declared as DataCollection;
}

export interface WebAccessibleResource {
  resources: string[];
  matches: string[];
  use_dynamic_url?: boolean;
}

/**
 * The built content scripts' manifest keys. Chromium's idle script imports the wake module, so that file is
 * web-accessible wherever the idle script runs, at a URL that changes every session and refuses the fixed one to
 * pages, so no page can probe for the extension by fetching it. Firefox's build loads nothing and exposes nothing.
 */
export function contentScriptsForBuild(target: Target): {
  content_scripts: Manifest['content_scripts'];
  web_accessible_resources?: WebAccessibleResource[];
} {
  const content_scripts = baseManifest.content_scripts.map((entry) => ({
    ...entry,
    js: entry.js.map((source) => builtContentScript(source, target).file),
  }));
  const importers = baseManifest.content_scripts.filter((entry) =>
    entry.js.some((source) => builtContentScript(source, target).imports.includes(WAKE_MODULE_FILE)),
  );
  if (importers.length === 0) return { content_scripts };
  const resource: WebAccessibleResource = {
    resources: [WAKE_MODULE_FILE],
    matches: [...new Set(importers.flatMap((entry) => entry.matches))],
  };
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

/**
 * The oldest browsers the extension declares, read from manifest.json: the suite has passed on exactly these.
 * package.json's `browserslist` names the same versions for eslint-plugin-compat, and the bundler targets them.
 */
export function minimumVersions(): { readonly chrome: number; readonly firefox: number } {
  const chrome = Number(baseManifest.minimum_chrome_version);
  const firefox = Number.parseInt(baseManifest.browser_specific_settings.gecko.strict_min_version, 10);
  if (!Number.isInteger(chrome) || !Number.isInteger(firefox))
    throw new Error('manifest.json must declare minimum_chrome_version and gecko.strict_min_version');
  return { chrome, firefox };
}

/** The bundler's target for code that runs in the browsers (esbuild/oxc syntax: `chrome150`, `firefox140`). */
export function buildTarget(): string[] {
  const { chrome, firefox } = minimumVersions();
  return [`chrome${chrome}`, `firefox${firefox}`];
}
