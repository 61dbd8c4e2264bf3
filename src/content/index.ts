/*
 * The content script: its parts, and when each loads
 * ===================================================
 *
 * In Chromium it ships as three files, built by `contentScriptFiles` in vite.config.ts and declared in the built
 * manifest from `builtContentScripts` in scripts/manifest-for.ts:
 *
 *   content.js        The idle script: this file. Every http(s) page, every frame, at document_end, except the
 *                     providers' approval pages. A classic script, compiled whole (V8's compile hint).
 *   content-wake.js   The wake module: wake-entry.ts and all it imports, an ES module. Loaded with `import()` only
 *                     when the idle script wakes; web-accessible for that (in Chromium at a per-session URL).
 *   content-whole.js  The whole script: whole.ts, the wake module's code as one classic script. Runs instead of
 *                     the idle script on the providers' approval pages (the manifest's second entry), where a
 *                     verdict is wanted at once and fetching the wake module would delay it.
 *
 * Firefox gets two: its content.js is built from index-classic.ts, the same watcher and wake gate with the wake
 * module's code bundled in, since Firefox 140 refuses the `import()` in a page with an opaque origin (sandboxed).
 * Its path below is the same without load-wake-module.ts and the kernel hand-over.
 *
 * One ordinary page's path, top to bottom; most pages never leave the first step:
 *
 *   index.ts             watchUntilWake(shouldWake, …): one mutation observer (re-checks at most every 250 ms)
 *      │                 and one listener for focus, pointing and copying. idle-watch.ts; the wake gate is
 *      │                 core/page/wake-gate.ts.
 *      │  wakes once: the wake gate says yes, the top page holds frames, something editable gets focus, or the
 *      │  user reaches a device-login link or copies from a page that prints one (core/page/device-text.ts)
 *      ▼
 *   load-wake-module.ts  Leaves the idle kernel on the content script world's global (pages cannot see it), then
 *      │                 `import()`s content-wake.js. The kernel hand-over: idle-kernel.ts lists the modules
 *      │                 the idle script already has; the wake module's build (scripts/idle-kernel-plugin.ts)
 *      │                 turns each import of them into a read from that global, so they ship once. vite.config.ts
 *      │                 loads idle-kernel.ts with `runnerImport` to learn their export names. In the dev server
 *      │                 and in unit tests there is no hand-over: wake-entry.ts is imported as source.
 *      ▼
 *   wake-entry.ts        start(reason). Woken by the wake gate ('loaded', 'changed'): a second watcher, with the
 *      │                 inspection gate (core/page/inspection-gate.ts), until that says yes. Woken by frames or
 *      │                 focus: no gate.
 *      ▼
 *   wake.ts              wake(reason): starts the approval recorder (approval-recorder.ts) and the inspector, and
 *      │                 the password-reuse alert (password-alert.ts) when the background's reply asks for it.
 *      ▼
 *   inspector.ts         Snapshot (core/page/snapshot.ts), on load after the first frame (after-first-paint.ts),
 *                        sent as a 'page-report'; the reply (checked by reply-guards.ts) may carry a warning for
 *                        present-warning.ts. Checks again after DOM changes and in-page navigations.
 *
 * The two gates, each named for what it decides:
 *
 *   wake gate        shouldWake     Is the wake module worth loading? URL, title and two selector queries; reads
 *                                   no element. Runs on every page, in the idle script.
 *   inspection gate  shouldInspect  Is the page read in full and reported? Starts from the wake gate's reading
 *                                   (wakeSignals), then reads elements, bounded. Runs in the wake module.
 *
 * The wake gate says yes wherever the inspection gate does (a property test holds it), so the idle script never
 * keeps the wake module from a page that needs it.
 *
 * The in-page warning: present-warning.ts mounts warning-ui.ts (closed shadow root; styles in warning-styles.ts
 * and warning.css) and holds form submissions (submit-guard.ts) while it stands; warning-listener.ts lets the
 * background raise it in a top frame for a danger found in one of its frames. extension-api.ts is the runtime API
 * without webextension-polyfill; wake-module-file.ts names the wake module's file for the build and the loader.
 */

import { shouldWake } from '../core/page/wake-gate';
import { watchUntilWake } from './idle-watch';
import { loadWakeModule } from './load-wake-module';

// Until the page could ask for credentials or consent, only the idle watcher runs, with the wake gate. The rest of
// the content script (the inspection gate, snapshot, reporting, warnings) is the wake module, loaded on wake, so an
// ordinary page neither compiles nor runs it and never talks to the background.
watchUntilWake(shouldWake, (reason) => {
  loadWakeModule().then(
    (module) => module.start(reason),
    // The extension was updated or reloaded under this page: nothing of it is left to load.
    () => undefined,
  );
});
