import type { Provider } from '../providers/types';
import { isExactOrigin, type PageUrl } from '../url/page-url';

/** The account the alert protects, as the provider records name it. */
export const PROTECTED_ACCOUNT = 'Microsoft';

/** Where typing the Microsoft password is expected: the sign-in origins of every Microsoft-account provider. */
export function passwordHomeOrigins(providers: readonly Provider[]): readonly string[] {
  const origins = providers
    .filter((provider) => provider.accountName === PROTECTED_ACCOUNT)
    .flatMap((provider) => provider.signInOrigins);
  return [...new Set(origins)];
}

export function isPasswordHome(url: PageUrl, providers: readonly Provider[]): boolean {
  return passwordHomeOrigins(providers).some((origin) => isExactOrigin(url, origin));
}
