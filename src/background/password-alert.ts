import type { Enrollment } from '../core/password-alert/fingerprint';
import { isPasswordHome, passwordHomeOrigins, PROTECTED_ACCOUNT } from '../core/password-alert/origins';
import { PROVIDERS } from '../core/providers/registry';
import { parsePageUrl } from '../core/url/page-url';
import { NO_VERDICT, type Verdict } from '../core/verdict/types';
import { readLocalStore, updateLocalStore } from '../shared/local-store';
import type { PasswordAlertMode } from '../shared/password-alert-mode';
import { PASSWORD_ALERT_OFF, type PasswordAlertSettings } from '../shared/password-alert-settings';
import type { WarningSpec } from '../shared/warning-spec';
import { recordTabDanger } from './report';
import type { ContentOrigin } from './sender';

async function settings(): Promise<PasswordAlertSettings> {
  return (await readLocalStore()).passwordAlert;
}

/** What a page's content script should do for the alert: nothing (the default), enroll, or watch typing. */
export async function passwordAlertModeFor(url: string): Promise<PasswordAlertMode | null> {
  const current = await settings();
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
  await updateLocalStore((store) => ({ ...store, passwordAlert: { enabled: true, enrollment: { ...enrollment, enrolledAt: Date.now() } } }));
  return true;
}

/** The content script saw the enrolled password typed on this page: danger for the tab, and the warning. */
export async function reportPasswordReuse(from: ContentOrigin): Promise<WarningSpec | null> {
  const page = parsePageUrl(from.url);
  const current = await settings();
  if (!page || !current.enabled || !current.enrollment || isPasswordHome(page, PROVIDERS)) return null;
  const home = passwordHomeOrigins(PROVIDERS)[0] ?? null;
  const verdict: Verdict = {
    ...NO_VERDICT,
    level: 'danger',
    kind: 'credential-phishing',
    headline: `You typed your ${PROTECTED_ACCOUNT} password on ${page.hostname}`,
    reasons: [
      `${page.hostname} is not a ${PROTECTED_ACCOUNT} sign-in page, but you just typed your ${PROTECTED_ACCOUNT} password into it.`,
      `If you submitted it, change your ${PROTECTED_ACCOUNT} password now${home ? ` at ${home}` : ''}.`,
    ],
    realOrigin: home,
  };
  return recordTabDanger(from.tabId, 'password-reuse', from.url, verdict);
}

export interface PasswordAlertStatus {
  readonly enabled: boolean;
  readonly enrolledAt: number | null;
  readonly homeOrigin: string | null;
}

export async function passwordAlertStatus(): Promise<PasswordAlertStatus> {
  const current = await settings();
  return { enabled: current.enabled, enrolledAt: current.enrollment?.enrolledAt ?? null, homeOrigin: passwordHomeOrigins(PROVIDERS)[0] ?? null };
}

/** Turning the alert off forgets the fingerprint: nothing about the password stays behind. */
export async function setPasswordAlert(enabled: boolean): Promise<PasswordAlertStatus> {
  await updateLocalStore((store) => ({ ...store, passwordAlert: enabled ? { enabled: true, enrollment: store.passwordAlert.enrollment } : PASSWORD_ALERT_OFF }));
  return passwordAlertStatus();
}
