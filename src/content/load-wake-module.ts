import { extensionFileUrl } from './extension-api';
import { IDLE_KERNEL_GLOBAL, idleKernel } from './idle-kernel';
import type { WakeReason } from './idle-watch';
import { WAKE_MODULE_FILE } from './wake-module-file';

interface WakeModule {
  start(reason: WakeReason): void;
}

/**
 * Loads the rest of the content script. Built, it is a file of its own, so an ordinary page neither runs nor
 * compiles it; in the dev server and in unit tests it is the source module.
 */
export async function loadWakeModule(): Promise<WakeModule> {
  if (import.meta.env.DEV) return import('./wake-entry');
  (globalThis as Record<string, unknown>)[IDLE_KERNEL_GLOBAL] = idleKernel();
  // Our own file, built from `wake-entry`: its shape is settled at build time, not by anything a page controls.
  return (await import(/* @vite-ignore */ extensionFileUrl(WAKE_MODULE_FILE))) as WakeModule;
}
