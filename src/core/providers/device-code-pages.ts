import type { DeviceCodeEndpoint } from './types';

/**
 * The providers' device-code entry pages (RFC 8628 `verification_uri`, and where each one lands). Held here rather
 * than in each provider module because Microsoft's two account kinds share one provider record, and the lure
 * detector reads the same list to recognise the addresses a lure names.
 */

/*
 * After the code. Microsoft Learn says only that the page then "leads the user through a normal authentication
 * experience, which includes consent prompts" (identity-platform/scenario-desktop-acquire-token-device-code-flow);
 * GitHub's and Google's device-flow docs say the user enters the code and then authorizes the app. None of them shows
 * the page that names the app (its address, its markup, where the app's name and scopes stand), so the popup does
 * not read it: an app named from an unsourced page shape would be a guess.
 */

const STORM_2372 =
  'https://www.microsoft.com/en-us/security/blog/2025/02/13/storm-2372-conducts-device-code-phishing-campaign/';
const ENTRA_DEVICE_CODE = 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code';
const XBOX_LINK_GUIDE = 'https://windowsreport.com/microsoft-com-xbox-login/';

/**
 * Microsoft Entra ID (work or school) and Microsoft account (personal): `/{tenant}/` is common, organizations,
 * consumers or a tenant.
 */
export const MICROSOFT_DEVICE_CODE_PAGES: readonly DeviceCodeEndpoint[] = [
  // The address the Azure CLI, MSAL and the lures print; it redirects to the deviceauth page below.
  { origin: 'https://microsoft.com', path: /^\/devicelogin\/?$/i, account: 'Microsoft', source: ENTRA_DEVICE_CODE },
  { origin: 'https://www.microsoft.com', path: /^\/devicelogin\/?$/i, account: 'Microsoft', source: ENTRA_DEVICE_CODE },
  // Where microsoft.com/devicelogin lands; Storm-2372's victims typed the attacker's code here.
  ...['https://login.microsoftonline.com', 'https://login.microsoft.com'].map((origin) => ({
    origin,
    path: /^\/[^/]+\/oauth2\/(?:v2\.0\/)?deviceauth\/?$/i,
    account: 'Microsoft',
    source: STORM_2372,
  })),
  // Microsoft account: consoles and TVs print microsoft.com/link, which lands on login.live.com's remote-connect page.
  // No Microsoft page found that names either address; these are third-party guides (fetched 2026-12-02).
  {
    origin: 'https://www.microsoft.com',
    path: /^\/(?:[a-z]{2}-[a-z]{2}\/)?link\/?$/i,
    account: 'Microsoft',
    source: XBOX_LINK_GUIDE,
  },
  { origin: 'https://microsoft.com', path: /^\/link\/?$/i, account: 'Microsoft', source: XBOX_LINK_GUIDE },
  {
    origin: 'https://login.live.com',
    path: /^\/oauth20_remoteconnect\.srf$/i,
    account: 'Microsoft',
    source: 'https://www.tantoor.com/where-to-enter-minecraft-code/',
  },
];

export const GITHUB_DEVICE_CODE_PAGES: readonly DeviceCodeEndpoint[] = [
  // The device flow's verification_uri; /select_account and /confirmation follow it on the same path.
  {
    origin: 'https://github.com',
    path: /^\/login\/device(?:\/[a-z_]+)?\/?$/i,
    account: 'GitHub',
    source: 'https://docs.github.com/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow',
  },
];

const GOOGLE_LIMITED_INPUT = 'https://developers.google.com/identity/protocols/oauth2/limited-input-device';

export const GOOGLE_DEVICE_CODE_PAGES: readonly DeviceCodeEndpoint[] = [
  // verification_url in Google's device flow responses.
  { origin: 'https://www.google.com', path: /^\/device\/?$/i, account: 'Google', source: GOOGLE_LIMITED_INPUT },
  { origin: 'https://google.com', path: /^\/device\/?$/i, account: 'Google', source: GOOGLE_LIMITED_INPUT },
  // Where www.google.com/device lands. Not in Google's docs: the path clients and test tools open directly
  // (e.g. https://accounts.google.com/o/oauth2/device/usercode?flowName=DeviceOAuth).
  {
    origin: 'https://accounts.google.com',
    path: /^\/o\/oauth2\/device\/usercode\/?$/i,
    account: 'Google',
    source: GOOGLE_LIMITED_INPUT,
  },
];
