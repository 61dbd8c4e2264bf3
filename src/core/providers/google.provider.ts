import { GOOGLE_TIERS } from '../risk/tier-data';
import { GOOGLE_DEVICE_CODE_PAGES } from './device-code-pages';
import { GOOGLE_MARKUP_IDS } from './google-sign-in';
import { rowsIn, scopeCatalogue } from './scope-catalogue';
import { OAUTH2_PARAMETER_NAMES, type Provider } from './types';

const row = rowsIn('Google OAuth');

const google: Provider = {
  id: 'google',
  name: 'Google',
  accountName: 'Google',
  docs: [
    'https://developers.google.com/identity/protocols/oauth2/web-server',
    'https://developers.google.com/identity/protocols/oauth2/scopes',
  ],
  approvalEndpoints: [{ origin: 'https://accounts.google.com', path: /^\/o\/oauth2\/(?:v2\/)?auth\/?$/i }],
  deviceCodeEndpoints: GOOGLE_DEVICE_CODE_PAGES,
  request: {
    ...OAUTH2_PARAMETER_NAMES,
    expectedResponseTypes: ['code', 'token', 'id_token', 'code id_token', 'id_token token'],
    required: ['client_id', 'response_type', 'scope', 'redirect_uri'],
    scopeSeparator: /[\s+]+/,
    redirectMustBeHttps: false,
  },
  signInOrigins: ['https://accounts.google.com'],
  protectedDomains: ['google.com'],
  branding: {
    // Gmail is the product most kits name in the title ("Gmail", "to continue to Gmail").
    names: ['google', 'gmail'],
    // Wording of Google's own sign-in pages (accounts.google.com: identifier step, password step, the older
    // one-page form), which kits copy. "Sign in" and "with your Google Account" sit in separate elements there.
    phrases: [
      'sign in with google',
      'choose an account',
      'to continue to',
      'wants access to your google account',
      'sign in with your google account',
      'with your google account',
      'use your google account',
      'one account. all of google.',
      'one google account for everything google',
      'email or phone',
      'forgot email?',
      'enter your password',
      'not your computer?',
    ],
    logoHints: ['googlelogo', 'google-logo', 'google_logo', 'google_png', 'google-favicon', 'google_favicon'],
    consentWords: ['allow', 'cancel', 'wants access to your google account', 'make sure you trust'],
    drawnLogos: [],
    markupIds: GOOGLE_MARKUP_IDS,
  },
  management: [
    { label: 'Google Account: Third-party apps & services', url: 'https://myaccount.google.com/permissions' },
  ],
  scopes: scopeCatalogue([
    row('openid', 'Sign you in', 'Associate you with your personal info on Google.', false),
    row('email', 'See your email address', 'See your primary Google Account email address.', false),
    row('profile', 'See your personal info', 'See your name and profile picture.', false),
    row('https://mail.google.com/', 'Read, compose, send and delete all your email', 'Full access to Gmail.', true),
    row(
      'https://www.googleapis.com/auth/drive',
      'See, edit, create and delete all your Google Drive files',
      'Full access to Google Drive.',
      true,
    ),
    row(
      'https://www.googleapis.com/auth/cloud-platform',
      'See, edit, configure and delete your Google Cloud data',
      'Full access to Google Cloud.',
      true,
    ),
    row(
      'https://www.googleapis.com/auth/userinfo.email',
      'See your email address',
      'See your primary Google Account email address.',
      false,
    ),
    row(
      'https://www.googleapis.com/auth/userinfo.profile',
      'See your personal info',
      'See your name and profile picture.',
      false,
    ),
  ]),
  highPrivilegePatterns: [/\/auth\/gmail\./, /\/auth\/drive(?!\.file|\.appdata)/, /\/auth\/admin\./],
  risk: {
    tiers: GOOGLE_TIERS,
    phishingFamilies: [],
    persistentScopes: [],
    // "access_type=offline" asks for a refresh token (developers.google.com/identity/protocols/oauth2/web-server).
    persistentParams: [['access_type', 'offline']],
    // Loopback IP address redirects for desktop apps (developers.google.com/identity/protocols/oauth2/native-app).
    loopbackHttp: true,
    unverifiedMarkers: [],
  },
};

export default google;
