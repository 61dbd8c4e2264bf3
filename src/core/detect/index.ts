export { assessPage, type PageAssessment } from './assess-page';
export { detectFakeWindow, type FakeWindow } from './browser-in-browser';
export { compact, skeleton } from './confusable-skeleton';
export { hasConsentStructure } from './consent-structure';
export { detectCredentialAsk, type CredentialAsk } from './credential-ask';
export {
  brandingInUpperPortion,
  IMITATION_THRESHOLD,
  isImitation,
  scoreBranding,
  type BrandingScore,
} from './imitation';
export { ssoButtonsFor, withoutSsoWording } from './sso-button';
