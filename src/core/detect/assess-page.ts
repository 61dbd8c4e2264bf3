import type { PageSnapshot } from '../page/snapshot-types';
import type { Provider } from '../providers/types';
import { detectFakeWindow, type FakeWindow } from './browser-in-browser';
import { hasConsentStructure } from './consent-structure';
import { detectCredentialAsk, type CredentialAsk } from './credential-ask';
import { brandingInUpperPortion, isImitation, scoreBranding, type BrandingScore } from './imitation';
import { ssoButtonsFor } from './sso-button';

export interface PageAssessment {
  readonly providerId: string;
  readonly branding: BrandingScore & {
    /** Enough branding to call the page an imitation (see `IMITATION_THRESHOLD`). */
    readonly imitation: boolean;
    /** Branding in the upper portion, as genuine approval pages have it. */
    readonly upper: boolean;
  };
  readonly credentialAsk: CredentialAsk;
  readonly fakeWindow: FakeWindow;
  readonly consentStructure: boolean;
  /** Third-party "sign in with <provider>" buttons (these were not counted as branding). */
  readonly ssoButtons: readonly string[];
  /** The page asks for credentials while presenting itself as the provider (or inside a fake window). */
  readonly asksForProviderCredentials: boolean;
  /** The page has the provider's approval-page structure and branding. */
  readonly imitatesApprovalPage: boolean;
  /**
   * What the page content amounts to when the page is NOT on one of the provider's own sign-in or
   * approval origins; the caller decides that from the tab's URL (never from the snapshot).
   */
  readonly dangerous: boolean;
  /** Plain-English reasons, for the warning and the badge title. Empty when nothing is wrong. */
  readonly reasons: readonly string[];
}

function hostsOf(origins: readonly string[]): string[] {
  return origins.map((origin) => origin.replace(/^[a-z]+:\/\//i, '').replace(/[/:].*$/, '').toLowerCase());
}

/**
 * Judges page content against one provider. Combine with the page's origin: on the provider's own
 * origins `dangerous` does not apply (use `branding.upper` and `consentStructure` for the approval checks).
 */
export function assessPage(snapshot: PageSnapshot, provider: Provider): PageAssessment {
  const score = scoreBranding(snapshot, provider);
  const imitation = isImitation(score);
  const credentialAsk = detectCredentialAsk(snapshot);
  const fakeWindow = detectFakeWindow(snapshot, hostsOf(provider.signInOrigins));
  const consentStructure = hasConsentStructure(snapshot, provider);
  const asksForProviderCredentials = credentialAsk.asks && (imitation || fakeWindow.found);
  const imitatesApprovalPage = consentStructure && imitation;
  const dangerous = asksForProviderCredentials || imitatesApprovalPage || fakeWindow.found;

  const name = provider.name;
  const account = provider.accountName;
  const reasons: string[] = [];
  if (fakeWindow.found) {
    reasons.push(
      `This page draws a fake browser window showing ${fakeWindow.shownUrl ?? 'a sign-in address'}. That address bar is part of the page, not your browser: you are not on ${account}'s sign-in page.`,
    );
  }
  if (imitatesApprovalPage) {
    reasons.push(`This page imitates the ${name} page where you approve an app's access, but it is not on ${name}'s site. Do not approve anything here.`);
  }
  if (asksForProviderCredentials) {
    reasons.push(
      credentialAsk.kind === 'password'
        ? `This page looks like ${account} sign-in and asks for your ${account} password. Only ${account}'s own sign-in pages ask for it.`
        : `This page looks like ${account} sign-in and asks for your ${account} email or username, the first step before your password. Only ${account}'s own sign-in pages ask for it.`,
    );
    if (credentialAsk.postsElsewhere) reasons.push('What you type here would be sent to another website.');
  }

  return {
    providerId: provider.id,
    branding: { ...score, imitation, upper: brandingInUpperPortion(snapshot, provider) },
    credentialAsk,
    fakeWindow,
    consentStructure,
    ssoButtons: ssoButtonsFor(snapshot, provider),
    asksForProviderCredentials,
    imitatesApprovalPage,
    dangerous,
    reasons,
  };
}
