import { watchUntilWake } from './idle-watch';

// Runs on every http(s) page in every frame. Until the page could ask for credentials or consent, only the idle
// watcher runs: the rest of the content script (snapshot, reporting, warnings) is bundled in but evaluated on
// wake, through the dynamic import, so an ordinary page pays for none of its start-up and never talks to the
// background.
watchUntilWake((reason) => {
  void import('./wake').then((module) => module.wake(reason));
});
