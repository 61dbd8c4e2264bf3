import { GITHUB_TIERS } from '../risk/tier-data';
import { GITHUB_DEVICE_CODE_PAGES } from './device-code-pages';
import { rowsIn, scopeCatalogue } from './scope-catalogue';
import { OAUTH2_PARAMETER_NAMES, type Provider } from './types';

const row = rowsIn('GitHub OAuth app');

const github: Provider = {
  id: 'github',
  name: 'GitHub',
  accountName: 'GitHub',
  docs: [
    'https://docs.github.com/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps',
    'https://docs.github.com/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps',
  ],
  approvalEndpoints: [{ origin: 'https://github.com', path: /^\/login\/oauth\/authorize\/?$/i }],
  deviceCodeEndpoints: GITHUB_DEVICE_CODE_PAGES,
  request: {
    ...OAUTH2_PARAMETER_NAMES,
    // GitHub's web flow has no response_type; an empty list means the parameter is not checked.
    expectedResponseTypes: [],
    required: ['client_id'],
    scopeSeparator: /[\s,+]+/,
    redirectMustBeHttps: false,
  },
  signInOrigins: ['https://github.com'],
  protectedDomains: ['github.com'],
  branding: {
    names: ['github'],
    phrases: [
      'sign in to github',
      'authorize application',
      'authorizing will redirect to',
      'username or email address',
      'new to github?',
      'wants to access your',
    ],
    logoHints: ['octicon-mark-github', 'github-logo', 'octocat', 'github-mark'],
    consentWords: [
      'authorize',
      'cancel',
      'wants to access your',
      'authorizing will redirect to',
      'organization access',
    ],
    drawnLogos: [],
    // None yet: github.com/login's input ids (`login_field`, `password`) are short words other sites use too.
    markupIds: [],
  },
  management: [
    { label: 'GitHub: Authorized OAuth Apps', url: 'https://github.com/settings/applications' },
    { label: 'GitHub: this app', url: 'https://github.com/settings/connections/applications/{clientId}' },
  ],
  scopes: scopeCatalogue([
    row(
      'repo',
      'Full control of private repositories',
      'Read and write code, settings, webhooks and more in all your repositories.',
      true,
    ),
    row('public_repo', 'Access public repositories', 'Read and write code in your public repositories.', true),
    row('repo:status', 'Access commit status', 'Read and write commit statuses.', false),
    row('read:org', 'Read org membership', 'See which organizations and teams you belong to.', false),
    row('admin:org', 'Full control of orgs and teams', 'Manage your organizations, their members and teams.', true),
    row(
      'admin:repo_hook',
      'Full control of repository hooks',
      'Create and delete webhooks on your repositories.',
      true,
    ),
    row('admin:public_key', 'Full control of user public keys', 'Add and remove your SSH keys.', true),
    row('delete_repo', 'Delete repositories', 'Delete repositories you administer.', true),
    row('workflow', 'Update GitHub Action workflows', 'Change the workflows that run with your secrets.', true),
    row('write:packages', 'Upload packages', 'Publish packages to GitHub Packages.', true),
    row('read:packages', 'Download packages', 'Download packages from GitHub Packages.', false),
    row('gist', 'Create gists', 'Create and edit your gists.', false),
    row('user', 'Update all user data', 'Read and change your profile.', true),
    row('read:user', 'Read all user profile data', 'Read your profile.', false),
    row('user:email', 'Access user email addresses', 'Read your email addresses.', false),
    row('notifications', 'Access notifications', 'Read your notifications.', false),
  ]),
  highPrivilegePatterns: [/^admin:/, /^write:/, /^delete/],
  risk: {
    tiers: GITHUB_TIERS,
    phishingFamilies: [],
    // OAuth app tokens do not expire unless revoked: no request asks for persistence separately.
    persistentScopes: [],
    persistentParams: [],
    // "Loopback redirect urls" (docs.github.com, Authorizing OAuth apps): http://127.0.0.1 with any port.
    loopbackHttp: true,
    unverifiedMarkers: [],
  },
};

export default github;
