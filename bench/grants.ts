/**
 * What Azure DevOps' DelegatedAuth service answers for a user with `count` authorizations, in the shape the
 * popup reads (src/core/authorizations): the popup's 500-grant figure is measured against it.
 */
export function delegatedAuthListing(count: number): { count: number; value: unknown[] } {
  const value = [];
  for (let index = 0; index < count; index += 1) {
    const id = `C0FFEE01-0000-4000-8000-${String(index).padStart(12, '0')}`;
    value.push({
      authorization: {
        authorizationId: `bench-${index}`,
        registrationId: id,
        scopes: index % 3 === 0 ? 'vso.code_full vso.work' : 'vso.code vso.work_write vso.build',
        redirectUri: `https://app${index}.contoso.example/oauth/callback`,
        validFrom: '2025-03-01T10:00:00Z',
        validTo: '2030-03-01T10:00:00Z',
        isValid: true,
        accessIssued: true,
      },
      clientRegistration: {
        registrationId: id,
        registrationName: `Contoso tool ${index}`,
        organizationName: 'Contoso Ltd',
        registrationLocation: 'https://contoso.example',
      },
      scopeDescriptions: [],
    });
  }
  return { count, value };
}
