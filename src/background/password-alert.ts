import type { Enrollment } from '../core/password-alert/fingerprint';
import { isPasswordHome, passwordHomeOrigins, PROTECTED_ACCOUNT } from '../core/password-alert/origins';
import { PROVIDERS } from '../core/providers/registry';
import { parsePageUrl } from '../core/url/page-url';
import { NO_VERDICT, type Verdict } from '../core/verdict/types';
import { readLocalStore, updateLocalStore } from '../shared/local-store';
import type { PasswordAlertMode } from '../shared/password-alert-mode';
import type { Policy } from '../shared/policy';
import { PASSWORD_ALERT_OFF, type PasswordAlertSettings } from '../shared/password-alert-settings';
import { phrase } from '../core/text/phrase';
import type { WarningSpec } from '../shared/warning-spec';
import { recordTabDanger } from './report';
import { promptPolicy, readPolicy } from './policy';
import type { ContentOrigin } from './sender';

/** The user's choice, unless the organisation's policy turns the alert on for everyone. */
async function settings(policy?: Policy): Promise<PasswordAlertSettings & { readonly managed: boolean }> {
  const [store, applied] = await Promise.all([readLocalStore(), policy ?? readPolicy()]);
  const managed = applied.forcePasswordAlert;
  return { ...store.passwordAlert, enabled: store.passwordAlert.enabled || managed, managed };
}

/** What a page's content script should do for the alert: nothing (the default), enroll, or watch typing. */
export async function passwordAlertModeFor(url: string, policy?: Policy): Promise<PasswordAlertMode | null> {
  const current = await settings(policy);
  const page = parsePageUrl(url);
  if (!current.enabled || !page || (page.protocol !== 'https:' && page.protocol !== 'http:')) return null;
  if (isPasswordHome(page, PROVIDERS)) return { enroll: true };
  if (!current.enrollment) return null;
  const { salt, fingerprint, length } = current.enrollment;
  return { watch: { salt, fingerprint, length } };
}

/** Stores the fingerprint sent from Microsoft's own sign-in page, and from nowhere else. */
export async function enrollPassword(from: ContentOrigin, enrollment: Enrollment): Promise<boolean> {
  const page = parsePageUrl(from.url);
  if (!page || !isPasswordHome(page, PROVIDERS) || !(await settings()).enabled) return false;
  await updateLocalStore((store) => ({
    ...store,
    passwordAlert: { enabled: true, enrollment: { ...enrollment, enrolledAt: Date.now() } },
  }));
  return true;
}

/** The content script saw the enrolled password typed on this page: danger for the tab, and the warning. */
export async function reportPasswordReuse(from: ContentOrigin): Promise<WarningSpec | null> {
  const page = parsePageUrl(from.url);
  // An enrollment exists only while the user's own setting is on (enrolling turns it on), so the policy cannot
  // change whether to warn; it only shapes the warning, which must not wait seconds for it at browser start.
  const { policy } = await promptPolicy();
  const current = await settings(policy);
  if (!page || !current.enabled || !current.enrollment || isPasswordHome(page, PROVIDERS)) return null;
  const home = passwordHomeOrigins(PROVIDERS)[0] ?? null;
  const verdict: Verdict = {
    ...NO_VERDICT,
    level: 'danger',
    kind: 'credential-phishing',
    headline: phrase('verdict_passwordReuse', PROTECTED_ACCOUNT, page.hostname),
    reasons: [
      phrase('reason_reuseTyped', page.hostname, PROTECTED_ACCOUNT),
      home ? phrase('reason_reuseChangeAt', PROTECTED_ACCOUNT, home) : phrase('reason_reuseChange', PROTECTED_ACCOUNT),
    ],
    realOrigin: home,
  };
  return recordTabDanger(from.tabId, 'password-reuse', from.url, verdict, policy);
}

export interface PasswordAlertStatus {
  readonly enabled: boolean;
  /** Turned on by the organisation's policy: the user cannot turn it off. */
  readonly managed: boolean;
  readonly enrolledAt: number | null;
  readonly homeOrigin: string | null;
}

export async function passwordAlertStatus(): Promise<PasswordAlertStatus> {
  const current = await settings();
  return {
    enabled: current.enabled,
    managed: current.managed,
    enrolledAt: current.enrollment?.enrolledAt ?? null,
    homeOrigin: passwordHomeOrigins(PROVIDERS)[0] ?? null,
  };
}

/** Turning the alert off forgets the fingerprint: nothing about the password stays behind. */
export async function setPasswordAlert(enabled: boolean): Promise<PasswordAlertStatus> {
  if (!enabled && (await readPolicy()).forcePasswordAlert) return passwordAlertStatus();
  await updateLocalStore((store) => ({
    ...store,
    passwordAlert: enabled ? { enabled: true, enrollment: store.passwordAlert.enrollment } : PASSWORD_ALERT_OFF,
  }));
  return passwordAlertStatus();
}
