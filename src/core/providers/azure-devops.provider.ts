import scopeData from '../data/ado-scopes.json';
import {
  MICROSOFT_BRAND_PHRASES,
  MICROSOFT_LOGO_HINTS,
  MICROSOFT_MARKUP_IDS,
  MICROSOFT_PROTECTED_DOMAINS,
  MICROSOFT_SIGN_IN_ORIGINS,
} from './microsoft-sign-in';
import { highPrivilegeTiers } from '../risk/tier-data';
import { scopeCatalogue } from './scope-catalogue';
import { OAUTH2_PARAMETER_NAMES, type Provider } from './types';

const azureDevOps: Provider = {
  id: 'azure-devops',
  name: 'Azure DevOps',
  accountName: 'Microsoft',
  docs: [
    'https://learn.microsoft.com/azure/devops/integrate/get-started/authentication/azure-devops-oauth',
    'https://learn.microsoft.com/azure/devops/organizations/accounts/change-application-access-policies',
  ],
  approvalEndpoints: [{ origin: 'https://app.vssps.visualstudio.com', path: /^\/oauth2\/authorize\/?$/i }],
  request: {
    ...OAUTH2_PARAMETER_NAMES,
    expectedResponseTypes: ['Assertion'],
    required: ['client_id', 'response_type', 'scope', 'redirect_uri'],
    scopeSeparator: /[\s+]+/,
    redirectMustBeHttps: true,
  },
  signInOrigins: [...MICROSOFT_SIGN_IN_ORIGINS, 'https://app.vssps.visualstudio.com'],
  protectedDomains: ['visualstudio.com', 'azure.com', ...MICROSOFT_PROTECTED_DOMAINS],
  branding: {
    names: ['azure devops', 'visual studio team services', 'vsts', 'visual studio online', 'microsoft'],
    phrases: [
      ...MICROSOFT_BRAND_PHRASES,
      'authorize application',
      'azure devops services',
      'to continue to azure devops',
    ],
    logoHints: [...MICROSOFT_LOGO_HINTS, 'azure-devops', 'azuredevops', 'vsts', 'vss-logo'],
    consentWords: [
      'accept',
      'deny',
      'authorize',
      'allow',
      'cancel',
      'is requesting',
      'will be able to',
      'permissions',
      'access to',
      'would like permission to access',
    ],
    drawnLogos: ['microsoft-four-squares'],
    markupIds: MICROSOFT_MARKUP_IDS,
  },
  management: [
    { label: 'Azure DevOps: Manage authorizations', url: 'https://app.vssps.visualstudio.com/Profile/View' },
    {
      label: 'Azure DevOps organization: Authorizations',
      url: 'https://dev.azure.com/{org}/_usersSettings/authorizations',
    },
  ],
  authorizations: {
    listUrl: 'https://app.vssps.visualstudio.com/_apis/DelegatedAuth/Authorizations',
    revokeParam: 'authorizationId',
    apiVersion: '3.2-preview.1',
    hostPermission: 'https://app.vssps.visualstudio.com/*',
    // VSS services answer an unauthenticated call with a sign-in page unless asked not to.
    headers: { 'X-TFS-FedAuthRedirect': 'Suppress', Accept: 'application/json' },
    signInUrl: 'https://app.vssps.visualstudio.com/Profile/View',
    // AuthorizationDetails as azure-devops-node-api's DelegatedAuthorizationApi describes it.
    fields: {
      id: ['authorization.authorizationId'],
      clientId: ['authorization.registrationId', 'clientRegistration.registrationId'],
      appName: ['clientRegistration.registrationName'],
      publisher: ['clientRegistration.organizationName'],
      scopes: ['authorization.scopes'],
      scopeTitles: ['scopeDescriptions'],
      redirectUri: ['authorization.redirectUri'],
      validFrom: ['authorization.validFrom'],
      validTo: ['authorization.validTo'],
      isValid: ['authorization.isValid'],
    },
  },
  scopes: scopeCatalogue(scopeData.scopes),
  highPrivilegePatterns: [/_manage$/, /_full$/, /^vso\.tokens/, /user_impersonation$/],
  risk: {
    tiers: highPrivilegeTiers(scopeData.scopes),
    phishingFamilies: [],
    // Azure DevOps OAuth always issues a refresh token: every grant persists, so persistence tells nothing apart.
    persistentScopes: [],
    persistentParams: [],
    // "redirect_uri must be HTTPS" (Azure DevOps OAuth documentation): no loopback exception.
    loopbackHttp: false,
    unverifiedMarkers: [],
  },
};

export default azureDevOps;
