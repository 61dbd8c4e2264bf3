import { shouldWake } from '../core/page/wake-gate';
import { watchUntilWake } from './idle-watch';
import { start } from './wake-entry';

// Firefox's content script on every page (see the map in index.ts): the same watcher and wake gate as index.ts,
// with the rest of the content script bundled into this one classic file instead of a module loaded on wake, which
// Firefox 140 refuses to load into a page with an opaque origin.
watchUntilWake(shouldWake, start);
