import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { routeMessage } from '../../../src/background/router';
import { tabKey } from '../../../src/shared/tab-state';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import { readLocalStore } from '../../../src/shared/local-store';
import { domFrom, PAGES_DIR } from '../page/fixture-dom';
import { approveControlIn } from '../../../src/content/approval-recorder';
import { appNameOnPage } from '../../../src/core/page/app-name';

const APPROVAL_URL =
  'https://app.vssps.visualstudio.com/oauth2/authorize?client_id=5C5E6F1B-2D0A-4A5F-9C1E-7E0B7D0C4F11&response_type=Assertion&state=b7f3a9&scope=vso.code%20vso.work_write&redirect_uri=https%3A%2F%2Freleasenotes.contoso.example%2Fcb';

const fixture = (file: string, url: string) =>
  domFrom(readFileSync(join(PAGES_DIR, file), 'utf8'), url).window.document;

function sender(url: string, frameId = 0, tabId = 7): Runtime.MessageSender {
  return {
    id: fakeBrowser.runtime.id,
    url,
    frameId,
    tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  };
}

async function reportPage(url: string, file = 'approval/ado-authorize.html', frameId = 0) {
  return routeMessage(
    { type: 'page-report', href: url, snapshot: takeSnapshot(fixture(file, url)) },
    sender(url, frameId),
  );
}

const accept = (appName: unknown = 'Contoso Release Notes') => ({ type: 'approval-accepted', appName });

describe('recording an approval', () => {
  it('tells the top frame of a verified approval page to watch for Accept, and no one else', async () => {
    expect(await reportPage(APPROVAL_URL)).toEqual({ warning: null, verifiedApproval: true });
    expect(await reportPage(APPROVAL_URL, 'approval/ado-authorize.html', 2)).toEqual({ warning: null });
    expect(await reportPage(APPROVAL_URL, 'approval/ado-authorize-unbranded.html', 0)).toEqual({ warning: null });
  });

  it('records the grant from the verified verdict, taking only the display name from the message', async () => {
    await reportPage(APPROVAL_URL);
    expect(await routeMessage(accept(), sender(APPROVAL_URL))).toEqual({ ok: true });
    const { grants } = await readLocalStore();
    expect(grants[0]?.approvedAt).toBeGreaterThan(0);
    expect(grants.map((grant) => ({ ...grant, approvedAt: 0 }))).toEqual([
      {
        providerId: 'azure-devops',
        appName: 'Contoso Release Notes',
        clientId: '5C5E6F1B-2D0A-4A5F-9C1E-7E0B7D0C4F11',
        scopes: ['vso.code', 'vso.work_write'],
        redirectHost: 'releasenotes.contoso.example',
        approvedAt: 0,
        pageOrigin: 'https://app.vssps.visualstudio.com',
        riskLevel: 'none',
      },
    ]);
  });

  it('keeps one record per app when the user accepts twice', async () => {
    await reportPage(APPROVAL_URL);
    await routeMessage(accept('First'), sender(APPROVAL_URL));
    await routeMessage(accept('Second'), sender(APPROVAL_URL));
    expect((await readLocalStore()).grants.map((grant) => grant.appName)).toEqual(['Second']);
  });

  it.each<[string, () => Promise<unknown>, unknown, Runtime.MessageSender]>([
    ['no verdict at all', () => Promise.resolve(), accept(), sender(APPROVAL_URL)],
    [
      'an unverified page (plain HTTP)',
      () => reportPage(APPROVAL_URL.replace('https:', 'http:')),
      accept(),
      sender(APPROVAL_URL.replace('https:', 'http:')),
    ],
    [
      'a page without branding (caution)',
      () => reportPage(APPROVAL_URL, 'approval/ado-authorize-unbranded.html'),
      accept(),
      sender(APPROVAL_URL),
    ],
    ['a frame of the verified page', () => reportPage(APPROVAL_URL), accept(), sender(APPROVAL_URL, 3)],
    [
      'another document of the same tab',
      () => reportPage(APPROVAL_URL),
      accept(),
      sender('https://app.vssps.visualstudio.com/Profile/View'),
    ],
    ['another tab', () => reportPage(APPROVAL_URL), accept(), sender(APPROVAL_URL, 0, 8)],
    [
      'a body that smuggles the grant',
      () => reportPage(APPROVAL_URL),
      { ...accept(), clientId: 'evil', scopes: ['vso.tokens'] },
      sender(APPROVAL_URL),
    ],
    ['an oversized name', () => reportPage(APPROVAL_URL), accept('x'.repeat(201)), sender(APPROVAL_URL)],
    [
      'a lookalike site that forges the message',
      () => reportPage('https://app.vssps.visualstudio.com.evil.example/oauth2/authorize'),
      accept(),
      sender('https://app.vssps.visualstudio.com.evil.example/oauth2/authorize'),
    ],
  ])('records nothing for %s', async (_label, setup, message, from) => {
    await setup();
    expect(await routeMessage(message, from)).toEqual({ error: 'rejected' });
    expect((await readLocalStore()).grants).toEqual([]);
  });

  it('refuses a forged verified state that does not parse', async () => {
    await fakeBrowser.storage.session.set({
      [tabKey(7)]: { v: 1, url: APPROVAL_URL, verdict: { level: 'ok', kind: 'approval' } },
    });
    expect(await routeMessage(accept(), sender(APPROVAL_URL))).toEqual({ error: 'rejected' });
    expect((await readLocalStore()).grants).toEqual([]);
  });
});

describe('the content-side recorder', () => {
  const doc = () => fixture('approval/ado-authorize.html', APPROVAL_URL);

  it('finds the Accept button by its wording, and not Deny', () => {
    const page = doc();
    const [acceptButton, denyButton] = [...page.querySelectorAll('.decision button')];
    if (!acceptButton || !denyButton) throw new Error('fixture changed');
    expect(approveControlIn([acceptButton])).toBe(acceptButton);
    expect(approveControlIn([denyButton])).toBeNull();
    expect(approveControlIn([page.querySelector('h1') ?? page.body])).toBeNull();
  });

  it('reads the app name the page shows', () => {
    expect(appNameOnPage(doc())).toBe('Contoso Release Notes');
    const plain = fixture('approval/ado-authorize.html', APPROVAL_URL);
    plain.querySelector('.app-name')?.classList.remove('app-name');
    expect(appNameOnPage(plain)).toBe('Contoso Release Notes');
  });
});
