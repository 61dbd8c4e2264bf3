import { describe, expect, it } from 'vitest';
import {
  assessPage,
  brandingInUpperPortion,
  detectCredentialAsk,
  detectFakeWindow,
  hasConsentStructure,
  IMITATION_THRESHOLD,
  isImitation,
  scoreBranding,
  skeleton,
} from '../../../src/core/detect';
import { snapshotOf } from '../page/fixture-dom';
import { AZURE_DEVOPS, GITHUB } from './fixture-providers';
import { inEnglish } from '../support/i18n';

const SIGN_IN_HOSTS = AZURE_DEVOPS.signInOrigins;

describe('skeleton', () => {
  it.each([
    ['Мicrosoft', 'microsoft'],
    ['мicrosoft', 'microsoft'],
    ['Місrоsоft', 'microsoft'],
    ['Ａｚｕｒｅ DevOps', 'azure devops'],
    ['Mi\u200bcrosoft', 'microsoft'],
    ['rnicrosoft', 'microsoft'],
    ['Micr0soft', 'microsoft'],
    ['GіtНub', 'github'],
  ])('%j folds to %j', (raw, expected) => {
    expect(skeleton(raw)).toBe(expected);
  });

  it('leaves ordinary ASCII text readable', () => {
    expect(skeleton('Office 365 team 1')).toBe('office 365 team 1');
  });
});

describe('scoreBranding', () => {
  it('a single keyword is never enough', () => {
    const result = scoreBranding(
      snapshotOf('<title>Microsoft</title><form><input type="password"></form>'),
      AZURE_DEVOPS,
    );
    expect(result.score).toBeLessThan(IMITATION_THRESHOLD);
    expect(isImitation(result)).toBe(false);
  });

  it('a docs page naming the product in title, headings and prose stays below the threshold', () => {
    const prose =
      'When you sign in to Azure DevOps the page says Sign in to continue to Azure DevOps and asks for your work or school account. '.repeat(
        2,
      );
    const html = `<title>Sign in to Azure DevOps - Docs</title><h1>Azure DevOps sign in</h1><h2>Microsoft Entra</h2><p>${prose}</p><p>${prose}</p><p>${prose}</p>`;
    const result = scoreBranding(snapshotOf(html), AZURE_DEVOPS);
    expect(isImitation(result)).toBe(false);
  });

  it('names, phrases and logo together make an imitation', () => {
    const html =
      '<title>Sign in to your account</title><img src="/microsoft_logo.svg" alt="Microsoft"><h1>Sign in</h1><a href="#">Can\'t access your account?</a>';
    const result = scoreBranding(snapshotOf(html), AZURE_DEVOPS);
    expect(isImitation(result)).toBe(true);
    expect(result.signals).toEqual(
      expect.arrayContaining(['name:microsoft', "phrase:can't access your account?", 'logo-hint:microsoft_logo']),
    );
  });

  it('homoglyph and split brand names still count', () => {
    const html = '<h1>Ѕign in to <span>Mi</span><span>cro</span>soft</h1><p>Pick an аccount</p>';
    expect(scoreBranding(snapshotOf(html), AZURE_DEVOPS).signals).toEqual(
      expect.arrayContaining(['name:microsoft@title-or-heading', 'phrase:pick an account']),
    );
  });

  it('sign-in-with buttons and captions do not brand the page', () => {
    const html = `<h1>Log in to Acme</h1><p>or sign in with Microsoft</p>
      <button><svg><rect fill="#f25022"/><rect fill="#7fba00"/><rect fill="#00a4ef"/><rect fill="#ffb900"/></svg>Continue with Microsoft</button>
      <a href="/sso" class="btn"><img src="ms-logo.svg" alt="">Sign in with your Microsoft account</a>
      <form><input type="email"><input type="password"></form>`;
    const snapshot = snapshotOf(html);
    const assessment = assessPage(snapshot, AZURE_DEVOPS);
    expect(assessment.branding.score).toBe(0);
    expect(assessment.ssoButtons).toEqual(['continue with microsoft', 'sign in with your microsoft account']);
    expect(assessment.dangerous).toBe(false);
  });
});

describe('brandingInUpperPortion', () => {
  it('is true for a header naming the product and false when only the footer does', () => {
    const filler = Array.from({ length: 40 }, (_, index) => `<div>row ${index}</div>`).join('');
    expect(brandingInUpperPortion(snapshotOf(`<header>Azure DevOps</header>${filler}`), AZURE_DEVOPS)).toBe(true);
    expect(
      brandingInUpperPortion(
        snapshotOf(`<header>Authorize</header>${filler}<footer>Azure DevOps</footer>`),
        AZURE_DEVOPS,
      ),
    ).toBe(false);
  });

  it('accepts a logo hint in the upper portion', () => {
    expect(brandingInUpperPortion(snapshotOf('<svg class="vss-logo"></svg>'), AZURE_DEVOPS)).toBe(true);
    expect(brandingInUpperPortion(snapshotOf('<svg class="vss-logo"></svg>'), GITHUB)).toBe(false);
  });
});

