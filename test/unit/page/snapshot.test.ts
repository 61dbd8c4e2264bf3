import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import { domFrom, snapshotOf } from './fixture-dom';

describe('takeSnapshot: text', () => {
  it('joins text split across inline elements and separates blocks', () => {
    const snapshot = snapshotOf(
      '<div><span>Mic</span><span>ro</span><b>soft</b></div><div>Azure</div><div>DevOps</div>',
    );
    expect(snapshot.uiText).toEqual(['microsoft', 'azure', 'devops']);
  });

  it('separates words at line breaks inside headings and buttons', () => {
    const snapshot = snapshotOf('<h1>Sign in<br>to continue</h1><button><div>Next</div><div>step</div></button>');
    expect(snapshot.headings).toEqual(['sign in to continue']);
    expect(snapshot.actions).toEqual(['next step']);
  });

  it.each([
    ['hidden attribute', '<span hidden>zq</span>'],
    ['display:none inline', '<span style="display:none">zq</span>'],
    ['display:none from a style sheet', '<span class="d">zq</span>'],
    ['visibility:hidden', '<span style="visibility:hidden">zq</span>'],
    ['opacity:0', '<span style="opacity:0">zq</span>'],
    ['zero font size', '<span style="font-size:0">zq</span>'],
    ['off-screen position', '<span style="position:absolute;left:-9999px">zq</span>'],
    ['zero size with overflow hidden', '<span style="width:0;height:0;overflow:hidden;display:inline-block">zq</span>'],
    ['clip rect(0 0 0 0)', '<span style="position:absolute;clip:rect(0,0,0,0)">zq</span>'],
  ])('drops decoys hidden by %s', (_how, decoy) => {
    const snapshot = snapshotOf(`<style>.d{display:none}</style><div>Micro${decoy}soft</div>`);
    expect(snapshot.uiText).toEqual(['microsoft']);
  });

  it('reads a child that sets visibility back to visible', () => {
    const snapshot = snapshotOf(
      '<div style="visibility:hidden">decoy <span style="visibility:visible">Microsoft</span></div>',
    );
    expect(snapshot.uiText).toEqual(['microsoft']);
  });

  it('keeps aria-hidden content: it is still on screen', () => {
    expect(snapshotOf('<div aria-hidden="true">Microsoft</div>').uiText).toEqual(['microsoft']);
  });

  it('strips zero-width characters and keeps homoglyphs for the background to fold', () => {
    expect(snapshotOf('<p>Mi\u200bcro\u200csoft</p><p>Мicrosoft</p>').uiText).toEqual(['microsoft', 'мicrosoft']);
  });

  it('counts long paragraphs as prose instead of interface text', () => {
    const snapshot = snapshotOf(`<p>${'word '.repeat(60)}</p><p>Short line</p>`);
    expect(snapshot.textStats.proseSegments).toBe(1);
    expect(snapshot.uiText).toEqual(['short line']);
  });

  it('falls back to document order for the upper portion when there is no layout', () => {
    const items = Array.from({ length: 40 }, (_, index) => `<div>line ${index}</div>`).join('');
    const snapshot = snapshotOf(`<header>Azure DevOps</header>${items}<footer>Microsoft</footer>`);
    expect(snapshot.upperText.startsWith('azure devops line 0')).toBe(true);
    expect(snapshot.upperText).not.toContain('microsoft');
  });

  it('ignores scripts, styles and templates', () => {
    expect(
      snapshotOf('<script>var a="Microsoft"</script><style>.x{}</style><template>Microsoft</template><p>ok</p>').uiText,
    ).toEqual(['ok']);
  });
});

describe('takeSnapshot: inputs and forms', () => {
  it('counts visible password and identifier inputs, not hidden ones', () => {
    const snapshot = snapshotOf(`
      <form action="https://collector.example/x" method="POST">
        <input type="email"><input name="loginfmt"><input type="password">
        <input type="password" style="display:none"><input type="hidden" name="password">
      </form>
      <div hidden><input type="password"></div>
      <input type="search" name="q"><input type="text" name="coupon">`);
    expect(snapshot.passwordInputs).toBe(1);
    expect(snapshot.identifierInputs).toBe(2);
    expect(snapshot.hasPassword).toBe(true);
    expect(snapshot.forms).toEqual([
      {
        action: 'https://collector.example/x',
        method: 'post',
        crossOrigin: true,
        hasPassword: true,
        hasIdentifier: true,
        hasApprove: false,
      },
    ]);
  });

  it('resolves relative actions against the page and treats them as same-origin', () => {
    const snapshot = snapshotOf(
      '<form action="/session"><input type="password"></form><form><input type="password"></form>',
      'https://shop.example/login',
    );
    expect(snapshot.forms).toEqual([
      {
        action: 'https://shop.example/session',
        method: 'get',
        crossOrigin: false,
        hasPassword: true,
        hasIdentifier: false,
        hasApprove: false,
      },
      { action: null, method: 'get', crossOrigin: false, hasPassword: true, hasIdentifier: false, hasApprove: false },
    ]);
  });

  it('sees a formaction override on the submit button', () => {
    const snapshot = snapshotOf(
      '<form action="/ok"><input type="password"><button formaction="https://evil.example/c">Sign in</button></form>',
    );
    expect(snapshot.forms[0]).toMatchObject({ action: 'https://evil.example/c', crossOrigin: true });
  });

  it('is not fooled by an input named "action" clobbering form.action', () => {
    const snapshot = snapshotOf(
      '<form action="https://evil.example/c"><input name="action"><input type="password"></form>',
    );
    expect(snapshot.forms[0]).toMatchObject({ action: 'https://evil.example/c', crossOrigin: true });
  });

  it('reads forms inside open shadow roots, with slotted light content', () => {
    const dom = domFrom('<div id="host"><span slot="brand">Microsoft</span></div>');
    const doc = dom.window.document;
    const root = doc.getElementById('host')?.attachShadow({ mode: 'open' });
    if (!root) throw new Error('no shadow root');
    root.innerHTML =
      '<h1><slot name="brand"></slot></h1><form action="https://x.example/p"><input type="email"><input type="password"></form>';
    const snapshot = takeSnapshot(doc);
    expect(snapshot.passwordInputs).toBe(1);
    expect(snapshot.identifierInputs).toBe(1);
    expect(snapshot.headings).toEqual(['microsoft']);
    expect(snapshot.forms[0]?.crossOrigin).toBe(true);
  });
});

