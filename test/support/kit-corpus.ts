/**
 * The phishing-kit corpus (test/fixtures/kits/manifest.json) and where each page is served. Pure data and URL
 * building, so the unit tier (jsdom) and the e2e tier (real browsers) serve the same pages on the same hosts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const KITS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/kits');

export type KitFamily = 'microsoft' | 'github' | 'google';
export type HostKind = 'unrelated' | 'lookalike' | 'shared' | 'genuine';

export interface KitSource {
  readonly repository: string;
  readonly commit: string;
  readonly path: string;
  readonly licence: string;
}

export interface KitRecord {
  readonly file: string;
  readonly family: KitFamily;
  readonly brand: string;
  readonly source: KitSource;
}

export interface QuietRecord {
  readonly file: string;
  readonly kind: 'unprotected-brand' | 'genuine-origin' | 'ordinary';
  readonly brand?: string;
  /** Where the page is served when it has a place of its own: a provider's sign-in URL, an ordinary site. */
  readonly url?: string;
  readonly source?: KitSource;
}

interface Hosts {
  readonly unrelated: readonly string[];
  readonly shared: readonly string[];
  readonly lookalike: Readonly<Record<KitFamily, string>>;
}

export interface KitManifest {
  readonly hosts: Hosts;
  readonly kits: readonly KitRecord[];
  readonly quiet: readonly QuietRecord[];
}

/** One page at one URL: what the corpus tests load and judge. */
export interface Serving {
  /** Path of the page under test/fixtures/kits (may lead into ../pages). */
  readonly file: string;
  readonly url: string;
  readonly hostKind: HostKind;
  readonly side: 'kit' | 'quiet';
  readonly label: string;
}

export function readKitManifest(): KitManifest {
  return JSON.parse(readFileSync(join(KITS_DIR, 'manifest.json'), 'utf8')) as KitManifest;
}

export function kitHtml(file: string): string {
  return readFileSync(join(KITS_DIR, file), 'utf8');
}

function pick(list: readonly string[], index: number): string {
  const host = list[index % list.length];
  if (host === undefined) throw new Error('the manifest lists no hosts of a kind');
  return host;
}

function pathOf(file: string): string {
  return `/${file.replace(/^.*\//, '').replace(/\.html$/, '')}/`;
}

/** Every kit on an unrelated, a lookalike and a shared-hosting host; every quiet page where it belongs. */
export function servings(manifest: KitManifest): Serving[] {
  const { hosts } = manifest;
  const out: Serving[] = [];
  manifest.kits.forEach((kit, index) => {
    const path = pathOf(kit.file);
    const at = (hostKind: HostKind, host: string): Serving => ({
      file: kit.file,
      url: `https://${host}${path}`,
      hostKind,
      side: 'kit',
      label: `${kit.file} @ ${hostKind}`,
    });
    out.push(
      at('unrelated', pick(hosts.unrelated, index)),
      at('lookalike', hosts.lookalike[kit.family]),
      at('shared', pick(hosts.shared, index)),
    );
  });
  manifest.quiet.forEach((page, index) => {
    const path = pathOf(page.file);
    const at = (hostKind: HostKind, url: string): Serving => ({
      file: page.file,
      url,
      hostKind,
      side: 'quiet',
      label: `${page.file} @ ${hostKind}`,
    });
    if (page.url) out.push(at(page.kind === 'genuine-origin' ? 'genuine' : 'unrelated', page.url));
    else {
      out.push(at('unrelated', `https://${pick(hosts.unrelated, index)}${path}`));
      if (page.kind === 'unprotected-brand') out.push(at('shared', `https://${pick(hosts.shared, index)}${path}`));
    }
  });
  return out;
}
