import { describe, expect, it } from 'vitest';
import { assessPage, isImitation, scoreBranding } from '../../../src/core/detect';
import { providerById } from '../../../src/core/providers/registry';
import type { Provider } from '../../../src/core/providers/types';
import { snapshotOf } from '../page/fixture-dom';
import { AZURE_DEVOPS, GITHUB } from './fixture-providers';

function provider(id: string): Provider {
  const found = providerById(id);
  if (!found) throw new Error(`provider ${id} missing from the registry`);
  return found;
}
const GOOGLE = provider('google');
const ENTRA = provider('entra-id');

const FORM = '<form method="post"><input type="text" name="email"><input type="password" name="pass"></form>';
const card = (inside: string): string => `<title>Vote now</title><div class="card">${inside}${FORM}</div>`;
const signals = (html: string, judged: Provider): string[] => scoreBranding(snapshotOf(html), judged).signals;

describe('the logo heading a sign-in card', () => {
  it.each([
    ['a file name that is a logo hint', card('<p><img src="150px-Google-favicon-2015.png"></p>'), GOOGLE],
    ["alt text that is the provider's name alone", card('<img src="a1.png" alt="Google">'), GOOGLE],
    ['the name with a logo word in the class', card('<img src="index.jpg" alt="Google Docs" class="hd-logo">'), GOOGLE],
    ["an SVG titled with the provider's name", card('<svg><title>Microsoft</title><rect/></svg>'), ENTRA],
    ['a product of the provider with a logo word', card('<img src="onedrive-logo.png">'), ENTRA],
  ])('counts: %s', (_case, html, judged) => {
    expect(signals(html, judged)).toContain('logo:sign-in-card');
  });

  it.each([
    ['the text alternative names someone else', card('<img src="onedrive.png" alt="AOL" class="logo">'), ENTRA],
    ['the name without a logo word', card('<img src="google-pixel-9.png">'), GOOGLE],
    ["the site's own logo beside it", card('<img src="acme.svg" alt="Acme"><img src="google-logo.svg">'), GOOGLE],
    ['a payment mark among others', card('<img src="gpay.svg" alt="Google" class="pay-logo"><img alt="Visa">'), GOOGLE],
    ['an icon-only link', card('<a href="/auth/google"><img src="google-logo.svg" alt="Google"></a>'), GOOGLE],
    [
      'sign-in-with wording beside it',
      card('<div><img src="google-logo.svg"><span>Sign in with Google</span></div>'),
      GOOGLE,
    ],
    [
      'a sign-in-with button elsewhere on the page',
      `${card('<img src="google-logo.svg">')}<button>Continue with Google</button>`,
      GOOGLE,
    ],
    ["another provider's logo", card('<img src="google-logo.svg">'), ENTRA],
    ['no credential field in the box', '<div><img src="google-logo.svg"></div><div><div><div>' + FORM, GOOGLE],
  ])('does not count: %s', (_case, html, judged) => {
    expect(signals(html, judged)).not.toContain('logo:sign-in-card');
  });

  it('with the logo hint and the name it makes a plain card an imitation of Google', () => {
    const assessment = assessPage(snapshotOf(card('<p><img src="150px-Google-favicon-2015.png"></p>')), GOOGLE);
    expect(assessment.branding.imitation).toBe(true);
    expect(assessment.dangerous).toBe(true);
  });

  it('the same card with the site offering Google sign-in is not', () => {
    const html = `${card('<p><img src="150px-Google-favicon-2015.png"></p>')}<p>or sign in with Google</p>`;
    expect(assessPage(snapshotOf(html), GOOGLE).branding.imitation).toBe(false);
  });
});

describe("the genuine page's element names", () => {
  it.each([
    ['i0118', '<input type="password" id="i0118">', [ENTRA, AZURE_DEVOPS]],
    ['loginfmt', '<input type="email" name="loginfmt">', [ENTRA, AZURE_DEVOPS]],
    ['ftrcopy', '<span id="ftrCopy">footer</span>', [ENTRA, AZURE_DEVOPS]],
    ['identifierid', '<input type="email" id="identifierId">', [GOOGLE]],
    ['gaia_loginform', '<form id="gaia_loginform"><input type="password" name="Passwd"></form>', [GOOGLE]],
  ])('%s marks a copy of its provider', (id, html, owners) => {
    for (const judged of [ENTRA, AZURE_DEVOPS, GOOGLE, GITHUB]) {
      const found = signals(html, judged).includes(`markup:${id}`);
      expect(found, judged.id).toBe(owners.includes(judged));
    }
  });

  it.each([
    ['passwd', '<input type="password" name="passwd" id="Passwd">'],
    ['email', '<input type="email" id="Email" name="email">'],
    ['signin', '<button id="signIn">Sign in</button>'],
    ['lightbox', '<div id="lightbox"></div>'],
  ])('%s, a name other sites use too, marks no one', (_name, html) => {
    for (const judged of [ENTRA, GOOGLE, GITHUB])
      expect(signals(html, judged).filter((signal) => signal.startsWith('markup:'))).toEqual([]);
  });

  it('are never enough alone, however many', () => {
    const html =
      '<title>Sign in</title><form><input type="email" name="loginfmt" id="i0116">' +
      '<input type="password" id="i0118"><input type="submit" id="idSIButton9"></form><a id="ftrTerms">Terms</a>';
    expect(isImitation(scoreBranding(snapshotOf(html), ENTRA))).toBe(false);
  });

  it('with the copyright line and the name they make a page drawn as pictures an imitation', () => {
    const html =
      '<title>Sign In</title><img src="t3.png"><form><input name="userid"><input type="password" name="pass"></form>' +
      '<div id="footerLinks"><span id="ftrCopy">© 2018 Microsoft</span> <a id="ftrTerms" href="#">Terms of use</a></div>';
    const assessment = assessPage(snapshotOf(html), ENTRA);
    expect(assessment.branding.signals).toEqual(
      expect.arrayContaining(['name:microsoft', 'phrase:copyright microsoft', 'markup:ftrcopy']),
    );
    expect(assessment.dangerous).toBe(true);
  });

  it('quoted in prose or code they are not markup', () => {
    const html =
      "<title>Testing Microsoft sign-in</title><p>Microsoft's e-mail field is i0116.</p><pre><code>#i0118</code></pre>" +
      '<form><input name="username"><input type="password" name="password"></form>';
    expect(signals(html, ENTRA).filter((signal) => signal.startsWith('markup:'))).toEqual([]);
  });
});
