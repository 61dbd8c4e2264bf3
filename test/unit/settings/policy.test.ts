import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
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
import { inEnglish } from '../support/i18n';

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
      },
      BUILT_IN,
    );
    expect(policy).toEqual({
      trustedOrigins: [{ origin: 'https://devops.contoso.example', providerId: 'azure-devops' }],
      extraProviders: [GITLAB],
      forcePasswordAlert: true,
      forbidContinueAnyway: true,
      reportUrl: 'https://reports.contoso.example/consent-guard',
    });
  });

  it('ignores bad fields and bad entries one by one', () => {
    const policy = parsePolicy(
      {
        trustedOrigins: [{ origin: 'http://plain.example', providerId: 'azure-devops' }, { origin: 'https://ok.example', providerId: 'azure-devops' }, 'x'],
        extraProviders: [{ ...GITLAB, id: 'github' }, { ...GITLAB, approvalPaths: ['/(.*)'] }, { ...GITLAB, approvalOrigins: ['https://a.example/path'] }],
        forcePasswordAlert: 'yes',
        forbidContinueAnyway: 1,
        reportUrl: 'http://reports.example/',
      },
      BUILT_IN,
    );
    expect(policy).toEqual({ ...NO_POLICY, trustedOrigins: [{ origin: 'https://ok.example', providerId: 'azure-devops' }] });
    expect(parsePolicy(null, BUILT_IN)).toEqual(NO_POLICY);
    expect(parsePolicy([], BUILT_IN)).toEqual(NO_POLICY);
  });
});

describe('policy from storage.managed', () => {
  it('is no policy when nothing is managed, or managed storage fails', async () => {
    expect(await readPolicy()).toEqual(NO_POLICY);
  });

  it('wins over the user: trusted origins join, the alert is forced on and cannot be turned off', async () => {
    await fakeBrowser.storage.managed.set({ trustedOrigins: [{ origin: 'https://devops.contoso.example', providerId: 'azure-devops' }], forcePasswordAlert: true });
    await updateLocalStore((store) => ({
      ...store,
      settings: { disabledProviders: [], trustedOrigins: [{ origin: 'https://devops.contoso.example', providerId: 'azure-devops' }, { origin: 'https://mine.example', providerId: 'github' }] },
    }));
    const effective = await effectiveSettings();
    expect(effective.trustedOrigins.map((entry) => entry.origin)).toEqual(['https://devops.contoso.example', 'https://mine.example']);
    expect(effective.passwordAlertEnabled).toBe(true);
    expect(await setPasswordAlert(false)).toMatchObject({ enabled: true, managed: true });
    expect(await passwordAlertStatus()).toMatchObject({ enabled: true, managed: true });
    const reply = await settingsReply();
    expect(reply.managed).toMatchObject({ forcePasswordAlert: true, trustedOrigins: [{ origin: 'https://devops.contoso.example', providerId: 'azure-devops' }] });
    expect(reply.settings.trustedOrigins).toHaveLength(2);
  });

  it('adds a provider from data, which the verdict logic then protects and the user cannot turn off', async () => {
    await fakeBrowser.storage.managed.set({ extraProviders: [GITLAB] });
    await updateLocalStore((store) => ({ ...store, settings: { disabledProviders: ['gitlab-corp'], trustedOrigins: [] } }));
    const effective = await effectiveSettings();
    expect(effective.disabledProviders).toEqual([]);
    const context = contextFor(effective);
    expect(context.providers.map((provider) => provider.id)).toContain('gitlab-corp');

    const genuine = 'https://gitlab.corp.example/oauth/authorize?client_id=a&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&state=s&scope=api';
    expect(evaluateFrame({ url: genuine, isTop: true, topUrl: genuine, snapshot: null }, context)).toMatchObject({ kind: 'approval', providerId: 'gitlab-corp' });
    const plain = 'http://gitlab.corp.example/oauth/authorize?client_id=a';
    const verdict = evaluateFrame({ url: plain, isTop: true, topUrl: plain, snapshot: null }, context);
    expect(verdict.level).toBe('danger');
    expect(inEnglish(verdict.headline)).toBe('Not the real Corp GitLab approval page');
    expect((await settingsReply()).providers.find((provider) => provider.id === 'gitlab-corp')).toEqual({ id: 'gitlab-corp', name: 'Corp GitLab', fromPolicy: true });
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
    expect(await warningFrom(danger)).toEqual({ headline: 'This site imitates microsoft.com', reasons: [], realOrigin: null, continueAllowed: false });
    expect(await routeMessage({ type: 'continue-anyway' }, sender())).toEqual({ error: 'rejected' });
    expect(await continuedOrigins()).toEqual([]);
  });
});
