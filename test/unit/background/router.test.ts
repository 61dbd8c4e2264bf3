import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetClosedTab, forgetTabOnNavigation, routeMessage } from '../../../src/background/router';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import type { PageSnapshot } from '../../../src/core/page/snapshot-types';
import { parseTabState, tabKey } from '../../../src/shared/tab-state';
import { domFrom, PAGES_DIR } from '../page/fixture-dom';

const APPROVAL_URL =
  'https://app.vssps.visualstudio.com/oauth2/authorize?client_id=7C1B4A4F&response_type=Assertion&state=abc&scope=vso.code%20vso.work&redirect_uri=https://app.example.com/callback';

const RISKY_URL =
  'https://app.vssps.visualstudio.com/oauth2/authorize?client_id=9D2F51A7&response_type=Assertion&state=q81x&scope=vso.code_full%20vso.identity_manage%20vso.tokens&redirect_uri=https%3A%2F%2F203.0.113.7%2Foauth%2Fcallback';

function snapshotOf(file: string, url: string): PageSnapshot {
  return takeSnapshot(domFrom(readFileSync(join(PAGES_DIR, file), 'utf8'), url).window.document);
}

/** A page report as the content script sends it: the document's own URL is the sender's URL. */
function report(snapshot: PageSnapshot | null, url: string, extra: Record<string, unknown> = {}) {
  return { type: 'page-report', href: url, snapshot, ...extra };
}

function contentSender(url: string, tabId = 7, frameId = 0, tabUrl?: string): Runtime.MessageSender {
  return {
    id: fakeBrowser.runtime.id,
    url,
    frameId,
    tab: {
      id: tabId,
      index: 0,
      highlighted: false,
      active: true,
      pinned: false,
      incognito: false,
      ...(tabUrl ? { url: tabUrl } : {}),
    },
  };
}

async function badge(tabId = 7) {
  return {
    text: await fakeBrowser.action.getBadgeText({ tabId }),
    title: await fakeBrowser.action.getTitle({ tabId }),
  };
}

async function rejectedCount(): Promise<number> {
  const stored = await fakeBrowser.storage.session.get('rejected-messages');
  return typeof stored['rejected-messages'] === 'number' ? stored['rejected-messages'] : 0;
}

