/** AuthorizationDetails as Azure DevOps' DelegatedAuth service returns them, for tests. */
export function details(
  id: string,
  name: string | undefined,
  clientId: string,
  overrides: { scopes?: unknown; isValid?: boolean; validTo?: string } = {},
) {
  return {
    authorization: {
      authorizationId: id,
      registrationId: clientId,
      scopes: overrides.scopes ?? 'vso.code vso.work_write',
      redirectUri: 'https://releasenotes.contoso.example/oauth/callback',
      validFrom: '2025-03-01T10:00:00Z',
      validTo: overrides.validTo ?? '2030-03-01T10:00:00Z',
      isValid: overrides.isValid ?? true,
      accessIssued: true,
    },
    clientRegistration: {
      registrationId: clientId,
      registrationName: name,
      organizationName: 'Contoso Ltd',
      registrationLocation: 'https://contoso.example',
    },
    scopeDescriptions: [
      { title: 'Code (read)', description: 'Read source code.', market: 'en-US' },
      { title: 'Work items (read and write)', description: 'Read and write work items.', market: 'en-US' },
    ],
  };
}
