import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { routeMessage } from '../../../src/background/router';
import { fingerprintOf } from '../../../src/core/password-alert/fingerprint';
import { LOCAL_STORE_KEY } from '../../../src/shared/local-store';

const HOME = 'https://login.microsoftonline.com/common/login';
const ELSEWHERE = 'https://notes.example/new';
const PASSWORD = 'Correct-Horse-42';
const SALT = 'ab'.repeat(16);

function sender(url: string, frameId = 0): Runtime.MessageSender {
  return {
    id: fakeBrowser.runtime.id,
    url,
    frameId,
    tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  };
}
const popup: Runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('src/popup/index.html'),
};
const report = (url: string) => routeMessage({ type: 'page-report', href: url, snapshot: null }, sender(url));

function enrollment() {
  return { salt: SALT, fingerprint: fingerprintOf(PASSWORD, SALT), length: PASSWORD.length };
}

describe('password-reuse alert in the background', () => {
  it('is off by default: no page is asked to watch or enroll', async () => {
    expect(await report(HOME)).toEqual({ warning: null });
    expect(await routeMessage({ type: 'get-password-alert' }, popup)).toMatchObject({
      enabled: false,
      enrolledAt: null,
    });
    expect(await routeMessage({ type: 'password-alert-enroll', enrollment: enrollment() }, sender(HOME))).toEqual({
      error: 'rejected',
    });
  });

  it('enrolls only from Microsoft sign-in, then asks other pages to watch', async () => {
    await routeMessage({ type: 'set-password-alert', enabled: true }, popup);
    expect(await report(HOME)).toEqual({ warning: null, passwordAlert: { enroll: true } });
    expect(await report(ELSEWHERE)).toEqual({ warning: null });

    expect(await routeMessage({ type: 'password-alert-enroll', enrollment: enrollment() }, sender(ELSEWHERE))).toEqual({
      error: 'rejected',
    });
    expect(await routeMessage({ type: 'password-alert-enroll', enrollment: enrollment() }, sender(HOME))).toEqual({
      ok: true,
    });

    expect(await report(ELSEWHERE)).toEqual({ warning: null, passwordAlert: { watch: enrollment() } });
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(LOCAL_STORE_KEY));
    expect(stored).not.toContain(PASSWORD);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('turns a reuse report into danger with a warning, except on Microsoft sign-in itself', async () => {
    await routeMessage({ type: 'set-password-alert', enabled: true }, popup);
    await routeMessage({ type: 'password-alert-enroll', enrollment: enrollment() }, sender(HOME));
    expect(await routeMessage({ type: 'password-reuse-detected' }, sender(HOME))).toEqual({ error: 'rejected' });

    await report(ELSEWHERE);
    const reply = await routeMessage({ type: 'password-reuse-detected' }, sender(ELSEWHERE));
    expect(reply).toMatchObject({ warning: { headline: 'You typed your Microsoft password on notes.example' } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('!');
    // A later report of the same document keeps the danger.
    await report(ELSEWHERE);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('!');
  });

  it('forgets the fingerprint when turned off, and rejects malformed enrollments', async () => {
    await routeMessage({ type: 'set-password-alert', enabled: true }, popup);
    const bad = { salt: 'zz', fingerprint: 'nothex', length: 3 };
    expect(await routeMessage({ type: 'password-alert-enroll', enrollment: bad }, sender(HOME))).toEqual({
      error: 'rejected',
    });
    await routeMessage({ type: 'password-alert-enroll', enrollment: enrollment() }, sender(HOME));
    expect(await routeMessage({ type: 'set-password-alert', enabled: false }, popup)).toMatchObject({
      enabled: false,
      enrolledAt: null,
    });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(LOCAL_STORE_KEY))).not.toContain(
      enrollment().fingerprint,
    );
    expect(await routeMessage({ type: 'password-reuse-detected' }, sender(ELSEWHERE))).toEqual({ error: 'rejected' });
  });
});
