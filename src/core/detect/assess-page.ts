import type { PageSnapshot } from '../page/snapshot-types';
import type { Provider } from '../providers/types';
import { phrase, type Phrase } from '../text/phrase';
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
  readonly reasons: readonly Phrase[];
}

function hostsOf(origins: readonly string[]): string[] {
  return origins.map((origin) =>
    origin
      .replace(/^[a-z]+:\/\//i, '')
      .replace(/[/:].*$/, '')
      .toLowerCase(),
  );
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
  const reasons: Phrase[] = [];
  if (fakeWindow.found) {
    reasons.push(
      fakeWindow.shownUrl === null
        ? phrase('reason_fakeWindowUnknown', account)
        : phrase('reason_fakeWindow', fakeWindow.shownUrl, account),
    );
  }
  if (imitatesApprovalPage) reasons.push(phrase('reason_imitatesApprovalPage', name));
  if (asksForProviderCredentials) {
    reasons.push(
      credentialAsk.kind === 'password'
        ? phrase('reason_asksPassword', account)
        : phrase('reason_asksUsername', account),
    );
    if (credentialAsk.postsElsewhere) reasons.push(phrase('reason_postsElsewhere'));
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
