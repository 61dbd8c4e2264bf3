import { describe, expect, it } from 'vitest';
import { shouldInspect } from '../../../src/core/page/inspection-gate';
import { PANEL_TEXT_RESERVE, takeSnapshot } from '../../../src/core/page/snapshot';
import { SNAPSHOT_CAPS } from '../../../src/core/page/snapshot-caps';
import { assessPage } from '../../../src/core/detect';
import { AZURE_DEVOPS } from '../detect/fixture-providers';
import { domFrom } from './fixture-dom';

const MAX_JSON = 64 * 1024;

function inspect(doc: Document) {
  const gate = shouldInspect(doc);
  const snapshot = takeSnapshot(doc);
  const assessment = assessPage(snapshot, AZURE_DEVOPS);
  return { gate, snapshot, assessment, json: JSON.stringify(snapshot) };
}

describe('hostile markup never throws and caps hold', () => {
  it('5,000 levels of nesting', () => {
    const html = `${'<div>'.repeat(5_000)}<input type="password">Microsoft${'</div>'.repeat(5_000)}`;
    const { snapshot, json } = inspect(domFrom(html).window.document);
    expect(snapshot.passwordInputs).toBe(1);
    expect(json.length).toBeLessThan(MAX_JSON);
  }, 30_000);

  it('50,000 inputs', () => {
    // Titled as Microsoft's sign-in page, so the gate reads on to the inputs (an unbranded one waits for focus).
    const html = `<title>Sign in to your account</title><form action="https://x.example/">${'<input type="password"><input type="email">'.repeat(25_000)}</form>`;
    const { gate, snapshot, json } = inspect(domFrom(html).window.document);
    expect(gate).toBe(true);
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.passwordInputs).toBeGreaterThan(0);
    expect(snapshot.passwordInputs + snapshot.identifierInputs).toBeLessThanOrEqual(SNAPSHOT_CAPS.nodes);
    expect(snapshot.forms.length).toBeLessThanOrEqual(SNAPSHOT_CAPS.forms);
    expect(json.length).toBeLessThan(MAX_JSON);
  }, 30_000);

  it('huge attributes, text and titles', () => {
    const big = 'Ｍ\u200b'.repeat(300_000);
    const html = `<title>${big}</title><img alt="${big}" src="${big}.svg" class="logo ${big}"><input type="password" placeholder="${big}">
      <form action="https://x.example/${big}"><input type="password"></form><h1>${big}</h1><p>https://login.microsoftonline.com/${'a'.repeat(50_000)}</p>`;
    const { snapshot, json } = inspect(domFrom(html).window.document);
    expect(snapshot.title.length).toBeLessThanOrEqual(SNAPSHOT_CAPS.sample);
    expect(json.length).toBeLessThan(MAX_JSON);
  }, 30_000);

  it('many distinct samples fill every list to its cap and no further', () => {
    const rows = Array.from(
      { length: 3_000 },
      (_, index) =>
        `<h2>heading ${index}</h2><h3>subheading ${index}</h3><label>label ${index}</label><li>item ${index}</li>` +
        [1, 2, 3, 4, 5].map((button) => `<button>action ${index}.${button}</button>`).join('') +
        `<img alt="alt ${index}" src="logo-${index}.png"><span title="title ${index}">text ${index}</span>` +
        `<div>https://host${index}.example.com/path</div><form action="https://f${index}.example/"><input type="password"></form>`,
    ).join('');
    const { snapshot, json } = inspect(domFrom(rows).window.document);
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.headings).toHaveLength(SNAPSHOT_CAPS.headings);
    expect(snapshot.actions).toHaveLength(SNAPSHOT_CAPS.actions);
    // Every password field here sits in the top region already read, so the panels' reserve stays unused.
    expect(snapshot.uiText).toHaveLength(SNAPSHOT_CAPS.uiText - PANEL_TEXT_RESERVE);
    expect(snapshot.fakeAddressBars.length).toBeLessThanOrEqual(SNAPSHOT_CAPS.addressBars);
    expect(snapshot.upperText.length).toBeLessThanOrEqual(SNAPSHOT_CAPS.upperText);
    expect(json.length).toBeLessThan(MAX_JSON);
  }, 30_000);

  it('broken HTML', () => {
    const html =
      '<div><form action=><input type=password <p>unclosed <b><i>Micro</b>soft</i></table></td><svg><rect fill="#f25022"><foreignObject><input type="email"></svg><!-- <input type="password">';
    expect(() => inspect(domFrom(html).window.document)).not.toThrow();
  });

  it('prototype-polluting attribute and element names', () => {
    const html = `<div __proto__="x" constructor="y" hasOwnProperty="z" toString="w"><form __proto__="a" action="__proto__">
      <input name="__proto__" type="password"><input name="constructor" id="toString" type="email"></form></div>
      <__proto__>Microsoft</__proto__><constructor>x</constructor>`;
    const { snapshot } = inspect(domFrom(html).window.document);
    expect(snapshot.passwordInputs).toBe(1);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(snapshot)).toBe(Object.prototype);
  });

  it('getters that throw do not escape', () => {
    const doc = domFrom('<form><input type="password"></form><div id="bad">x</div>').window.document;
    const bad = doc.getElementById('bad');
    if (bad)
      Object.defineProperty(bad, 'shadowRoot', {
        get: () => {
          throw new Error('hostile');
        },
      });
    const snapshot = takeSnapshot(doc);
    expect(snapshot.hasPassword).toBe(true);
    expect(snapshot.truncated).toBe(true);
    expect(() => shouldInspect(doc)).not.toThrow();
  });

  it('an empty document and a document without body', () => {
    const doc = domFrom('').window.document;
    doc.documentElement.remove();
    expect(() => inspect(doc)).not.toThrow();
    expect(takeSnapshot(doc).hasPassword).toBe(false);
  });
});
