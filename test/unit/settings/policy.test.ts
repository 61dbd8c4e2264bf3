import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { continuedOrigins } from '../../../src/background/exceptions';
import { warningFrom } from '../../../src/background/report';
import { routeMessage } from '../../../src/background/router';
import { phrase } from '../../../src/core/text/phrase';
import { NO_VERDICT } from '../../../src/core/verdict/types';
import { effectiveSettings } from '../../../src/background/effective-settings';
import { contextFor } from '../../../src/background/evaluation-context';
import { passwordAlertStatus, setPasswordAlert } from '../../../src/background/password-alert';
import { readPolicy } from '../../../src/background/policy';
import { settingsReply } from '../../../src/background/settings-service';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { evaluateFrame } from '../../../src/core/verdict/evaluate';
import { updateLocalStore } from '../../../src/shared/local-store';
import { NO_POLICY, parsePolicy } from '../../../src/shared/policy';
import { fingerprintOf } from '../../../src/core/password-alert/fingerprint';
import { takeSnapshot } from '../../../src/core/page/snapshot';
import type { PageSnapshot } from '../../../src/core/page/snapshot-types';
import { domFrom, PAGES_DIR } from '../page/fixture-dom';
import { inEnglish } from '../support/i18n';
import { until } from '../support/until';

const BUILT_IN = PROVIDERS.map((provider) => provider.id);
const GITLAB = {
  id: 'gitlab-corp',
  name: 'Corp GitLab',
  approvalOrigins: ['https://gitlab.corp.example'],
  approvalPaths: ['/oauth/authorize'],
  signInOrigins: ['https://gitlab.corp.example'],
  protectedDomains: ['corp.example'],
  brandNames: ['Corp GitLab'],
};

describe('parsePolicy', () => {
  it('reads every field', () => {
    const policy = parsePolicy(
      {
        trustedOrigins: [{ origin: 'https://devops.contoso.example', providerId: 'azure-devops' }],
        extraProviders: [GITLAB],
        forcePasswordAlert: true,
        forbidContinueAnyway: true,
        reportUrl: 'https://reports.contoso.example/consent-guard',
        reportingConsent: true,
        riskyConsent: 'block',
        allowedClientIds: { 'entra-id': ['6731de76-14a6-49ae-97bc-6eba6914391e'], github: ['Iv1.8a61f9b3a7aba766'] },
        deviceCodeSignIn: 'block',
        deviceCodeMessage: '  We do not use device-code sign-in. Ask the service desk, ext. 4400.  ',
      },
      BUILT_IN,
    );
    expect(policy).toEqual({
      trustedOrigins: [{ origin: 'https://devops.contoso.example', providerId: 'azure-devops' }],
      extraProviders: [GITLAB],
      forcePasswordAlert: true,
      forbidContinueAnyway: true,
      reportUrl: 'https://reports.contoso.example/consent-guard',
      reportingConsent: true,
      riskyConsent: 'block',
      allowedClientIds: { 'entra-id': ['6731de76-14a6-49ae-97bc-6eba6914391e'], github: ['Iv1.8a61f9b3a7aba766'] },
      deviceCodeSignIn: 'block',
      deviceCodeMessage: 'We do not use device-code sign-in. Ask the service desk, ext. 4400.',
    });
  });

  it.each([
    ['block', undefined, 'block', null],
    ['warn', 'a message without a block', 'warn', 'a message without a block'],
    ['BLOCK', '', 'warn', null],
    [true, 'x'.repeat(401), 'warn', null],
    [undefined, 42, 'warn', null],
  ])('deviceCodeSignIn %j with message %j → %j, %j', (mode, message, expectedMode, expectedMessage) => {
    const policy = parsePolicy({ deviceCodeSignIn: mode, deviceCodeMessage: message }, BUILT_IN);
    expect(policy.deviceCodeSignIn).toBe(expectedMode);
    expect(policy.deviceCodeMessage).toBe(expectedMessage);
  });

  it('ignores bad fields and bad entries one by one', () => {
    const policy = parsePolicy(
      {
        trustedOrigins: [
          { origin: 'http://plain.example', providerId: 'azure-devops' },
          { origin: 'https://ok.example', providerId: 'azure-devops' },
          'x',
        ],
        extraProviders: [
          { ...GITLAB, id: 'github' },
          { ...GITLAB, approvalPaths: ['/(.*)'] },
          { ...GITLAB, approvalOrigins: ['https://a.example/path'] },
        ],
        forcePasswordAlert: 'yes',
        forbidContinueAnyway: 1,
        reportUrl: 'http://reports.example/',
        riskyConsent: 'allow',
        allowedClientIds: { 'Entra ID': ['x'], github: ['', 'a'.repeat(201), 7, 'ok-id'], google: 'not-a-list' },
      },
      BUILT_IN,
    );
    expect(policy).toEqual({
      ...NO_POLICY,
      trustedOrigins: [{ origin: 'https://ok.example', providerId: 'azure-devops' }],
      allowedClientIds: { github: ['ok-id'] },
    });
    expect(policy.riskyConsent).toBe('confirm');
    expect(parsePolicy({ allowedClientIds: ['x'] }, BUILT_IN).allowedClientIds).toEqual({});
    expect(parsePolicy(null, BUILT_IN)).toEqual(NO_POLICY);
    expect(parsePolicy([], BUILT_IN)).toEqual(NO_POLICY);
  });
});