describe('background message routing', () => {
  it('verifies a genuine approval page: badge OK, state stored from sender', async () => {
    const snapshot = snapshotOf('approval/ado-authorize.html', APPROVAL_URL);
    const reply = await routeMessage(report(snapshot, APPROVAL_URL), contentSender(APPROVAL_URL));
    expect(reply).toEqual({ warning: null, verifiedApproval: true });
    expect(await badge()).toEqual({ text: 'OK', title: 'Consent Guard: Verified Azure DevOps approval page' });
    const state = parseTabState((await fakeBrowser.storage.session.get(tabKey(7)))[tabKey(7)]);
    expect(state?.url).toBe(APPROVAL_URL);
    expect(state?.verdict.request?.scopes.map((scope) => scope.id)).toEqual(['vso.code', 'vso.work']);
  });

  it('holds Accept on a high-risk request on the genuine page: ? badge naming the reason, and the confirmation to show', async () => {
    const url = RISKY_URL;
    const reply = await routeMessage(
      report(snapshotOf('approval/ado-authorize-risky.html', url), url),
      contentSender(url),
    );
    expect(reply).toMatchObject({
      warning: null,
      verifiedApproval: true,
      consentHold: {
        mode: 'confirm',
        headline: 'Genuine Azure DevOps page, risky request: think before you approve',
        appName: 'Release Notes Sync',
        where: '203.0.113.7',
      },
    });
    const hold = (reply as { consentHold: { gets: string[]; reasons: string[] } }).consentHold;
    expect(hold.gets.map((line) => line.split(':')[0])).toEqual([
      'Code (full)',
      'Identity (manage)',
      'Delegated Authorization Tokens',
    ]);
    expect(hold.reasons[0]).toBe('The answer goes to a bare IP address, 203.0.113.7, not to a named website.');
    const shown = await badge();
    expect(shown.text).toBe('?');
    expect(shown.title).toContain('bare IP address');
  });

  it.each([
    ['warn', undefined],
    ['block', 'block'],
  ] as const)('follows the riskyConsent policy %s', async (riskyConsent, mode) => {
    await fakeBrowser.storage.managed.set({ riskyConsent });
    const reply = (await routeMessage(
      report(snapshotOf('approval/ado-authorize-risky.html', RISKY_URL), RISKY_URL),
      contentSender(RISKY_URL),
    )) as { consentHold?: { mode: string } };
    expect(reply.consentHold?.mode).toBe(mode);
    expect((await badge()).text).toBe('?');
  });

  it('holds nothing on an ordinary request, nor on a review-level one', async () => {
    const review = APPROVAL_URL.replace('vso.code%20vso.work', 'vso.code_full');
    for (const url of [APPROVAL_URL, review]) {
      const reply = await routeMessage(report(snapshotOf('approval/ado-authorize.html', url), url), contentSender(url));
      expect(reply).not.toHaveProperty('consentHold');
    }
    expect((await badge()).text).toBe('?');
  });

  it('flags the same page over HTTP and answers with the warning', async () => {
    const url = APPROVAL_URL.replace('https:', 'http:');
    const reply = await routeMessage(report(snapshotOf('approval/ado-authorize.html', url), url), contentSender(url));
    expect(reply).toMatchObject({ warning: { realOrigin: 'https://app.vssps.visualstudio.com' } });
    expect((await badge()).text).toBe('!');
  });

  it('judges a framed approval page from the sender, and sets danger for the tab', async () => {
    await routeMessage(
      report(null, 'https://bait.example/win-a-prize'),
      contentSender('https://bait.example/win-a-prize'),
    );
    const reply = await routeMessage(
      report(snapshotOf('approval/ado-authorize.html', APPROVAL_URL), APPROVAL_URL),
      contentSender(APPROVAL_URL, 7, 3),
    );
    expect(reply).toEqual({ warning: null });
    const { text, title } = await badge();
    expect(text).toBe('!');
    expect(title).toContain('hidden inside another site');
  });

  it('ignores a URL claimed in the message body', async () => {
    const reply = await routeMessage(
      report(null, 'https://evil.example/', { url: APPROVAL_URL }),
      contentSender('https://evil.example/'),
    );
    expect(reply).toEqual({ error: 'rejected' });
    expect(await rejectedCount()).toBe(1);
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'grant-everything' }],
    ['no href', { type: 'page-report', snapshot: null }],
    ['snapshot of the wrong shape', report({ version: 1 } as unknown as PageSnapshot, 'https://a.example/')],
    [
      'oversized strings',
      report(
        { ...snapshotOf('legit/search-form.html', 'https://s.example/'), title: 'x'.repeat(100_000) },
        'https://a.example/',
      ),
    ],
    ['href on another origin', report(null, APPROVAL_URL)],
  ])('rejects and counts a malformed message: %s', async (_label, message) => {
    expect(await routeMessage(message, contentSender('https://a.example/'))).toEqual({ error: 'rejected' });
    expect(await rejectedCount()).toBe(1);
  });

  it('rejects messages from other extensions and from non-web senders', async () => {
    const foreign = { ...contentSender('https://a.example/'), id: 'someone-else' };
    expect(await routeMessage(report(null, 'https://a.example/'), foreign)).toEqual({ error: 'rejected' });
    const fileSender = contentSender('file:///etc/passwd');
    expect(await routeMessage(report(null, 'file:///etc/passwd'), fileSender)).toEqual({ error: 'rejected' });
    expect(await rejectedCount()).toBe(2);
  });

  it('follows in-page navigation within the sender origin', async () => {
    const popup: Runtime.MessageSender = {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('src/popup/index.html'),
    };
    await routeMessage(
      report(snapshotOf('approval/ado-authorize.html', APPROVAL_URL), APPROVAL_URL),
      contentSender(APPROVAL_URL),
    );
    const moved = 'https://app.vssps.visualstudio.com/Profile/View';
    await routeMessage(report(null, moved), contentSender(APPROVAL_URL));
    expect(await routeMessage({ type: 'get-tab-state', tabId: 7 }, popup)).toMatchObject({
      state: { url: moved, verdict: { level: 'none' } },
    });
    expect((await badge()).text).toBe('');
  });

  it('answers the popup from storage, so a restarted worker still knows the verdict', async () => {
    await routeMessage(
      report(snapshotOf('approval/ado-authorize.html', APPROVAL_URL), APPROVAL_URL),
      contentSender(APPROVAL_URL),
    );
    const popup: Runtime.MessageSender = {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('src/popup/index.html'),
    };
    const reply = (await routeMessage({ type: 'get-tab-state', tabId: 7 }, popup)) as {
      state: { verdict: { level: string } } | null;
    };
    expect(reply.state?.verdict.level).toBe('ok');
  });

  it('drops corrupted tab state instead of trusting it, and rebuilds it on the next report', async () => {
    await fakeBrowser.storage.session.set({ [tabKey(7)]: { v: 1, url: 42, verdict: 'ok' } });
    const popup: Runtime.MessageSender = {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('src/popup/index.html'),
    };
    expect(await routeMessage({ type: 'get-tab-state', tabId: 7 }, popup)).toEqual({ state: null, codeSignIn: null });
    await routeMessage(report(null, 'https://news.example/'), contentSender('https://news.example/'));
    expect(await routeMessage({ type: 'get-tab-state', tabId: 7 }, popup)).toMatchObject({
      state: { url: 'https://news.example/' },
    });
  });

  it('remembers "Continue anyway" for the origin and stops answering with the warning', async () => {
    const url = APPROVAL_URL.replace('https:', 'http:');
    const snapshot = snapshotOf('approval/ado-authorize.html', url);
    await routeMessage(report(snapshot, url), contentSender(url));
    await routeMessage({ type: 'continue-anyway' }, contentSender(url));
    expect(await routeMessage(report(snapshot, url), contentSender(url, 8))).toEqual({ warning: null });
    expect((await badge(8)).text).toBe('!');
  });
});

