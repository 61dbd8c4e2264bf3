/**
 * Element names of Google's sign-in page (accounts.google.com): the identifier and password steps' inputs and Next
 * buttons, as browser tests drive them (chromium/chromium, tools/perf/page_sets/login_helpers/google_login.py:
 * `identifierNext`, `passwordNext`, the older one-page form's `gaia_firstform`; AzureAD/
 * microsoft-authentication-library-for-java, SeleniumConstants.java: `identifierId`), and the older form's id
 * `gaia_loginform`, which login scripts look for to tell a failed sign-in. `Email`, `Passwd` and `signIn` are
 * common elsewhere and left out. Its own file, with no imports, so the inspection gate can read it cheaply.
 */
export const GOOGLE_MARKUP_IDS = [
  'identifierId',
  'identifierNext',
  'passwordNext',
  'gaia_firstform',
  'gaia_loginform',
] as const;
