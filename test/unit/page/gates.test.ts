import { afterEach, describe, expect, it, vi } from 'vitest';
import { shouldWake } from '../../../src/core/page/wake-gate';
import { PROVIDER_KEYWORDS, PROVIDER_MARKUP_IDS, shouldInspect } from '../../../src/core/page/inspection-gate';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { domFrom, loadFixture, readManifest } from './fixture-dom';

const gate = (html: string, url?: string): boolean => shouldInspect(domFrom(html, url).window.document);

describe('shouldInspect (the inspection gate) on the fixture corpus (as loaded, before any dynamic change)', () => {
  it.each(readManifest().map((record) => [record.file, record] as const))('%s', (_file, record) => {
    const dom = loadFixture(record);
    const expected = record.dynamic ? record.dynamic.before.gate : record.expected.gate;
    expect(shouldInspect(dom.window.document)).toBe(expected);
    // The wake gate may say yes more often, never less.
    if (expected) expect(shouldWake(dom.window.document)).toBe(true);
  });
});

describe("shouldWake (the wake gate, the idle script's)", () => {
  const idle = (html: string, url?: string): boolean => shouldWake(domFrom(html, url).window.document);

  it.each([
    ['a blog post', '<title>My trip to Lisbon</title><h1>Lisbon</h1><p>We walked a lot.</p>'],
    ['a shop home page with a search form', '<title>Acme shop</title><form><input name="q" type="search"></form>'],
    [
      'a news page naming no provider in its title',
      '<title>Quarterly earnings</title><article><p>Microsoft revenue rose.</p></article>',
    ],
  ])('is false for %s', (_name, html) => {
    expect(idle(html)).toBe(false);
  });

  it.each([
    [
      'a newsletter form (an e-mail field)',
      '<title>Gardening weekly</title><form><input type="email" name="email"><button>Subscribe</button></form>',
    ],
    [
      'a comment form that POSTs',
      '<title>My trip to Lisbon</title><form method="POST"><textarea name="comment"></textarea></form>',
    ],
    ['a title naming a provider', '<title>Microsoft reports earnings</title><p>Revenue rose.</p>'],
  ])('says yes, where the inspection gate says no, for %s', (_name, html) => {
    expect(idle(html)).toBe(true);
    expect(gate(html)).toBe(false);
  });

  it.each([
    ['a password field', '<title>x</title><input type="password">', undefined],
    [
      'an approval path with nothing on the page',
      '<title>x</title>',
      'https://evil.example/OAuth2/v2.0/authorize?client_id=1',
    ],
  ])('says yes for %s', (_name, html, url) => {
    expect(idle(html, url)).toBe(true);
  });

  it('says yes when the page breaks its reads', () => {
    const doc = domFrom('<title>x</title>').window.document;
    vi.spyOn(doc, 'querySelector').mockImplementation(() => {
      throw new Error('hostile');
    });
    expect(shouldWake(doc)).toBe(true);
  });
});

