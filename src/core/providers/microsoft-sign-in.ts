/**
 * Microsoft's sign-in surfaces are shared by Azure DevOps and Microsoft Entra ID: the same origins take the
 * same credentials, and phishing kits imitate the same pages, so both provider records use these values.
 */
export const MICROSOFT_SIGN_IN_ORIGINS = [
  'https://login.microsoftonline.com',
  'https://login.microsoft.com',
  'https://login.windows.net',
  'https://sts.windows.net',
  'https://login.live.com',
  'https://account.live.com',
] as const;

export const MICROSOFT_PROTECTED_DOMAINS = ['microsoftonline.com', 'microsoft.com', 'live.com', 'windows.net'] as const;

export const MICROSOFT_BRAND_PHRASES = [
  'sign in to continue to azure devops',
  'work or school account',
  'microsoft account',
  'pick an account',
  'enter password',
  'stay signed in?',
  "can't access your account?",
  'sign in with your microsoft account',
  'use your microsoft account',
  'forgot my password',
  'sign-in options',
  'email, phone, or skype',
  'no account? create one!',
  // The same page in German, Dutch, French and Spanish (kits copy the localized page): the account's name and
  // Microsoft's own "I forgot my password" wording; generic words such as "Anmelden" are left out.
  'microsoft-konto',
  'ich habe mein kennwort vergessen',
  'microsoft-account',
  'ik ben mijn wachtwoord vergeten',
  'compte microsoft',
  'cuenta microsoft',
  'cuenta de microsoft',
] as const;

export const MICROSOFT_LOGO_HINTS = [
  'microsoft_logo',
  'microsoft-logo',
  'ms-logo',
  'mslogo',
  'msft-logo',
  'bannerlogo',
] as const;

/**
 * Element names of Microsoft's sign-in page (login.microsoftonline.com, login.live.com). The e-mail and password
 * inputs and the Next/Sign in button are the ids Microsoft's own browser tests drive (AzureAD/
 * microsoft-authentication-library-for-java, msal4j-sdk/src/integrationtest/java/infrastructure/
 * SeleniumConstants.java: `i0116`, `i0118`, `idSIButton9`, `idBtn_Back`); `loginfmt` is the e-mail input's name,
 * the `idA_`/`idDiv_`/`idTd_PWD` ids the password step's links and boxes, and `ftrTerms`, `ftrPrivacy`, `ftrCopy`
 * the footer's links and copyright, as saved copies of the genuine page carry them (test/fixtures/kits,
 * zphisher-microsoft.html and hiddeneye-live.html among them). Generic names ("passwd", "lightbox") are left out.
 */
export const MICROSOFT_MARKUP_IDS = [
  'i0116',
  'i0118',
  'idSIButton9',
  'idBtn_Back',
  'loginfmt',
  'idA_PWD_ForgotPassword',
  'idDiv_PWD_UsernameTb',
  'idDiv_PWD_PasswordTb',
  'idTd_PWD_Error',
  'ftrTerms',
  'ftrPrivacy',
  'ftrCopy',
] as const;
