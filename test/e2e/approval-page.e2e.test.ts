import { beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, useEnvironment } from './support/browsers';
import { expectWarning, popupText, warningState } from './support/warning';

const ADO = 'app.vssps.visualstudio.com';
const QUERY =
  '?client_id=5C5E6F1B-2D0A-4A5F-9C1E-7E0B7D0C4F11&response_type=Assertion&state=b7f3a9&scope=vso.code%20vso.work_write%20vso.build&redirect_uri=https%3A%2F%2Freleasenotes.contoso.example%2Foauth%2Fcallback';
const APPROVAL = 'pages/approval/ado-authorize.html';

describe.each(BROWSERS)('Azure DevOps approval pages in %s', (name) => {
  const env = useEnvironment(name);

  beforeEach(() => {
    env.server.route(ADO, '/oauth2/authorize', { file: APPROVAL });
  });

  it('verifies the genuine page: green OK badge, and the popup explains the request', async () => {
    const url = `https://${ADO}/oauth2/authorize${QUERY}`;
    const page = await env.browser.open(url);
    const badge = await env.browser.expectBadge(url, {
      text: 'OK',
      color: 'green',
      title: /Verified Azure DevOps approval page/,
    });
    expect((await warningState(page)).present).toBe(false);

    const { text } = await popupText((path) => env.browser.openExtensionPage(path), badge.tabId);
    expect(text).toContain('Verified');
    for (const check of ['Address: passed', 'HTTPS: passed', 'Branding: passed', 'Not framed: passed'])
      expect(text).toContain(check);
    expect(text).toContain('Code (read)');
    expect(text).toContain('Work items (read and write)');
    expect(text).toContain('releasenotes.contoso.example (HTTPS)');
  });

  it('warns on the same page over plain HTTP', async () => {
    const url = `http://${ADO}/oauth2/authorize${QUERY}`;
    const page = await env.browser.open(url);
    await env.browser.expectBadge(url, { text: '!', color: 'red', title: /Not the real Azure DevOps approval page/ });
    await expectWarning(page);
  });

  it('warns on an imitation served from a lookalike host', async () => {
    const host = 'app.vssps.visualstudio.com.authorize-app.net';
    env.server.route(host, '/oauth2/authorize', { file: 'pages/phishing/ado-approval-imitation.html' });
    const url = `https://${host}/oauth2/authorize${QUERY}`;
    const page = await env.browser.open(url);
    await env.browser.expectBadge(url, { text: '!', color: 'red', title: /Fake Azure DevOps approval page/ });
    await expectWarning(page);
  });

  it('warns on the genuine page copied to an unrelated domain', async () => {
    const host = 'release-notes-helper.example';
    env.server.route(host, '/oauth2/authorize', { file: APPROVAL });
    const url = `https://${host}/oauth2/authorize${QUERY}`;
    const page = await env.browser.open(url);
    await env.browser.expectBadge(url, { text: '!', color: 'red' });
    await expectWarning(page);
  });

  it('warns in the top page when another site frames the approval page (clickjacking)', async () => {
    const bait = 'https://prize-draw.example/win';
    env.server.route('prize-draw.example', '/win', {
      body: `<!doctype html><title>Win a prize</title><h1>Click to claim your prize</h1>
        <iframe src="https://${ADO}/oauth2/authorize${QUERY}" style="opacity:0.01;position:absolute;top:0;left:0;width:600px;height:500px"></iframe>`,
    });
    const page = await env.browser.open(bait);
    await env.browser.expectBadge(bait, { text: '!', color: 'red', title: /hidden inside another site/ });
    await expectWarning(page);
  });

  it.each([
    ['docs.devtools.example', '/azure-devops/oauth', 'pages/legit/docs-ado-oauth.html'],
    ['blog.example', '/2025/azure-devops-sign-in', 'pages/legit/blog-ado-signin.html'],
  ])('stays quiet on %s, which only writes about the approval URL', async (host, path, file) => {
    env.server.route(host, path, { file });
    const url = `https://${host}${path}`;
    const page = await env.browser.open(url);
    await env.browser.expectBadge(url, { text: '' });
    expect((await warningState(page)).present).toBe(false);
  });

  it('gives ? (never OK, never blank) to the genuine origin without branding, and says why in the popup', async () => {
    env.server.route(ADO, '/oauth2/authorize', { file: 'pages/approval/ado-authorize-unbranded.html' });
    const url = `https://${ADO}/oauth2/authorize${QUERY}`;
    await env.browser.open(url);
    const badge = await env.browser.expectBadge(url, { text: '?', title: /check before you approve/ });
    const { text } = await popupText((path) => env.browser.openExtensionPage(path), badge.tabId);
    expect(text).toContain('Caution');
    expect(text).toContain('Branding: needs attention');
  });

  it('updates the verdict on in-page navigation away from the approval page', async () => {
    const url = `https://${ADO}/oauth2/authorize${QUERY}`;
    const page = await env.browser.open(url);
    await env.browser.expectBadge(url, { text: 'OK' });
    await page.evaluate(() => {
      history.pushState({}, '', '/Profile/View');
      document.body.replaceChildren(Object.assign(document.createElement('h1'), { textContent: 'Profile' }));
    });
    await env.browser.expectBadge(`https://${ADO}/Profile/View`, { text: '' });
  });
});
