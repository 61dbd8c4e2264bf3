import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fileReport } from '../../../src/background/problem-reports';
import { routeMessage } from '../../../src/background/router';
import { writeTabState } from '../../../src/background/tab-store';
import { phrase } from '../../../src/core/text/phrase';
import { NO_VERDICT, type Verdict } from '../../../src/core/verdict/types';
import { readLocalStore } from '../../../src/shared/local-store';
import { MAX_REPORTS } from '../../../src/shared/problem-reports';
import { TAB_STATE_VERSION } from '../../../src/shared/tab-state';

const DANGER: Verdict = {
  ...NO_VERDICT,
  level: 'danger',
  kind: 'credential-phishing',
  providerId: 'entra-id',
  headline: phrase('verdict_imitates', 'microsoft.com'),
};
const PAGE = 'https://login-microsoftonline.example/common/login?token=secret#frag';

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
  vi.stubGlobal('fetch', fetchMock);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Consent Guard',
    version: '0.1.0',
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('problem reports', () => {
  it('are kept locally, origin and path only, and nothing is sent without a policy report URL', async () => {
    expect(await fileReport('phishing', PAGE, DANGER, 7)).toEqual({ recorded: true, sent: false });
    expect((await readLocalStore()).reports).toEqual([
      {
        kind: 'phishing',
        page: 'https://login-microsoftonline.example/common/login',
        level: 'danger',
        verdictKind: 'credential-phishing',
        providerId: 'entra-id',
        at: 7,
        sent: false,
      },
    ]);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('keep the log bounded', async () => {
    for (let i = 0; i < MAX_REPORTS + 5; i++) await fileReport('safe', `https://a.example/${i}`, NO_VERDICT, i);
    const reports = (await readLocalStore()).reports;
    expect(reports).toHaveLength(MAX_REPORTS);
    expect(reports[0]?.page).toBe('https://a.example/5');
  });

  it('are POSTed as JSON to the policy report URL: text/plain without the host permission, JSON with it', async () => {
    await fakeBrowser.storage.managed.set({ reportUrl: 'https://reports.contoso.example/in' });
    let granted = false;
    const original = fakeBrowser.permissions.contains;
    // The fake has no permissions.contains; what it answers decides how the report is sent.
    Object.assign(fakeBrowser.permissions, { contains: () => Promise.resolve(granted) });
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 200 }));
    expect(await fileReport('phishing', PAGE, DANGER, 7)).toEqual({ recorded: true, sent: true });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('https://reports.contoso.example/in');
    expect(init).toMatchObject({
      method: 'POST',
      mode: 'no-cors',
      credentials: 'omit',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
    });
    expect(typeof init.body).toBe('string');
    expect(JSON.parse(init.body as string)).toEqual({
      source: 'consent-guard',
      version: '0.1.0',
      kind: 'phishing',
      page: 'https://login-microsoftonline.example/common/login',
      level: 'danger',
      verdictKind: 'credential-phishing',
      providerId: 'entra-id',
      at: 7,
      sent: false,
    });
    granted = true;
    try {
      await fileReport('safe', PAGE, DANGER, 8);
    } finally {
      Object.assign(fakeBrowser.permissions, { contains: original });
    }
    expect((fetchMock.mock.calls[1] as [string, RequestInit])[1]).toMatchObject({
      headers: { 'Content-Type': 'application/json' },
    });
    expect((fetchMock.mock.calls[1] as [string, RequestInit])[1].mode).toBeUndefined();
  });

  it('are still logged, as not sent, when the report URL fails', async () => {
    await fakeBrowser.storage.managed.set({ reportUrl: 'https://reports.contoso.example/in' });
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await fileReport('phishing', PAGE, DANGER, 7)).toEqual({ recorded: true, sent: false });
    expect((await readLocalStore()).reports[0]?.sent).toBe(false);
  });

  it('take the page from the sender or the background record, never from the message', async () => {
    const sender: Runtime.MessageSender = {
      id: fakeBrowser.runtime.id,
      url: PAGE,
      frameId: 0,
      tab: { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
    };
    expect(await routeMessage({ type: 'report-problem', verdict: 'phishing' }, sender)).toEqual({
      recorded: true,
      sent: false,
    });
    expect(
      await routeMessage({ type: 'report-problem', verdict: 'phishing', page: 'https://other.example/' }, sender),
    ).toEqual({ error: 'rejected' });
    expect(await routeMessage({ type: 'report-problem', verdict: 'safe' }, { ...sender, frameId: 2 })).toEqual({
      error: 'rejected',
    });

    await writeTabState(9, {
      v: TAB_STATE_VERSION,
      url: 'https://bad.example/x?y',
      verdict: DANGER,
      frames: {},
      continued: false,
      updatedAt: 0,
    });
    const page: Runtime.MessageSender = {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('/src/popup/index.html'),
    };
    expect(await routeMessage({ type: 'report-problem', tabId: 9, verdict: 'safe' }, page)).toEqual({
      recorded: true,
      sent: false,
    });
    expect((await readLocalStore()).reports.map((report) => [report.kind, report.page])).toEqual([
      ['phishing', 'https://login-microsoftonline.example/common/login'],
      ['safe', 'https://bad.example/x'],
    ]);
  });
});

describe('reports in the Firefox build, which declares them as optional data collection', () => {
  const FIREFOX_MANIFEST: ReturnType<typeof fakeBrowser.runtime.getManifest> = {
    manifest_version: 3,
    name: 'Consent Guard',
    version: '0.1.0',
    browser_specific_settings: {
      gecko: { id: 'x@y', data_collection_permissions: { required: ['none'], optional: ['browsingActivity'] } },
    },
  };
  let consent: boolean | 'unsupported';
  const asked: unknown[] = [];

  beforeEach(async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(FIREFOX_MANIFEST);
    await fakeBrowser.storage.managed.set({ reportUrl: 'https://reports.contoso.example/in' });
    consent = false;
    asked.length = 0;
    Object.assign(fakeBrowser.permissions, {
      contains: (permissions: { data_collection?: string[] }) => {
        asked.push(permissions);
        if (permissions.data_collection === undefined) return Promise.resolve(false);
        return consent === 'unsupported'
          ? Promise.reject(new Error('Type error for parameter permissions'))
          : Promise.resolve(consent);
      },
    });
  });

  it('stay on the device until the user consents, and then go', async () => {
    expect(await fileReport('phishing', PAGE, DANGER, 7)).toEqual({ recorded: true, sent: false });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(asked).toContainEqual({ data_collection: ['browsingActivity'] });
    consent = true;
    expect(await fileReport('phishing', PAGE, DANGER, 8)).toEqual({ recorded: true, sent: true });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("go without asking the user when the organisation's policy states the consent", async () => {
    await fakeBrowser.storage.managed.set({ reportUrl: 'https://reports.contoso.example/in', reportingConsent: true });
    expect(await fileReport('phishing', PAGE, DANGER, 7)).toEqual({ recorded: true, sent: true });
  });

  it('stay on the device when the browser cannot say whether the user consented', async () => {
    consent = 'unsupported';
    expect(await fileReport('phishing', PAGE, DANGER, 7)).toEqual({ recorded: true, sent: false });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("are not held back in the Chromium build, which has no such consent: the policy's report URL decides", async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Consent Guard',
      version: '0.1.0',
    });
    expect(await fileReport('phishing', PAGE, DANGER, 7)).toEqual({ recorded: true, sent: true });
  });
});
