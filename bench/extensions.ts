import { createHash, generateKeyPairSync } from 'node:crypto';
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtContentScripts } from '../scripts/manifest-for';
import { extensionDir } from '../test/e2e/support/paths';

export interface BenchExtensions {
  /** A copy of dist/chrome taken at bench start, so a rebuild running alongside cannot change it mid-run. */
  consentGuard: string;
  /** The floor: an MV3 extension whose content script is an empty file, injected exactly like Consent Guard's. */
  empty: string;
  /**
   * The popup's floor, in the empty extension: a page that builds the same heading and first page of Revoke buttons
   * from a script, with nothing to ask for, as `chrome-extension://<id>/popup-floor.html`.
   */
  popupFloorUrl: string;
}

/** What the popup shows first: the provider's heading with the count, and the first page of grants. */
const POPUP_FLOOR_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title>
<script src="popup-floor.js" type="module"></script></head><body><main></main></body></html>`;
const popupFloorScript = (grants: number, shown: number): string => `const section = document.createElement('section');
section.dataset.provider = 'azure-devops';
section.dataset.status = 'ok';
const heading = section.appendChild(document.createElement('h3'));
heading.textContent = 'Azure DevOps';
heading.appendChild(document.createElement('span')).className = 'count';
heading.lastChild.textContent = ' (${grants})';
const list = section.appendChild(document.createElement('ul'));
for (let index = 0; index < ${shown}; index += 1) {
  const item = list.appendChild(document.createElement('li'));
  item.appendChild(document.createElement('span')).textContent = 'Application ' + index;
  item.appendChild(document.createElement('button')).textContent = 'Revoke';
}
document.querySelector('main').append(section);
`;

/**
 * A manifest key fixes the extension's ID: Chromium derives it from the SHA-256 of the public key (its first
 * 32 hex digits, each written as a letter from a to p).
 */
function extensionKey(): { key: string; id: string } {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  const id = hex.replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)));
  return { key: der.toString('base64'), id };
}

export async function prepareExtensions(
  root: string,
  popupFloor: { grants: number; shown: number },
): Promise<BenchExtensions> {
  const consentGuard = join(root, 'consent-guard');
  await cp(extensionDir('chromium'), consentGuard, { recursive: true });
  const empty = join(root, 'empty');
  await mkdir(empty, { recursive: true });
  const injections = contentScriptInjections(await readManifest(consentGuard));
  const { key, id } = extensionKey();
  const manifest = {
    manifest_version: 3,
    name: 'Consent Guard bench baseline',
    version: '1.0.0',
    description: 'Injects an empty content script wherever Consent Guard injects its own.',
    key,
    content_scripts: injections.map((injection) => ({ ...injection, js: ['content.js'] })),
  };
  await writeFile(join(empty, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(join(empty, 'content.js'), '');
  await writeFile(join(empty, 'popup-floor.html'), POPUP_FLOOR_PAGE);
  await writeFile(join(empty, 'popup-floor.js'), popupFloorScript(popupFloor.grants, popupFloor.shown));
  return { consentGuard, empty, popupFloorUrl: `chrome-extension://${id}/popup-floor.html` };
}

interface ContentScriptEntry {
  matches: string[];
  exclude_matches?: string[];
  js?: string[];
  css?: string[];
  run_at?: string;
  all_frames?: boolean;
}

interface BuiltManifest {
  content_scripts?: ContentScriptEntry[];
  web_accessible_resources?: { resources: string[] }[];
}

async function readManifest(dir: string): Promise<BuiltManifest> {
  return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
}

/** Where and when Consent Guard injects, so the baseline pays for the same injections and nothing else. */
function contentScriptInjections(manifest: BuiltManifest): Omit<ContentScriptEntry, 'js' | 'css'>[] {
  const entries = manifest.content_scripts ?? [];
  if (entries.length === 0) throw new Error('the built manifest declares no content script');
  return entries.map((entry) => ({
    matches: entry.matches,
    ...(entry.exclude_matches === undefined ? {} : { exclude_matches: entry.exclude_matches }),
    ...(entry.run_at === undefined ? {} : { run_at: entry.run_at }),
    ...(entry.all_frames === undefined ? {} : { all_frames: entry.all_frames }),
  }));
}

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** What one content_scripts entry loads into a page: its files, and the files its scripts import once running. */
export interface ContentScriptLoad {
  files: BundleFile[];
  gzipBytes: number;
}

