import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { shouldWake } from '../../../src/core/page/wake-gate';
import { inputType, isIdentifierInput } from '../../../src/core/page/page-vocabulary';
import { shouldInspect } from '../../../src/core/page/inspection-gate';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { createEvaluationContext, evaluateFrame } from '../../../src/core/verdict/evaluate';
import type { Verdict } from '../../../src/core/verdict/types';
import { kitHtml, readKitManifest, servings, type Serving } from '../../support/kit-corpus';

/** Regression floor for the kits (the measured rate, raised as detection improves), and the quiet side's allowance. */
const MIN_DETECTION = 0.97;
const MAX_FALSE_POSITIVES = 0;

const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string }) => { window: Window };
};
const context = createEvaluationContext(PROVIDERS);

interface Outcome {
  readonly serving: Serving;
  /** The content script's verdict as the page loads: the full gate passes and the page is judged dangerous. */
  readonly onLoad: Verdict | null;
  /** The verdict once the user focuses the page's first credential field, before the first keystroke. */
  readonly beforeTyping: Verdict | null;
}

/** The field a user would click into first: a password input, else a username/email input. */
function firstCredentialField(doc: Document): HTMLInputElement | null {
  const inputs = Array.from(doc.getElementsByTagName('input'));
  return (
    inputs.find((input) => inputType(input) === 'password') ?? inputs.find((input) => isIdentifierInput(input)) ?? null
  );
}

function judge(serving: Serving): Outcome {
  const doc = new JSDOM(kitHtml(serving.file), { url: serving.url }).window.document;
  const evaluate = (anchors: Element[]): Verdict =>
    evaluateFrame(
      { url: serving.url, isTop: true, topUrl: serving.url, snapshot: takeSnapshot(doc, anchors) },
      context,
    );
  const gated = shouldWake(doc) && shouldInspect(doc);
  const field = firstCredentialField(doc);
  return {
    serving,
    onLoad: gated ? evaluate([]) : null,
    beforeTyping: gated || field ? evaluate(field ? [field] : []) : null,
  };
}

const warns = (verdict: Verdict | null): boolean => verdict?.level === 'danger';
/** On the quiet side any verdict that names a protected provider is a false positive, not only a danger. */
const namesProvider = (verdict: Verdict | null): boolean => verdict !== null && verdict.providerId !== null;

function rate(part: number, whole: number): string {
  return `${((part / Math.max(whole, 1)) * 100).toFixed(1)}% (${part}/${whole})`;
}

const outcomes = servings(readKitManifest()).map(judge);
const kits = outcomes.filter((outcome) => outcome.serving.side === 'kit');
const quiet = outcomes.filter((outcome) => outcome.serving.side === 'quiet');

describe('phishing-kit corpus (test/fixtures/kits)', () => {
  it('holds at least 30 kits, each on three hosts, and at least 30 quiet pages', () => {
    const manifest = readKitManifest();
    expect(manifest.kits.length).toBeGreaterThanOrEqual(30);
    expect(manifest.quiet.length).toBeGreaterThanOrEqual(30);
    expect(kits.length).toBe(manifest.kits.length * 3);
  });

  it(`warns on at least ${MIN_DETECTION * 100}% of kit servings, on every kind of host`, () => {
    const lines: string[] = [];
    for (const kind of ['unrelated', 'lookalike', 'shared'] as const) {
      const served = kits.filter((outcome) => outcome.serving.hostKind === kind);
      lines.push(
        `  ${kind.padEnd(9)} on load ${rate(served.filter((o) => warns(o.onLoad)).length, served.length)}, before typing ${rate(served.filter((o) => warns(o.beforeTyping)).length, served.length)}`,
      );
    }
    for (const family of ['microsoft', 'github', 'google'] as const) {
      const served = kits.filter((outcome) =>
        readKitManifest().kits.some((kit) => kit.file === outcome.serving.file && kit.family === family),
      );
      lines.push(
        `  ${family.padEnd(9)} on load ${rate(served.filter((o) => warns(o.onLoad)).length, served.length)}, before typing ${rate(served.filter((o) => warns(o.beforeTyping)).length, served.length)}`,
      );
    }
    const onLoad = kits.filter((o) => warns(o.onLoad)).length;
    const beforeTyping = kits.filter((o) => warns(o.beforeTyping)).length;
    const missed = kits
      .filter((o) => !warns(o.onLoad))
      .map((o) => `  missed on load: ${o.serving.label}${warns(o.beforeTyping) ? ' (warned on focus)' : ''}`);
    console.log(
      [
        `kit corpus: detection on load ${rate(onLoad, kits.length)}, before the first keystroke ${rate(beforeTyping, kits.length)}`,
        ...lines,
        ...missed,
      ].join('\n'),
    );
    expect(onLoad / kits.length).toBeGreaterThanOrEqual(MIN_DETECTION);
    expect(beforeTyping / kits.length).toBeGreaterThanOrEqual(MIN_DETECTION);
  });

  it('names no protected provider on any quiet page', () => {
    const flagged = quiet.filter((o) => namesProvider(o.onLoad) || namesProvider(o.beforeTyping));
    console.log(
      [
        `kit corpus: false positives ${rate(flagged.length, quiet.length)} of quiet servings`,
        ...flagged.map(
          (o) =>
            `  false positive: ${o.serving.label} → ${o.beforeTyping?.providerId ?? o.onLoad?.providerId ?? ''} ${o.beforeTyping?.level ?? ''}`,
        ),
      ].join('\n'),
    );
    expect(flagged.map((o) => o.serving.label)).toEqual([]);
    expect(flagged.length).toBeLessThanOrEqual(MAX_FALSE_POSITIVES);
  });
});