describe('shouldInspect (the inspection gate)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['a blog post', '<title>My trip to Lisbon</title><h1>Lisbon</h1><p>We walked a lot.</p>'],
    [
      'a shop home page',
      '<title>Acme shop</title><nav><a href="/cart">Cart</a></nav><form><input name="q" type="search"></form>',
    ],
    [
      'a news page naming Microsoft',
      '<title>Microsoft reports earnings</title><article><p>Revenue rose.</p></article>',
    ],
    [
      'a newsletter form',
      '<title>Gardening weekly</title><form><input type="email" name="email"><button>Subscribe</button></form>',
    ],
    ['a cookie banner (accept only)', '<title>Recipes</title><div><button>Accept all</button></div>'],
    // An ordinary site's own sign-in: nothing the detector could call a provider's, so it is read on focus.
    [
      "a shop's sign-in form naming no provider",
      '<title>Sign in | Riverside Outfitters</title><form method="post"><h1>Sign in to Riverside Outfitters</h1>' +
        '<input type="email" name="email"><input type="password" name="password"><button>Sign in</button></form>',
    ],
    ['a bare password field', '<title>x</title><form><input type="PASSWORD"></form>'],
  ])('is false for %s', (_name, html) => {
    expect(gate(html)).toBe(false);
  });

  it.each([
    [
      'a password field in a form showing a logo file',
      '<title>x</title><div><img src="/i/ms-logo-v2.jpg"><form><input type="PASSWORD"></form></div>',
    ],
    ['a password field under a provider-named heading', '<title>x</title><h1>Outlook</h1><input type="password">'],
    [
      'a password field on a host naming a provider',
      '<title>x</title><input type="password">',
      'https://github-verify.example/',
    ],
    [
      'a password field whose favicon names a provider',
      '<title>x</title><link rel="icon" href="/google_favicon.ico"><input type="password">',
    ],
    [
      'a password field with a provider-named placeholder beside it',
      '<title>x</title><form><input placeholder="Email, phone, or Skype"><input type="password"></form>',
    ],
    [
      'an email field on a branded page',
      '<title>Sign in to your account</title><input type="email" name="loginfmt"><button>Next</button>',
    ],
    [
      'a username field with the Microsoft logo drawn inline',
      '<svg><rect fill="#F25022"/></svg><input name="username">',
    ],
    ['an approval structure', '<title>Authorize</title><button>Accept</button><button>Deny</button>'],
    ['an approval path', '<title>x</title>'],
  ])('is true for %s', (name, html, host?: string) => {
    const url = name === 'an approval path' ? 'https://evil.example/oauth2/authorize?client_id=1' : host;
    expect(gate(html, url)).toBe(true);
  });

  it.each([
    ['Sign in to your account', true],
    ['Quarterly figures', false],
  ])('looks into open shadow roots only when the title is %j → %s (focus covers the rest)', (title, expected) => {
    const dom = domFrom(`<title>${title}</title><div id="host"></div>`);
    const doc = dom.window.document;
    const root = doc.getElementById('host')?.attachShadow({ mode: 'open' });
    root?.append(Object.assign(doc.createElement('input'), { type: 'password' }));
    expect(shouldInspect(doc)).toBe(expected);
  });

  it('becomes true when a two-step flow reveals its branded password step', () => {
    const dom = domFrom('<title>Welcome</title><input type="email" id="e"><button>Next</button>');
    const doc = dom.window.document;
    expect(shouldInspect(doc)).toBe(false);
    const step = doc.createElement('form');
    step.append(
      Object.assign(doc.createElement('h2'), { textContent: 'Enter password' }),
      Object.assign(doc.createElement('input'), { type: 'password' }),
    );
    doc.body.append(step);
    expect(shouldInspect(doc)).toBe(true);
  });

  it("holds a stem for every name, logo hint and phrase the detector counts as a provider's branding", () => {
    const missing = PROVIDERS.flatMap((provider) =>
      [...provider.branding.names, ...provider.branding.logoHints, ...provider.branding.phrases].filter(
        (term) => !PROVIDER_KEYWORDS.some((stem) => term.toLowerCase().includes(stem)),
      ),
    );
    expect(missing).toEqual([]);
  });

  it("holds every id and input name of the providers' own sign-in pages, as they are spelt", () => {
    const registry = new Set(PROVIDERS.flatMap((provider) => provider.branding.markupIds));
    expect(new Set(PROVIDER_MARKUP_IDS)).toEqual(registry);
  });

  it.each([
    ['a footer id of the genuine page', '<footer><a id="ftrTerms" href="/terms">Terms</a></footer>', true],
    ["the genuine e-mail input's name", '', true],
    ['the same id in another case', '<footer><a id="FTRTERMS" href="/terms">Terms</a></footer>', false],
    ['no copied markup', '<footer><a id="terms" href="/terms">Terms</a></footer>', false],
  ])('reads an unbranded sign-in page on load when it carries %s', (_, footer, expected) => {
    const name = footer === '' ? 'loginfmt' : 'email';
    const dom = domFrom(
      `<title>Welcome</title><form><input type="email" name="${name}"><input type="password"></form>${footer}`,
    );
    expect(shouldInspect(dom.window.document)).toBe(expected);
  });

  it('forces no layout and reads no computed style', () => {
    const dom = domFrom('<title>Sign in</title><input type="email" name="login"><p>text</p>');
    const { window } = dom;
    const computed = vi.spyOn(window, 'getComputedStyle');
    const rect = vi.spyOn(window.Element.prototype, 'getBoundingClientRect');
    const innerText = vi.fn();
    Object.defineProperty(window.HTMLElement.prototype, 'innerText', { get: innerText, configurable: true });
    shouldInspect(window.document);
    expect(computed).not.toHaveBeenCalled();
    expect(rect).not.toHaveBeenCalled();
    expect(innerText).not.toHaveBeenCalled();
  });
});
