import { mayNeedInspection } from '../core/page/gate-head';
import { watchUntilWake } from './idle-watch';
import { loadWakeModule } from './load-wake-module';

// Runs on every http(s) page in every frame. Until the page could ask for credentials or consent, only the idle
// watcher runs, with the every-page part of the gate. The rest of the content script (the full gate, snapshot,
// reporting, warnings) is a module of its own, loaded on wake, so an ordinary page neither compiles nor runs it
// and never talks to the background.
watchUntilWake(mayNeedInspection, (reason) => {
  loadWakeModule().then(
    (module) => module.start(reason),
    // The extension was updated or reloaded under this page: nothing of it is left to load.
    () => undefined,
  );
});
