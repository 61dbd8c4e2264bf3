import { describe, expect, it } from 'vitest';
import { assessPage, type PageAssessment } from '../../../src/core/detect';
import { shouldInspect } from '../../../src/core/page/inspection-gate';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import type { Provider } from '../../../src/core/providers/types';
import { type Expected, type FixtureRecord, loadFixture, playDynamic, readManifest } from '../page/fixture-dom';
import { TEST_PROVIDERS } from './fixture-providers';
import { badgeFor } from '../../../src/background/badge';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { createEvaluationContext, evaluateFrame } from '../../../src/core/verdict/evaluate';
import { inEnglish } from '../support/i18n';

const manifest = readManifest();

function providerFor(record: FixtureRecord): Provider {
  const found = TEST_PROVIDERS.find((candidate) => candidate.id === record.provider);
  if (!found) throw new Error(`unknown provider ${record.provider}`);
  return found;
}

function observed(doc: Document, provider: Provider): { result: Expected; assessment: PageAssessment } {
  const assessment = assessPage(takeSnapshot(doc), provider);
  return {
    assessment,
    result: {
      gate: shouldInspect(doc),
      imitation: assessment.branding.imitation,
      credentialAsk: assessment.credentialAsk.kind,
      postsElsewhere: assessment.credentialAsk.postsElsewhere,
      fakeWindow: assessment.fakeWindow.found,
      consentStructure: assessment.consentStructure,
      brandingUpper: assessment.branding.upper,
      dangerous: assessment.dangerous,
    },
  };
}

const context = createEvaluationContext(PROVIDERS);

/** The product's own verdict for the page at its host, as the toolbar badge would show it. */
function badgeAt(doc: Document, record: FixtureRecord): string {
  const url = `https://${record.host}${record.path}`;
  const verdict = evaluateFrame({ url, isTop: true, topUrl: url, snapshot: takeSnapshot(doc) }, context);
  return badgeFor(
    verdict.level,
    inEnglish(verdict.headline),
    verdict.kind === 'approval' || verdict.kind === 'device-code',
  ).text;
}

async function finalDocument(record: FixtureRecord): Promise<Document> {
  const dom = loadFixture(record);
  if (record.dynamic) await playDynamic(dom, record.dynamic);
  return dom.window.document;
}

describe('detectors on each fixture (manifest table)', () => {
  it.each(manifest.map((record) => [record.file, record] as const))('%s', async (_file, record) => {
    const provider = providerFor(record);
    const dom = loadFixture(record);
    if (record.dynamic) {
      expect(observed(dom.window.document, provider).result, 'before the page changes').toEqual(record.dynamic.before);
      await playDynamic(dom, record.dynamic);
    }
    const { result, assessment } = observed(dom.window.document, provider);
    expect(result).toEqual(record.expected);
    expect(assessment.reasons.length > 0).toBe(assessment.dangerous);
  });
});

describe('corpus rates (the verdict the extension shows)', () => {
  it.each(manifest.map((record) => [record.file, record.expectedBadge, record] as const))(
    '%s at its host gets badge %j',
    async (_file, _badge, record) => {
      expect(badgeAt(await finalDocument(record), record)).toBe(record.expectedBadge);
    },
  );

  it('detects every phishing page and warns on no legitimate one', async () => {
    let phishing = 0;
    let detected = 0;
    let legit = 0;
    let falsePositives = 0;
    const misses: string[] = [];
    for (const record of manifest) {
      const warned = badgeAt(await finalDocument(record), record) === '!';
      if (record.category === 'approval') continue;
      if (record.category === 'phishing') {
        phishing += 1;
        if (warned) detected += 1;
        else misses.push(`missed ${record.file}`);
      } else {
        legit += 1;
        if (warned) {
          falsePositives += 1;
          misses.push(`false positive ${record.file}`);
        }
      }
    }
    const detection = detected / phishing;
    const falsePositiveRate = falsePositives / legit;
    console.log(
      `page corpus: detection ${(detection * 100).toFixed(1)}% (${detected}/${phishing}), false positives ${(falsePositiveRate * 100).toFixed(1)}% (${falsePositives}/${legit})`,
    );
    expect(misses).toEqual([]);
    expect(detection).toBe(1);
    expect(falsePositiveRate).toBe(0);
  }, 30_000);
});
