import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import type { PageSnapshot } from '../../../src/core/page/snapshot-types';

/** The part of jsdom's API these tests use (the package ships no type declarations). */
export interface JsdomPage {
  readonly window: Window & typeof globalThis;
}
interface JsdomOptions {
  readonly url?: string;
  readonly runScripts?: 'dangerously' | 'outside-only';
  readonly pretendToBeVisual?: boolean;
}
type JsdomConstructor = new (html: string, options?: JsdomOptions) => JsdomPage;

const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

/** A jsdom page from markup, scripts not run. */
export function domFrom(html: string, url = 'https://page.example/'): JsdomPage {
  return new JSDOM(html, { url });
}

export const PAGES_DIR = join(import.meta.dirname, '../../fixtures/pages');

export type Category = 'phishing' | 'legit' | 'approval';
export type AskKind = 'password' | 'two-step-email' | 'none';

export interface Expected {
  readonly gate: boolean;
  readonly imitation: boolean;
  readonly credentialAsk: AskKind;
  readonly postsElsewhere: boolean;
  readonly fakeWindow: boolean;
  readonly consentStructure: boolean;
  readonly brandingUpper: boolean;
  readonly dangerous: boolean;
}

/** How the page changes after load, for the tiers that run its scripts. */
export interface Dynamic {
  readonly kind: 'timeout' | 'click';
  /** For `click`: what to click (after typing an address into the page's email field). */
  readonly selector?: string;
  readonly waitMs: number;
  /** What the detectors say before the change. */
  readonly before: Expected;
}

export interface FixtureRecord {
  readonly file: string;
  readonly category: Category;
  readonly imitates: string;
  readonly provider: string;
  readonly host: string;
  readonly path: string;
  readonly expected: Expected;
  readonly expectedBadge: '!' | 'OK' | '?' | '';
  readonly dynamic?: Dynamic;
  readonly notes?: string;
  /** The e2e tier focuses the page's credential field before judging it (see the manifest's fields). */
  readonly focusFirst?: boolean;
}

export function readManifest(): FixtureRecord[] {
  const manifest = JSON.parse(readFileSync(join(PAGES_DIR, 'manifest.json'), 'utf8')) as { fixtures: FixtureRecord[] };
  return manifest.fixtures;
}

/** Takes a snapshot of markup (scripts not run). */
export function snapshotOf(html: string, url?: string): PageSnapshot {
  return takeSnapshot(domFrom(html, url).window.document);
}

export function fixtureHtml(file: string): string {
  return readFileSync(join(PAGES_DIR, file), 'utf8');
}

/** The fixture in a jsdom window at its e2e URL, its own (inline, local) scripts running. */
export function loadFixture(record: Pick<FixtureRecord, 'file' | 'host' | 'path'>): JsdomPage {
  return new JSDOM(fixtureHtml(record.file), {
    url: `https://${record.host}${record.path}`,
    runScripts: 'dangerously',
    pretendToBeVisual: false,
  });
}

/** Plays the fixture's change (a click on Next, or waiting for the injected form). */
export async function playDynamic(dom: JsdomPage, dynamic: Dynamic): Promise<void> {
  const doc = dom.window.document;
  if (dynamic.kind === 'click' && dynamic.selector) {
    const email = doc.querySelector('input[type=email]');
    if (email) email.setAttribute('value', 'someone@contoso.example');
    doc.querySelector<HTMLElement>(dynamic.selector)?.click();
  }
  await new Promise((resolve) => setTimeout(resolve, dynamic.waitMs));
}