describe('a page that fights the in-page warning', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('moves the tab to the full-page warning once, however often the page reports the fight', async () => {
    // The promise-returning form is the one the background calls.
    const tabs: { update(tabId: number, details: { url: string }): Promise<unknown> } = fakeBrowser.tabs;
    const moves = vi.spyOn(tabs, 'update').mockResolvedValue(undefined);
    const url = APPROVAL_URL.replace('https:', 'http:');
    await routeMessage(report(snapshotOf('approval/ado-authorize.html', url), url), contentSender(url));
    const replies = await Promise.all(
      [1, 2, 3].map(() => routeMessage({ type: 'warning-tampered' }, contentSender(url))),
    );
    expect(replies).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(await routeMessage({ type: 'warning-tampered' }, contentSender(url))).toEqual({ ok: true });
    expect(moves).toHaveBeenCalledTimes(1);
    expect(moves.mock.calls[0]?.[1]).toEqual({
      url: expect.stringContaining('src/warning/index.html?tab=7') as unknown,
    });
  });
});

describe('a tab signing an app in with a device code', () => {
  const popup: Runtime.MessageSender = {
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL('src/popup/index.html'),
  };
  const CODE_URL = 'https://login.microsoftonline.com/common/oauth2/deviceauth';
  const PROMPT_URL = 'https://login.microsoftonline.com/common/login';
  const codeSignIn = async () =>
    ((await routeMessage({ type: 'get-tab-state', tabId: 7 }, popup)) as { codeSignIn: unknown }).codeSignIn;

  it('tells the popup the app while the page that names it is showing, from the code page on', async () => {
    const code = snapshotOf('device-code/entra-deviceauth.html', CODE_URL);
    await routeMessage(report(code, CODE_URL), contentSender(CODE_URL));
    expect(await codeSignIn()).toBeNull();

    await forgetTabOnNavigation(7);
    const prompt = snapshotOf('device-code/after-code/entra-app-prompt.html', PROMPT_URL);
    await routeMessage(report(prompt, PROMPT_URL), contentSender(PROMPT_URL));
    expect(await codeSignIn()).toEqual({
      account: 'Microsoft',
      app: 'Microsoft Azure CLI',
      source: expect.stringContaining('microsoft-authentication-library-for-java') as unknown,
    });

    await forgetTabOnNavigation(7);
    expect(await codeSignIn()).toBeNull();
    await forgetClosedTab(7);
    expect(await fakeBrowser.storage.session.get('code-trail:7')).toEqual({});
  });

  it('names nothing for the same prompt in a tab that never showed a code page', async () => {
    const prompt = snapshotOf('device-code/after-code/entra-app-prompt.html', PROMPT_URL);
    await routeMessage(report(prompt, PROMPT_URL), contentSender(PROMPT_URL));
    expect(await codeSignIn()).toBeNull();
  });
});
