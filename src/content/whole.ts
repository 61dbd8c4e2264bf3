import { needsInspection } from '../core/page/quick-gate';
import { watchUntilWake } from './idle-watch';
import { wake } from './wake';

// Runs, instead of the idle script, on the providers' own approval pages (the manifest's second entry): there a
// verdict is awaited at once, and fetching the wake module first would cost it some 25 ms. So the whole content
// script comes in one file, as the idle script and the wake module would run it.
watchUntilWake(needsInspection, wake);
