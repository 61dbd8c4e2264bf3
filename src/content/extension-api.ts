import type { Browser } from 'webextension-polyfill';

/**
 * The content script runs on every page, so it skips webextension-polyfill (a third of its bundle): the two
 * calls it makes, runtime.sendMessage and runtime.onMessage, are promise-based natively in Firefox (`browser`)
 * and in Chromium's Manifest V3 (`chrome`).
 */
type RuntimeApi = Pick<Browser['runtime'], 'sendMessage' | 'onMessage'>;

interface ExtensionGlobals {
  readonly browser?: { readonly runtime: RuntimeApi };
  readonly chrome?: { readonly runtime: RuntimeApi };
}

export function runtimeApi(): RuntimeApi {
  const globals = globalThis as ExtensionGlobals;
  const runtime = globals.browser?.runtime ?? globals.chrome?.runtime;
  if (!runtime) throw new Error('Consent Guard: no extension runtime in this context');
  return runtime;
}
