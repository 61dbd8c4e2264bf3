import browser from 'webextension-polyfill';
import type { AuthorizationsService } from '../../core/providers/types';

/** The host permission a provider's authorizations service needs: its origin, as manifest.json's host_permissions. */
export function serviceAccess(service: AuthorizationsService): string[] {
  return [`${new URL(service.listUrl).origin}/*`];
}

/**
 * Whether the browser lets the extension call the service with the user's session. Chromium grants an MV3
 * extension's host_permissions at install; Firefox lets the user withhold them, and then the call fails as a bare
 * network error. A browser that cannot answer is given the benefit of the doubt: the call itself then says what
 * went wrong.
 */
export async function hasHostAccess(origins: readonly string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...origins] });
  } catch {
    return true;
  }
}
