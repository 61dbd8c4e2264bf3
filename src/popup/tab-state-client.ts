import { ask } from '../shared/ask';
import type { CodeSignIn } from '../shared/code-trail';
import type { TabState } from '../shared/tab-state';
import { errorText } from './error-text';

/**
 * The verdict for the popup's tab, and the app a device code is signing in there, or why they could not be had:
 * never rejects, so it can be asked for before anyone listens.
 */
export type TabLoad =
  | {
      readonly status: 'ready';
      readonly tabId: number | null;
      readonly state: TabState | null;
      readonly codeSignIn: CodeSignIn | null;
    }
  | { readonly status: 'error'; readonly message: string };

export function loadTabState(tabId: Promise<number | null>): Promise<TabLoad> {
  return tabId
    .then(async (id): Promise<TabLoad> => {
      const reply = id === null ? null : await ask({ type: 'get-tab-state', tabId: id });
      return { status: 'ready', tabId: id, state: reply?.state ?? null, codeSignIn: reply?.codeSignIn ?? null };
    })
    .catch((error: unknown) => ({ status: 'error', message: errorText(error) }));
}
