/**
 * Words that attackers glue to a brand name to make a credential-phishing domain look official
 * (`microsoft-login`, `azure-devops-signin`). A brand plus one of these is combo-squatting.
 *
 * Deliberately absent: words that name real products or services (`store`, `status`, `apis`,
 * `magazine`, `edge`), because brand owners and their press register exactly those, and
 * `access`/`admin`, which collide with product names such as Microsoft Access.
 */
export const CREDENTIAL_WORDS: readonly string[] = [
  'login',
  'logon',
  'signin',
  'signon',
  'secure',
  'security',
  'account',
  'accounts',
  'auth',
  'oauth',
  'verify',
  'verification',
  'validate',
  'validation',
  'sso',
  'mfa',
  'portal',
  'devops',
  'online',
  'support',
  'update',
  'password',
  'recovery',
  'reset',
  'unlock',
  'confirm',
  'session',
  'consent',
  'identity',
  'helpdesk',
  'billing',
];

/**
 * Words that may surround the brand alongside a credential word without changing the verdict
 * (`my-microsoft-office-login`). On their own they never make a match: `microsoftoffice` is
 * just as likely a fan site or a reseller as a phishing page.
 */
export const FILLER_WORDS: readonly string[] = [
  'my',
  'the',
  'your',
  'www',
  'web',
  'app',
  'apps',
  'mail',
  'office',
  'office365',
  'o365',
  'ms',
  'msft',
  'team',
  'teams',
  'outlook',
  'cloud',
  'service',
  'services',
  'center',
  'centre',
  'help',
  'user',
  'users',
  'id',
];