describe('takeSnapshot: controls, logos and address bars', () => {
  it('sets sign-in-with buttons aside with their logos', () => {
    const snapshot = snapshotOf(`
      <button><svg><rect fill="#f25022"/><rect fill="#7fba00"/><rect fill="#00a4ef"/><rect fill="#ffb900"/></svg>Continue with Microsoft</button>
      <a href="/x"><img src="/img/microsoft_logo.svg" alt="">Sign in with Microsoft</a>
      <button>Log in</button>`);
    expect(snapshot.ssoButtons).toEqual(['continue with microsoft', 'sign in with microsoft']);
    expect(snapshot.actions).toEqual(['log in']);
    expect(snapshot.logo.fourSquare).toBe(false);
    expect(snapshot.imageHints).toEqual([]);
  });

  it('spots the four-squares logo drawn in SVG or CSS, hex or rgb', () => {
    const svg = '<svg><path fill="#F25022"/><path fill="#7FBA00"/><path fill="#00A4EF"/><path fill="#FFB900"/></svg>';
    const css =
      '<div><i style="background:rgb(242, 80, 34)"></i><i style="background:#7fba00"></i><i style="background:#00a4ef"></i><i style="background-color:#ffb900"></i></div>';
    expect(snapshotOf(svg).logo).toEqual({ fourSquare: true, fourSquareUpper: true });
    expect(snapshotOf(css).logo.fourSquare).toBe(true);
    expect(snapshotOf('<svg><path fill="#f25022"/><path fill="#7fba00"/></svg>').logo.fourSquare).toBe(false);
  });

  it('collects image hints from file names, alt text and logo classes', () => {
    const snapshot = snapshotOf(
      '<img src="https://cdn.example/a/b/ms-logo_white.svg?v=2" alt="Microsoft"><div class="header brand-logo"></div>',
    );
    expect(snapshot.imageHints).toEqual(['ms-logo_white.svg', 'microsoft', 'header brand-logo']);
  });

  it('records a URL drawn next to a credential form, and tells prose mentions apart', () => {
    const snapshot = snapshotOf(`
      <div style="position:fixed;top:50px"><div class="bar">https://login.microsoftonline.com/common/oauth2</div>
        <form><input type="email"><input type="password"></form></div>
      <p>See <code>https://app.vssps.visualstudio.com/oauth2/authorize</code> for details.</p>`);
    expect(snapshot.fakeAddressBars).toEqual([
      {
        url: 'https://login.microsoftonline.com/common/oauth2',
        host: 'login.microsoftonline.com',
        standalone: true,
        prose: false,
        positioned: true,
        credentialNearby: true,
      },
      {
        url: 'https://app.vssps.visualstudio.com/oauth2/authorize',
        host: 'app.vssps.visualstudio.com',
        standalone: true,
        prose: true,
        positioned: false,
        credentialNearby: false,
      },
    ]);
  });

  it('counts approve and deny actions and list items', () => {
    const snapshot = snapshotOf(
      '<ul><li>Code (read)</li><li>Build (read)</li></ul><form><button>Accept</button><input type="submit" value="Deny"></form>',
    );
    expect(snapshot.consent).toEqual({
      appName: null,
      approveActions: 1,
      denyActions: 1,
      listItems: ['code (read)', 'build (read)'],
    });
  });

  it('is plain JSON data', () => {
    const snapshot = snapshotOf('<title>Sign in</title><form><input type="password"></form>');
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});

describe('takeSnapshot: consent forms', () => {
  it('records a form holding an approve button, with where it posts', () => {
    const snapshot = snapshotOf(
      '<form method="post" action="https://elsewhere.example/grant"><button>Accept</button><button>Deny</button></form>',
      'https://app.vssps.visualstudio.com/oauth2/authorize',
    );
    expect(snapshot.forms).toEqual([
      {
        action: 'https://elsewhere.example/grant',
        method: 'post',
        crossOrigin: true,
        hasPassword: false,
        hasIdentifier: false,
        hasApprove: true,
      },
    ]);
  });
});
