import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extensionDir } from '../test/e2e/support/paths';

export interface BenchExtensions {
  /** A copy of dist/chrome taken at bench start, so a rebuild running alongside cannot change it mid-run. */
  consentGuard: string;
  /** The floor: an MV3 extension whose content script is an empty file, injected exactly like Consent Guard's. */
  empty: string;
}

export async function prepareExtensions(root: string): Promise<BenchExtensions> {
  const consentGuard = join(root, 'consent-guard');
  await cp(extensionDir('chromium'), consentGuard, { recursive: true });
  const empty = join(root, 'empty');
  await mkdir(empty, { recursive: true });
  const injection = contentScriptInjection(await readManifest(consentGuard));
  const manifest = {
    manifest_version: 3,
    name: 'Consent Guard bench baseline',
    version: '1.0.0',
    description: 'Injects an empty content script wherever Consent Guard injects its own.',
    content_scripts: [{ ...injection, js: ['content.js'] }],
  };
  await writeFile(join(empty, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(join(empty, 'content.js'), '');
  return { consentGuard, empty };
}

interface ContentScriptEntry {
  matches: string[];
  js?: string[];
  css?: string[];
  run_at?: string;
  all_frames?: boolean;
}

async function readManifest(dir: string): Promise<{ content_scripts?: ContentScriptEntry[] }> {
  return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: ContentScriptEntry[] };
}

/** Where and when Consent Guard injects, so the baseline pays for the same injections and nothing else. */
function contentScriptInjection(manifest: { content_scripts?: ContentScriptEntry[] }): Omit<ContentScriptEntry, 'js' | 'css'> {
  const entry = manifest.content_scripts?.[0];
  if (!entry) throw new Error('the built manifest declares no content script');
  return {
    matches: entry.matches,
    ...(entry.run_at === undefined ? {} : { run_at: entry.run_at }),
    ...(entry.all_frames === undefined ? {} : { all_frames: entry.all_frames }),
  };
}

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Every file any content_scripts entry loads, gzipped the way size-limit's file plugin does (level 9). */
export async function contentScriptFiles(dir: string): Promise<BundleFile[]> {
  const manifest = await readManifest(dir);
  const files = new Set<string>();
  for (const entry of manifest.content_scripts ?? []) {
    for (const file of [...(entry.js ?? []), ...(entry.css ?? [])]) files.add(file);
  }
  const out: BundleFile[] = [];
  for (const file of files) {
    const content = await readFile(resolve(dir, file));
    out.push({ file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
  }
  return out;
}
