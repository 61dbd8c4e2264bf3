import { MICROSOFT_APP_PROMPT_START } from './after-code-pages';
import type { AfterCodePage, DeviceCodeEndpoint } from './types';

/**
 * The providers' device-code entry pages (RFC 8628 `verification_uri`, and where each one lands). Held here rather
 * than in each provider module because Microsoft's two account kinds share one provider record, and the lure
 * detector reads the same list to recognise the addresses a lure names.
 */

/*
 * After the code. Microsoft's prompt that names the app is read (`MICROSOFT_AFTER_CODE_PAGES` below); GitHub's and
 * Google's pages are not. GitHub: the page after the code is /login/device/confirmation, with a form posting to
 * /login/device/authorize and a button `authorize` = 1 (a public userscript that drives it,
 * https://github.com/ChinaGodMan/UserScripts/blob/main/github-device-authorization/github-device-authorization.user.js,
 * MIT); where the app's name and the scopes stand on it, no citable text shows (cli/cli#1522 and github/roadmap#130
 * show it only as screenshots). Google: its device-flow docs say only that the user then grants access
 * (developers.google.com/identity/protocols/oauth2/limited-input-device); no source gives the consent page's address
 * in the device flow. An app named from an unsourced page shape would be a guess.
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

/*
 * Microsoft's page after the code. Microsoft's own integration tests of MSAL for Java drive the device-code sign-in in
 * a browser (the code in `otc`, then the account) and then answer a prompt they name by its wording: "Are you trying
 * to sign in to ...", "Only continue if you downloaded the app from a store or website that you trust."
 * (SeleniumConstants.java), handled after the sign-in as "the 'Are you trying to sign in to...' prompt"
 * (pageobjects/AzureADLoginPage.java). Neither names the prompt's address, so any path on the sign-in origins counts,
 * in a tab that came from the code page. The wording is English: the page in another language is not read.
 */
const MSAL_JAVA_PROMPT =
  'https://github.com/AzureAD/microsoft-authentication-library-for-java/blob/' +
  '0508afc4594bb95362134d4d54b2a9fdf9233139/msal4j-sdk/src/integrationtest/java/infrastructure/SeleniumConstants.java';

export const MICROSOFT_AFTER_CODE_PAGES: readonly AfterCodePage[] = [
  'https://login.microsoftonline.com',
  'https://login.microsoft.com',
].map((origin) => ({
  origin,
  path: /^\//,
  names: new RegExp(`^${MICROSOFT_APP_PROMPT_START}(.{1,120}?) ?\\?$`, 'i'),
  source: MSAL_JAVA_PROMPT,
}));

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