describe('policy from storage.managed', () => {
  it('is no policy when nothing is managed, or managed storage fails', async () => {
    expect(await readPolicy()).toEqual(NO_POLICY);
  });

  it('wins over the user: trusted origins join, the alert is forced on and cannot be turned off', async () => {
    await fakeBrowser.storage.managed.set({
      trustedOrigins: [{ origin: 'https://devops.contoso.example', providerId: 'azure-devops' }],
      forcePasswordAlert: true,
    });
    await updateLocalStore((store) => ({
      ...store,
      settings: {
        disabledProviders: [],
        trustedOrigins: [
          { origin: 'https://devops.contoso.example', providerId: 'azure-devops' },
          { origin: 'https://mine.example', providerId: 'github' },
        ],
      },
    }));
    const effective = await effectiveSettings();
    expect(effective.trustedOrigins.map((entry) => entry.origin)).toEqual([
      'https://devops.contoso.example',
      'https://mine.example',
    ]);
    expect(effective.passwordAlertEnabled).toBe(true);
    expect(await setPasswordAlert(false)).toMatchObject({ enabled: true, managed: true });
    expect(await passwordAlertStatus()).toMatchObject({ enabled: true, managed: true });
    const reply = await settingsReply();
    expect(reply.managed).toMatchObject({
      forcePasswordAlert: true,
      trustedOrigins: [{ origin: 'https://devops.contoso.example', providerId: 'azure-devops' }],
    });
    expect(reply.settings.trustedOrigins).toHaveLength(2);
  });

  it('adds a provider from data, which the verdict logic then protects and the user cannot turn off', async () => {
    await fakeBrowser.storage.managed.set({ extraProviders: [GITLAB] });
    await updateLocalStore((store) => ({
      ...store,
      settings: { disabledProviders: ['gitlab-corp'], trustedOrigins: [] },
    }));
    const effective = await effectiveSettings();
    expect(effective.disabledProviders).toEqual([]);
    const context = contextFor(effective);
    expect(context.providers.map((provider) => provider.id)).toContain('gitlab-corp');

    const genuine =
      'https://gitlab.corp.example/oauth/authorize?client_id=a&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&state=s&scope=api';
    expect(evaluateFrame({ url: genuine, isTop: true, topUrl: genuine, snapshot: null }, context)).toMatchObject({
      kind: 'approval',
      providerId: 'gitlab-corp',
    });
    const plain = 'http://gitlab.corp.example/oauth/authorize?client_id=a';
    const verdict = evaluateFrame({ url: plain, isTop: true, topUrl: plain, snapshot: null }, context);
    expect(verdict.level).toBe('danger');
    expect(inEnglish(verdict.headline)).toBe('Not the real Corp GitLab approval page');
    expect((await settingsReply()).providers.find((provider) => provider.id === 'gitlab-corp')).toEqual({
      id: 'gitlab-corp',
      name: 'Corp GitLab',
      fromPolicy: true,
    });
  });
});

describe('forbidding "Continue anyway"', () => {
  const url = 'https://login-microsoftonline.example/';
  const sender = (): Runtime.MessageSender => ({
    id: fakeBrowser.runtime.id,
    url,
    frameId: 0,
    tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  });

  it('takes the way past the warning away, and the background refuses it even when asked', async () => {
    const danger = { ...NO_VERDICT, level: 'danger' as const, headline: phrase('verdict_imitates', 'microsoft.com') };
    expect((await warningFrom(danger)).continueAllowed).toBe(true);
    await fakeBrowser.storage.managed.set({ forbidContinueAnyway: true });
    expect(await warningFrom(danger)).toEqual({
      headline: 'This site imitates microsoft.com',
      reasons: [],
      realOrigin: null,
      continueAllowed: false,
    });
    expect(await routeMessage({ type: 'continue-anyway' }, sender())).toEqual({ error: 'rejected' });
    expect(await continuedOrigins()).toEqual([]);
  });
});