/**
 * For each content_scripts entry, everything it loads (the idle script imports the wake module; see
 * `builtContentScripts`), gzipped the way size-limit's file plugin does (level 9).
 */
export async function contentScriptLoads(dir: string): Promise<ContentScriptLoad[]> {
  const manifest = await readManifest(dir);
  // Only what the extension makes web-accessible can be imported (the baseline's empty content.js imports nothing).
  const accessible = new Set(manifest.web_accessible_resources?.flatMap((entry) => entry.resources));
  const importsOf = new Map(
    Object.values(builtContentScripts('chrome')).map((built) => [
      built.file,
      built.imports.filter((file) => accessible.has(file)),
    ]),
  );
  const loads: ContentScriptLoad[] = [];
  for (const entry of manifest.content_scripts ?? []) {
    const names = [...(entry.js ?? []), ...(entry.css ?? [])];
    const files: BundleFile[] = [];
    for (const file of new Set([...names, ...names.flatMap((name) => importsOf.get(name) ?? [])])) {
      const content = await readFile(resolve(dir, file));
      files.push({ file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
    }
    loads.push({ files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) });
  }
  return loads;
}

/** Another extension measured beside Consent Guard (`--peer <dir>`): a copy of it, and what it injects. */
export interface PeerExtension {
  /** A copy taken at bench start, in the bench's scratch directory, so the bench never writes into the original. */
  dir: string;
  name: string;
  /** The paths (`/file.js`) of its content script files, whose compiles are counted as Consent Guard's are. */
  contentScripts: string[];
  /** Those files gzipped (level 9, as Consent Guard's size figure), all together. */
  gzipBytes: number;
}

/**
 * Checks that `source` is an unpacked Manifest V3 extension with at least one content script, and copies it.
 * Any extension is accepted: the bench loads it in a profile of its own and measures it as it measures Consent
 * Guard. Its manifest's name is shown as given (a `__MSG_…__` name stays unresolved; the bench reads no locales).
 */
export async function preparePeer(root: string, source: string): Promise<PeerExtension> {
  const manifest = await checkPeer(source);
  const dir = join(root, 'peer');
  await cp(source, dir, { recursive: true });
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []))];
  let gzipBytes = 0;
  for (const file of files) gzipBytes += gzipSync(await readFile(join(dir, file)), { level: 9 }).length;
  return {
    dir,
    name: typeof manifest.name === 'string' ? manifest.name : source,
    contentScripts: files.map((file) => `/${file}`),
    gzipBytes,
  };
}

/** Whether `source` can be measured as a peer; a `PeerError` says why not. */
export async function checkPeer(
  source: string,
): Promise<BuiltManifest & { manifest_version?: unknown; name?: unknown }> {
  const info = await stat(source).catch(() => undefined);
  if (!info?.isDirectory()) throw new PeerError(`${source} is not a directory`);
  const text = await readFile(join(source, 'manifest.json'), 'utf8').catch(() => undefined);
  if (text === undefined) throw new PeerError(`${source} holds no manifest.json`);
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    throw new PeerError(`${join(source, 'manifest.json')} is not JSON (a template not yet filled in?)`);
  }
  if (typeof manifest !== 'object' || manifest === null) throw new PeerError(`${source}'s manifest is not an object`);
  const parsed = manifest as BuiltManifest & { manifest_version?: unknown; name?: unknown };
  if (parsed.manifest_version !== 3)
    throw new PeerError(
      `${source} is not a Manifest V3 extension (manifest_version: ${String(parsed.manifest_version)})`,
    );
  const files = (parsed.content_scripts ?? []).flatMap((entry) => entry.js ?? []);
  if (files.length === 0)
    throw new PeerError(
      `${source} declares no content script: it would add nothing to a page for the bench to measure`,
    );
  for (const file of files) {
    const present = await stat(join(source, file)).catch(() => undefined);
    if (!present?.isFile()) throw new PeerError(`${source}'s content script ${file} is missing (not built yet?)`);
  }
  return parsed;
}

/** A `--peer` argument the bench cannot use; the message says why. */
export class PeerError extends Error {
  override name = 'PeerError';
}
