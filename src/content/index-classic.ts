import { mayNeedInspection } from '../core/page/gate-head';
import { watchUntilWake } from './idle-watch';
import { start } from './wake-entry';

// Firefox's content script on every page (see `builtContentScripts` in scripts/manifest-for.ts): the same idle
// watcher and gate as `index.ts`, with the rest of the content script in this one classic file instead of a module
// loaded on wake, which Firefox 140 refuses to load into a page with an opaque origin.
watchUntilWake(mayNeedInspection, start);
