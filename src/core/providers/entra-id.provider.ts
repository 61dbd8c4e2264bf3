import { MICROSOFT_AFTER_CODE_PAGES, MICROSOFT_DEVICE_CODE_PAGES } from './device-code-pages';
import {
  MICROSOFT_BRAND_PHRASES,
  MICROSOFT_LOGO_HINTS,
  MICROSOFT_MARKUP_IDS,
  MICROSOFT_PROTECTED_DOMAINS,
  MICROSOFT_SIGN_IN_ORIGINS,
} from './microsoft-sign-in';
import { ENTRA_PHISHING_FAMILIES, ENTRA_TIERS } from '../risk/tier-data';
import { scopeCatalogue } from './scope-catalogue';
import { OAUTH2_PARAMETER_NAMES, type Provider } from './types';

// Azure DevOps OAuth is being retired in favour of Entra ID OAuth, so its consent page is a first-class target.
const AZURE_DEVOPS_RESOURCE = '499b84ac-1321-427f-aa17-267ca6975798';

const entraId: Provider = {
  id: 'entra-id',
  name: 'Microsoft Entra ID',
  accountName: 'Microsoft',
  docs: [
    'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow',
    'https://learn.microsoft.com/azure/devops/integrate/get-started/authentication/entra-oauth',
  ],
  approvalEndpoints: [
    'https://login.microsoftonline.com',
    'https://login.microsoft.com',
    'https://login.windows.net',
  ].map((origin) => ({ origin, path: /^\/[^/]+\/oauth2\/(?:v2\.0\/)?authorize\/?$/i })),
  deviceCodeEndpoints: MICROSOFT_DEVICE_CODE_PAGES,
  afterCodePages: MICROSOFT_AFTER_CODE_PAGES,
  request: {
    ...OAUTH2_PARAMETER_NAMES,
    expectedResponseTypes: ['code', 'id_token', 'code id_token', 'token', 'id_token token', 'code id_token token'],
    required: ['client_id', 'response_type'],
    scopeSeparator: /[\s+]+/,
    redirectMustBeHttps: true,
  },
  signInOrigins: MICROSOFT_SIGN_IN_ORIGINS,
  protectedDomains: MICROSOFT_PROTECTED_DOMAINS,
  branding: {
    // OneDrive and SharePoint sign in through Microsoft's sign-in page: document-share lures name them instead.
    names: [
      'microsoft',
      'microsoft entra',
      'azure active directory',
      'azure devops',
      'office 365',
      'microsoft 365',
      'outlook',
      'onedrive',
      'sharepoint',
    ],
    phrases: [...MICROSOFT_BRAND_PHRASES, 'permissions requested', 'this app would like to'],
    logoHints: MICROSOFT_LOGO_HINTS,
    consentWords: [
      'accept',
      'cancel',
      'permissions requested',
      'this app would like to',
      'consent on behalf of your organization',
    ],
    drawnLogos: ['microsoft-four-squares'],
    markupIds: MICROSOFT_MARKUP_IDS,
  },
  management: [
    { label: 'Work or school account: My Apps', url: 'https://myapps.microsoft.com' },
    { label: 'Personal Microsoft account: Apps and services', url: 'https://account.live.com/consent/Manage' },
  ],
  scopes: scopeCatalogue([
    {
      scope: 'openid',
      title: 'Sign you in',
      description: 'Lets the app sign you in with your Microsoft identity.',
      highPrivilege: false,
      inheritsFrom: null,
      category: 'OpenID Connect',
    },
    {
      scope: 'profile',
      title: 'View your basic profile',
      description: 'Lets the app see your name and basic profile.',
      highPrivilege: false,
      inheritsFrom: null,
      category: 'OpenID Connect',
    },
    {
      scope: 'email',
      title: 'View your email address',
      description: 'Lets the app read your primary email address.',
      highPrivilege: false,
      inheritsFrom: null,
      category: 'OpenID Connect',
    },
    {
      scope: 'offline_access',
      title: 'Maintain access to data you have given it access to',
      description: 'Lets the app keep access while you are not using it, through refresh tokens.',
      highPrivilege: false,
      inheritsFrom: null,
      category: 'OpenID Connect',
    },
    {
      scope: `${AZURE_DEVOPS_RESOURCE}/user_impersonation`,
      title: 'Azure DevOps: act as you',
      description: 'Full access to Azure DevOps with your permissions: code, pipelines, work items and settings.',
      highPrivilege: true,
      inheritsFrom: null,
      category: 'Azure DevOps',
    },
    {
      scope: `${AZURE_DEVOPS_RESOURCE}/.default`,
      title: 'Azure DevOps: every permission the app is configured for',
      description: 'All Azure DevOps permissions configured on the app registration.',
      highPrivilege: true,
      inheritsFrom: null,
      category: 'Azure DevOps',
    },
    {
      scope: 'https://graph.microsoft.com/User.Read',
      title: 'Sign in and read your profile',
      description: 'Lets the app read your profile and sign you in.',
      highPrivilege: false,
      inheritsFrom: null,
      category: 'Microsoft Graph',
    },
    {
      scope: 'User.Read',
      title: 'Sign in and read your profile',
      description: 'Lets the app read your profile and sign you in.',
      highPrivilege: false,
      inheritsFrom: null,
      category: 'Microsoft Graph',
    },
  ]),
  highPrivilegePatterns: [
    /user_impersonation$/i,
    /\.ReadWrite(\.All)?$/i,
    /\.All$/i,
    /^(https:\/\/graph\.microsoft\.com\/)?(Mail|Files|Directory|Sites)\./i,
    /\/\.default$/,
  ],
  risk: {
    tiers: ENTRA_TIERS,
    phishingFamilies: ENTRA_PHISHING_FAMILIES,
    // "offline_access: maintain access to data you have given it access to" (Microsoft identity platform scopes).
    persistentScopes: ['offline_access'],
    persistentParams: [],
    // Redirect URI restrictions (learn.microsoft.com/entra/identity-platform/reply-url): http://localhost and
    // http://127.0.0.1 are allowed for native and desktop apps.
    loopbackHttp: true,
    // "Unverified" shows where the publisher would be (entra-docs application-consent-experience.md).
    unverifiedMarkers: ['unverified'],
  },
};

export default entraId;
