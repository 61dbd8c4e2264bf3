import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../src/background/badge';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import { SNAPSHOT_CAPS } from '../../../src/core/page/snapshot-caps';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { createEvaluationContext, evaluateFrame } from '../../../src/core/verdict/evaluate';
import { type FixtureRecord, loadFixture, playDynamic, readManifest } from '../page/fixture-dom';
import { inEnglish } from '../support/i18n';

// The snapshot reads the top of a page and the panels around its credential fields, not every node. These
// cases put each saved page inside an ordinary 10,000-node page (a news site's article list), before or after
// its own content, and ask for the same badge: a kit buried at the bottom of a long page is still a kit, and
// a genuine page with a long page around it is still genuine.

const CARDS = 750;
const context = createEvaluationContext(PROVIDERS);

function articleList(doc: Document): HTMLElement {
  const element = (tag: string, text?: string): HTMLElement =>
    Object.assign(doc.createElement(tag), text === undefined ? {} : { textContent: text });
  const list = element('section');
  for (let index = 0; index < CARDS; index += 1) {
    const card = element('article');
    card.className = 'card';
    const tags = element('ul');
    tags.append(element('li', 'local'), element('li', 'harbour'));
    card.append(
      element('h3', `Story ${index} from the harbour`),
      element('p', `Residents met on day ${index} to talk about the season.`),
      tags,
    );
    list.append(card);
  }
  return list;
}

function badgeAt(doc: Document, record: FixtureRecord): string {
  const url = `https://${record.host}${record.path}`;
  // As the content script does when a field gets focus: the focused field is read whatever its depth.
  const anchors = record.focusFirst ? fieldsInShadowRoots(doc) : [];
  const verdict = evaluateFrame({ url, isTop: true, topUrl: url, snapshot: takeSnapshot(doc, anchors) }, context);
  return badgeFor(
    verdict.level,
    inEnglish(verdict.headline),
    verdict.kind === 'approval' || verdict.kind === 'device-code',
  ).text;
}

async function pageWithList(record: FixtureRecord, where: 'before' | 'after'): Promise<Document> {
  const dom = loadFixture(record);
  if (record.dynamic) await playDynamic(dom, record.dynamic);
  const doc = dom.window.document;
  if (where === 'before') doc.body.prepend(articleList(doc));
  else doc.body.append(articleList(doc));
  return doc;
}

function fieldsInShadowRoots(doc: Document): Element[] {
  return [...doc.querySelectorAll('*')]
    .flatMap((host) => [...(host.shadowRoot?.querySelectorAll('input') ?? [])])
    .slice(0, 1);
}

const records = readManifest();

describe('saved pages inside a 10,000-node page', () => {
  it('the filler really is larger than everything the snapshot may read', async () => {
    const doc = await pageWithList(records[0] as FixtureRecord, 'after');
    expect(doc.getElementsByTagName('*').length * 2).toBeGreaterThan(SNAPSHOT_CAPS.nodes * 5);
  });

  it.each(records.map((record) => [record.file, record] as const))(
    '%s, the list after it: same badge',
    async (_file, record) => {
      expect(badgeAt(await pageWithList(record, 'after'), record)).toBe(record.expectedBadge);
    },
  );

  // A genuine approval page has its branding at the top; with an article list above it, "caution" is right.
  it.each(records.filter((record) => record.category !== 'approval').map((record) => [record.file, record] as const))(
    '%s, the list before it: same badge',
    async (_file, record) => {
      expect(badgeAt(await pageWithList(record, 'before'), record)).toBe(record.expectedBadge);
    },
  );
});