describe('detectCredentialAsk', () => {
  it.each([
    [
      'password',
      '<form action="https://evil.example/c"><input type="password"></form>',
      { asks: true, kind: 'password', postsElsewhere: true },
    ],
    [
      'two-step',
      '<form><input type="email" name="loginfmt"><button>Next</button></form>',
      { asks: true, kind: 'two-step-email', postsElsewhere: false },
    ],
    [
      'newsletter',
      '<form action="https://list.example/s"><input type="email"><button>Subscribe</button></form>',
      { asks: false, kind: 'none', postsElsewhere: false },
    ],
    [
      'search',
      '<form><input type="search" name="q"><button>Search</button></form>',
      { asks: false, kind: 'none', postsElsewhere: false },
    ],
  ])('%s', (_name, html, expected) => {
    expect(detectCredentialAsk(snapshotOf(html, 'https://page.example/'))).toEqual(expected);
  });
});

describe('detectFakeWindow', () => {
  const window = (url: string, extra = '') =>
    `<div style="position:fixed;top:40px"><div>🔒 ${url}</div><form><input type="email"><input type="password"></form>${extra}</div>`;

  it('finds a provider sign-in URL drawn above a credential form', () => {
    expect(
      detectFakeWindow(
        snapshotOf(window('https://login.microsoftonline.com/common/oauth2/v2.0/authorize')),
        SIGN_IN_HOSTS,
      ),
    ).toEqual({
      found: true,
      shownUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    });
  });

  it('accepts the scheme-less form address bars display', () => {
    expect(detectFakeWindow(snapshotOf(window('login.live.com/oauth20_authorize.srf')), SIGN_IN_HOSTS).found).toBe(
      true,
    );
  });

  it('accepts a read-only input used as the address bar', () => {
    const html =
      '<div style="position:absolute;top:0"><input readonly value="https://login.microsoftonline.com/"><input type="password"></div>';
    expect(detectFakeWindow(snapshotOf(html), SIGN_IN_HOSTS).found).toBe(true);
  });

  it.each([
    ['another host', window('https://login.example.net/common')],
    ['a lookalike host', window('https://login.microsoftonline.com.evil.example/common')],
    ['prose', '<p>Go to https://login.microsoftonline.com/common to sign in.</p><form><input type="password"></form>'],
    [
      'no credential input nearby',
      '<div style="position:fixed"><div>https://login.microsoftonline.com/common</div></div>',
    ],
  ])('ignores %s', (_name, html) => {
    expect(detectFakeWindow(snapshotOf(html), SIGN_IN_HOSTS).found).toBe(false);
  });
});

describe('hasConsentStructure', () => {
  const page = (buttons: string, list: string) =>
    `<h1>Authorize application</h1><p>If you accept, this application will be able to:</p>${list}<form>${buttons}</form>`;

  it('needs approve and deny actions plus a permissions list or wording', () => {
    const list = '<ul><li>Code (read)</li><li>Build (read)</li></ul>';
    expect(
      hasConsentStructure(snapshotOf(page('<button>Accept</button><button>Deny</button>', list)), AZURE_DEVOPS),
    ).toBe(true);
    expect(hasConsentStructure(snapshotOf(page('<button>Accept</button>', list)), AZURE_DEVOPS)).toBe(false);
    expect(
      hasConsentStructure(
        snapshotOf('<button>Accept all</button><button>Reject</button><ul><li>Home</li><li>Shop</li></ul>'),
        AZURE_DEVOPS,
      ),
    ).toBe(false);
  });

  it('uses the provider wording', () => {
    const html =
      '<p>Pipeline App wants to access your account</p><ul><li>repo</li><li>user</li></ul><button>Authorize app</button><button>Cancel</button>';
    expect(hasConsentStructure(snapshotOf(html), GITHUB)).toBe(true);
  });
});

describe('assessPage', () => {
  it('explains a danger in plain words', () => {
    const html = `<title>Sign in to your account</title><svg><rect fill="#f25022"/><rect fill="#7fba00"/><rect fill="#00a4ef"/><rect fill="#ffb900"/></svg>
      <h1>Sign in</h1><form action="https://collector.example/p"><input type="email" placeholder="Email, phone, or Skype"><input type="password"></form>`;
    const assessment = assessPage(snapshotOf(html, 'https://phish.example/'), AZURE_DEVOPS);
    expect(assessment.dangerous).toBe(true);
    expect(assessment.reasons.map(inEnglish)).toEqual([
      "This page looks like Microsoft sign-in and asks for your Microsoft password. Only Microsoft's own sign-in pages ask for it.",
      'What you type here would be sent to another website.',
    ]);
  });

  it('says nothing on an ordinary page', () => {
    const assessment = assessPage(snapshotOf('<h1>Recipes</h1><p>Soup</p>'), AZURE_DEVOPS);
    expect(assessment.dangerous).toBe(false);
    expect(assessment.reasons.map(inEnglish)).toEqual([]);
  });
});
