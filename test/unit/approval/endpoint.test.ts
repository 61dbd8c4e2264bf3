import { describe, expect, it } from 'vitest';
import { matchApprovalEndpoint } from '../../../src/core/approval/endpoint';
import { PROVIDERS } from '../../../src/core/providers/registry';
import { parsePageUrl } from '../../../src/core/url/page-url';

const Q = '?client_id=abc&response_type=Assertion&state=s&scope=vso.code&redirect_uri=https://app.example/cb';

describe('matchApprovalEndpoint', () => {
  it.each([
    ['https://app.vssps.visualstudio.com/oauth2/authorize' + Q, 'genuine', 'azure-devops'],
    ['https://app.vssps.visualstudio.com/OAuth2/Authorize/' + Q, 'genuine', 'azure-devops'],
    ['http://app.vssps.visualstudio.com/oauth2/authorize' + Q, 'wrong-origin', 'azure-devops'],
    ['https://app.vssps.visualstudio.com:8443/oauth2/authorize' + Q, 'wrong-origin', 'azure-devops'],
    ['https://evil.net/oauth2/authorize' + Q, 'foreign-path', 'azure-devops'],
    [
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x&response_type=code',
      'genuine',
      'entra-id',
    ],
    ['https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/authorize?client_id=x', 'genuine', 'entra-id'],
    ['https://github.com/login/oauth/authorize?client_id=x', 'genuine', 'github'],
    ['https://accounts.google.com/o/oauth2/v2/auth?client_id=x', 'genuine', 'google'],
  ])('%s → %s (%s)', (input, kind, providerId) => {
    const url = parsePageUrl(input);
    if (!url) throw new Error('fixture URL must parse');
    const match = matchApprovalEndpoint(url, PROVIDERS);
    expect(match?.kind).toBe(kind);
    expect(match?.provider.id).toBe(providerId);
  });

  it.each([
    'https://app.vssps.visualstudio.com/Profile/View',
    'https://app.vssps.visualstudio.com/oauth2/token',
    'https://example.com/oauth2/authorize',
    'https://docs.example.com/blog/oauth2/authorize-explained',
    'https://login.microsoftonline.com/common/oauth2/v2.0/token',
  ])('no approval endpoint at %s', (input) => {
    const url = parsePageUrl(input);
    if (!url) throw new Error('fixture URL must parse');
    expect(matchApprovalEndpoint(url, PROVIDERS)).toBeNull();
  });
});