describe('a browser that has not loaded policy yet', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // Chromium answers storage.managed only once its policy is loaded, seconds after it starts.
  function slowManagedStorage(): { answer: (policy: Record<string, unknown>) => void } {
    // The promise-returning form is the one the extension calls.
    const managed: { get(): Promise<Record<string, unknown>> } = fakeBrowser.storage.managed;
    let answer: (policy: Record<string, unknown>) => void = () => undefined;
    const reply = new Promise<Record<string, unknown>>((resolve) => {
      answer = resolve;
    });
    // The fake's own get() answers at once; this one answers when the test says the policy has loaded.
    vi.spyOn(managed, 'get').mockReturnValue(reply);
    return { answer };
  }
  const sender = (url: string, tabId = 5): Runtime.MessageSender => ({
    id: fakeBrowser.runtime.id,
    url,
    frameId: 0,
    tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  });
  const report = (url: string, snapshot: PageSnapshot | null = null) => ({ type: 'page-report', href: url, snapshot });
  const plainGitLab = 'http://gitlab.corp.example/oauth/authorize?client_id=a';
  const MICROSOFT_SIGN_IN = 'https://login.microsoftonline.com/common/login';
  const ENROLLMENT = {
    salt: 'ab'.repeat(16),
    fingerprint: fingerprintOf('Correct-Horse-42', 'ab'.repeat(16)),
    length: 16,
  };
  const approval =
    'https://app.vssps.visualstudio.com/oauth2/authorize?client_id=7C1B4A4F&response_type=Assertion&state=abc&scope=vso.code&redirect_uri=https://app.example.com/callback';

  it('does not hold the verdict back: the page is judged without a policy meanwhile', async () => {
    const managed = slowManagedStorage();
    const page = takeSnapshot(
      domFrom(readFileSync(join(PAGES_DIR, 'approval/ado-authorize.html'), 'utf8'), approval).window.document,
    );
    expect(await routeMessage(report(approval, page), sender(approval))).toEqual({
      warning: null,
      verifiedApproval: true,
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('OK');
    managed.answer({});
  });

  it('judges the page again once the policy arrives, and brings the warning that policy calls for to the page', async () => {
    const managed = slowManagedStorage();
    const pushed = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    // Without the policy this host is no provider's: nothing to say yet.
    expect(await routeMessage(report(plainGitLab), sender(plainGitLab))).toEqual({ warning: null });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
    managed.answer({ extraProviders: [GITLAB] });
    await until(() => pushed.mock.calls.length > 0);
    expect(pushed.mock.calls[0]?.[0]).toBe(5);
    expect(pushed.mock.calls[0]?.[1]).toMatchObject({
      type: 'show-warning',
      warning: { headline: expect.stringContaining('Corp GitLab') as unknown },
    });
    expect(pushed.mock.calls[0]?.[2]).toEqual({ frameId: 0 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('!');
  });

  it('leaves alone a page the tab has moved on from', async () => {
    const managed = slowManagedStorage();
    const pushed = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await routeMessage(report(plainGitLab), sender(plainGitLab));
    const next = 'https://news.example/today';
    await routeMessage(report(next), sender(next));
    managed.answer({ extraProviders: [GITLAB] });
    await readPolicy();
    // Give the reviews their turn in the tab's queue.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pushed).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  it('warns of a reused password without waiting for it', async () => {
    await setPasswordAlert(true);
    await routeMessage({ type: 'password-alert-enroll', enrollment: ENROLLMENT }, sender(MICROSOFT_SIGN_IN));
    const managed = slowManagedStorage();
    const reply = await routeMessage({ type: 'password-reuse-detected' }, sender('https://notes.example/new'));
    expect(reply).toMatchObject({ warning: { headline: 'You typed your Microsoft password on notes.example' } });
    managed.answer({});
  });

  it('still waits for the real policy before letting anyone past a warning', async () => {
    const managed = slowManagedStorage();
    const asked = routeMessage({ type: 'continue-anyway' }, sender('https://login-microsoftonline.example/'));
    managed.answer({ forbidContinueAnyway: true });
    expect(await asked).toEqual({ error: 'rejected' });
  });
});
