import { describe, expect, it } from 'vitest';
import { SNAPSHOT_CAPS } from '../../../src/core/page/snapshot-caps';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import { domFrom, snapshotOf } from './fixture-dom';

const FORM = '<form><input type="email" name="email"><input type="password" name="pass"></form>';

describe('takeSnapshot: images in a sign-in card', () => {
  it.each([
    [
      'a logo over the form in a small box',
      `<div class="card"><p><img src="/img/150px-Google-favicon.png"></p>${FORM}</div>`,
      [{ label: '', hints: ['150px-google-favicon.png'] }],
    ],
    [
      'its text alternative apart from the other hints',
      `<div><img src="a.png" alt="Google" class="logo">${FORM}</div>`,
      [{ label: 'google', hints: ['a.png', 'google', 'logo'] }],
    ],
    [
      "an SVG's title as its label",
      `<div><svg class="mark"><title>Microsoft</title><rect/></svg>${FORM}</div>`,
      [{ label: 'microsoft', hints: ['mark', 'microsoft'] }],
    ],
    [
      'an image inside a link (a choice, not the card)',
      `<div><a href="/g"><img src="google-logo.svg"></a>${FORM}</div>`,
      [],
    ],
    ['an image inside a button', `<div><button><img src="google-logo.svg"></button>${FORM}</div>`, []],
    [
      'a box with more elements than a card',
      `<div><img src="google-logo.svg">${'<span>x</span>'.repeat(SNAPSHOT_CAPS.cardElements)}${FORM}</div>`,
      [],
    ],
    [
      'a box with an article of text',
      `<div><img src="google-logo.svg"><p>${'words of the article '.repeat(30)}</p>${FORM}</div>`,
      [],
    ],
    [
      'a form further up than the card levels',
      `<div>${FORM}<div><div><div><img src="google-logo.svg"></div></div></div></div>`,
      [],
    ],
    ['an image straight in the page body', `<img src="google-logo.svg">${FORM}`, []],
    ['a page with no credential field', '<div><img src="google-logo.svg"><input type="search"></div>', []],
  ])('%s', (_case, html, expected) => {
    expect(snapshotOf(html).cardImages).toEqual(expected);
  });

  it('a logo box that holds the form is the card itself, not an image in it', () => {
    expect(snapshotOf(`<div><div class="google-logo-box">${FORM}</div></div>`).cardImages).toEqual([]);
  });

  it('keeps a bounded number of card images and says so', () => {
    const images = '<img src="google-logo.svg">'.repeat(SNAPSHOT_CAPS.cardImages + 2);
    const snapshot = snapshotOf(`<div>${images}${FORM}</div>`);
    expect(snapshot.cardImages).toHaveLength(SNAPSHOT_CAPS.cardImages);
    expect(snapshot.truncated).toBe(true);
  });
});

describe('takeSnapshot: images still loading', () => {
  it('reads an image that has no height yet because it is still loading', () => {
    // jsdom loads no images: one with a source stays incomplete, as a logo does while the page is first read.
    const snapshot = snapshotOf('<img src="google-logo.svg" style="height:0;overflow:clip">');
    expect(snapshot.imageHints).toEqual(['google-logo.svg']);
  });

  it('still drops a loaded image hidden at zero size', () => {
    const doc = domFrom('<img alt="Google" style="height:0;overflow:clip">').window.document;
    // jsdom decodes no pictures: this one is given the pixels a loaded logo has.
    Object.defineProperty(doc.images[0], 'naturalWidth', { value: 120 });
    expect(takeSnapshot(doc).imageHints).toEqual([]);
  });

  it('reads an image whose file did not arrive: its size says nothing of the page', () => {
    // In jsdom an image without a source is complete and has no pixels, as a broken one is in a browser.
    expect(snapshotOf('<img alt="Google" style="height:0;overflow:clip">').imageHints).toEqual(['google']);
  });
});

describe('takeSnapshot: element names', () => {
  it('reads the ids of the elements read and the names of visible inputs, lowercased', () => {
    const snapshot = snapshotOf(
      '<div id="lightboxTemplateContainer"><form id="F1"><input type="hidden" name="PPFT" id="i0327">' +
        '<input type="email" name="loginfmt" id="i0116"><input type="submit" id="idSIButton9"></form></div>' +
        '<span id="ftrCopy">© Microsoft</span>',
    );
    expect(snapshot.markupIds).toEqual([
      'lightboxtemplatecontainer',
      'f1',
      'i0327',
      'i0116',
      'loginfmt',
      'idsibutton9',
      'ftrcopy',
    ]);
  });

  it('skips the names of hidden elements', () => {
    expect(snapshotOf('<div hidden><input id="i0118" type="password"></div>').markupIds).toEqual([]);
  });

  it('bounds each name and the list', () => {
    const long = 'x'.repeat(SNAPSHOT_CAPS.markupId * 2);
    const many = Array.from({ length: SNAPSHOT_CAPS.markupIds + 5 }, (_, index) => `<i id="n${index}"></i>`).join('');
    const snapshot = snapshotOf(`<b id="${long}"></b>${many}`);
    expect(snapshot.markupIds[0]?.length).toBeLessThanOrEqual(SNAPSHOT_CAPS.markupId + 1);
    expect(snapshot.markupIds.length).toBeLessThanOrEqual(SNAPSHOT_CAPS.markupIds);
    expect(snapshot.truncated).toBe(true);
  });

  it("keeps places for the names around a credential field below a long page's top", () => {
    const top = Array.from({ length: 200 }, (_, index) => `<div id="top${index}">item</div>`).join('');
    const snapshot = snapshotOf(
      `${top}<div>${'<p>filler</p>'.repeat(300)}</div><form><input id="i0118" type="password"></form>`,
    );
    expect(snapshot.markupIds).toContain('i0118');
  });
});
