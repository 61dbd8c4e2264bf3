import { ask } from '../shared/ask';
import type { TabState } from '../shared/tab-state';
import { errorText } from './error-text';

export async function fetchTabState(tabId: number): Promise<TabState | null> {
  return (await ask({ type: 'get-tab-state', tabId })).state;
}

/**
 * The verdict for the popup's tab, or why it could not be had: never rejects, so it can be asked for before anyone
 * listens.
 */
export type TabLoad =
  | { readonly status: 'ready'; readonly tabId: number | null; readonly state: TabState | null }
  | { readonly status: 'error'; readonly message: string };

export function loadTabState(tabId: Promise<number | null>): Promise<TabLoad> {
  return tabId
    .then(async (id): Promise<TabLoad> => ({
      status: 'ready',
      tabId: id,
      state: id === null ? null : await fetchTabState(id),
    }))
    .catch((error: unknown) => ({ status: 'error', message: errorText(error) }));
}
