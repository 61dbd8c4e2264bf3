import browser from 'webextension-polyfill';
import { PROVIDERS } from '../core/providers/registry';
import { NO_POLICY, parsePolicy, type Policy } from '../shared/policy';

/**
 * The organisation's policy from storage.managed. Firefox rejects the call when no policy names the extension, and
 * some builds have no managed storage at all: both mean "no policy", never an error for the user.
 */
export async function readPolicy(): Promise<Policy> {
  try {
    const stored: unknown = await browser.storage.managed.get();
    return parsePolicy(stored, PROVIDERS.map((provider) => provider.id));
  } catch {
    return NO_POLICY;
  }
}
