/**
 * The file the build writes the wake module to: everything of the content script past the idle watcher. The
 * manifest makes it web-accessible (in Chromium at a per-session URL) so that the idle script can `import()` it.
 */
export const WAKE_MODULE_FILE = 'content-wake.js';
