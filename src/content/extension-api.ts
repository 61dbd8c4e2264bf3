import type { Browser } from 'webextension-polyfill';

/**
 * The content script runs on every page, so it skips webextension-polyfill (a third of its bundle): the calls it
 * makes (runtime.sendMessage, runtime.onMessage, runtime.getURL) work without it in Firefox (`browser`) and in
 * Chromium's Manifest V3 (`chrome`), promise-based where they are asynchronous.
 */
type RuntimeApi = Pick<Browser['runtime'], 'sendMessage' | 'onMessage' | 'getURL'>;

interface ExtensionGlobals {
  readonly browser?: { readonly runtime: RuntimeApi };
  readonly chrome?: { readonly runtime: RuntimeApi };
}

export function runtimeApi(): RuntimeApi {
  const globals = globalThis as ExtensionGlobals;
  const runtime = globals.browser?.runtime ?? globals.chrome?.runtime;
  if (!runtime) throw new Error('Consent Guard: no extension runtime');
  return runtime;
}

/**
 * The URL of one of the extension's own files. The only thing the content script passes to `import()`, and the
 * lint rule against loading unchecked code knows it by this name.
 */
export function extensionFileUrl(file: string): string {
  return runtimeApi().getURL(file);
}
