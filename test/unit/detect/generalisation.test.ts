import { describe, expect, it } from 'vitest';
import { detectCredentialAsk } from '../../../src/core/detect';
import { shouldInspect } from '../../../src/core/page/inspection-gate';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { createEvaluationContext, evaluateFrame } from '../../../src/core/verdict/evaluate';
import { domFrom } from '../page/fixture-dom';

const context = createEvaluationContext(PROVIDERS);
const HOST = 'https://shared-files-77.netlify.app/view/';

/** The product's verdict for markup served on an unrelated host: level and the provider it names. */
function verdictOf(html: string, url = HOST): { level: string; provider: string | null } {
  const doc = domFrom(html, url).window.document;
  const verdict = evaluateFrame({ url, isTop: true, topUrl: url, snapshot: takeSnapshot(doc) }, context);
  return { level: verdict.level, provider: verdict.providerId };
}

const gate = (html: string): boolean => shouldInspect(domFrom(html, HOST).window.document);

const ZWSP = '\u200B';
const ZWJ = '\u200D';
const RLO = '\u202E';
const PDF = '\u202C';

describe('Google as a full provider', () => {
  it.each([
    [
      'identifier-first, "Sign in" and "with your Google Account" in separate elements',
      '<title>Gmail</title><h1>Sign in</h1><div>with your Google Account</div><input type="email" aria-label="Email or phone"><a>Forgot email?</a><button>Next</button>',
    ],
    [
      'the older one-page form',
      '<title>Gmail</title><h1>One account. All of Google.</h1><img alt="Google" src="google.png"><input type="email" name="Email"><input type="password" name="Passwd"><p>One Google Account for everything Google</p>',
    ],
    [
      'a password step with a Google logo file and "to continue to Gmail"',
      '<title>Document</title><img src="./google_PNG19644.png" alt="logo"><p>Welcome</p><p>to continue to Gmail</p><input type="password"><p>Enter your password</p><button>Next</button>',
    ],
  ])('warns, naming Google, on %s', (_name, html) => {
    expect(verdictOf(html)).toEqual({ level: 'danger', provider: 'google' });
  });

  it.each([
    [
      'a third party offering "Sign in with Google"',
      '<title>Taskboard</title><h1>Log in to Taskboard</h1><input type="email" name="email"><input type="password"><button>Log in</button><button>Sign in with Google</button>',
    ],
    [
      'a Gmail tips article with a newsletter form',
      '<title>Ten Gmail tips</title><h1>Ten Gmail tips</h1><p>Gmail can snooze mail, schedule sending and more; here is how to use each feature well in your daily routine at work.</p><p>Google keeps adding features to it, so we update this list every few months with new shortcuts and settings.</p><p>Sign up below to get the next list by email as soon as it is out, with screenshots for every step.</p><input type="email" name="email"><button>Subscribe</button>',
    ],
  ])('stays quiet on %s', (_name, html) => {
    expect(verdictOf(html).provider).toBeNull();
  });
});

describe('brand and title text normalised against hiding tricks', () => {
  const FORM =
    '<input type="email" name="loginfmt" placeholder="Email, phone, or Skype"><input type="password" name="passwd"><button>Sign in</button>';
  it.each([
    [
      'zero-width characters inside the brand and the title',
      `<title>S${ZWSP}ign in to Azure${ZWJ} Dev${ZWSP}Ops</title><h1>Azure Dev${ZWSP}Ops</h1><div>Microsoft</div>${FORM}`,
    ],
    [
      'a right-to-left override spelling the title and the brand backwards',
      `<title>${RLO}spOveD eruzA ot ni ngiS${PDF}</title><h1>${RLO}tfosorciM${PDF}</h1><p>Work or school account</p>${FORM}`,
    ],
    [
      '"Microsoft" split across two elements',
      `<title>Sign in to your account</title><div><div>Micro</div><div>soft</div></div><p>Pick an account</p>${FORM}`,
    ],
  ])('warns on %s', (_name, html) => {
    expect(gate(html)).toBe(true);
    expect(verdictOf(html).level).toBe('danger');
  });
});

describe('a copyright line naming the provider', () => {
  it('counts as the provider claiming the page', () => {
    const html =
      '<title>Sign In</title><input type="text" name="userid" placeholder="Email, Phone or Skype"><input type="password" name="pass"><input type="image" src="images/logn.png"><footer><span>© 2018 Microsoft</span><a>Terms of use</a></footer>';
    expect(verdictOf(html).level).toBe('danger');
  });

  it("says nothing when the line names the page's own company", () => {
    const html =
      '<title>Log in</title><h1>Log in to Taskboard</h1><input type="email" name="email"><input type="password"><button>Log in</button><button>Sign in with Microsoft</button><footer>© 2024 Taskboard Ltd</footer>';
    expect(verdictOf(html).provider).toBeNull();
  });
});

describe('credential fields kits disguise', () => {
  it('counts a text box named as a password as a password field', () => {
    const snapshot = takeSnapshot(
      domFrom('<form><input type="text" name="password" placeholder="Enter your password"><button>Next</button></form>')
        .window.document,
    );
    expect(detectCredentialAsk(snapshot).kind).toBe('password');
  });

  it('reads an image button by its picture as a Next step', () => {
    const snapshot = takeSnapshot(
      domFrom('<form><input name="userid" type="text"><input type="image" src="images/continue.png"></form>').window
        .document,
    );
    expect(detectCredentialAsk(snapshot).kind).toBe('two-step-email');
  });

  it('leaves a passport-number field alone', () => {
    const snapshot = takeSnapshot(
      domFrom('<form><input type="text" name="passport_no"><button>Next</button></form>').window.document,
    );
    expect(detectCredentialAsk(snapshot).kind).toBe('none');
  });
});

describe('the gate reads the form around a username field', () => {
  it('inspects a neutral page whose sign-in form carries the branding', () => {
    expect(
      gate(
        '<title>Document shared with you</title><h1>Quarterly report.pdf</h1><form><img class="microsoft-logo" src="logo.png" alt=""><p>Azure DevOps</p><input type="email" name="email"><button>Next</button></form>',
      ),
    ).toBe(true);
  });

  it('passes over a newsletter form', () => {
    expect(
      gate(
        '<title>Gardening weekly</title><h1>Grow more</h1><form><p>Our best tips every Friday.</p><input type="email" name="email"><button>Subscribe</button></form>',
      ),
    ).toBe(false);
  });
});
