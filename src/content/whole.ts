import { isDeviceCodePageUrl } from '../core/page/device-login-addresses';
import { startConsentHold } from './consent-hold';
import { wake } from './wake';
import { start } from './wake-entry';

// Runs, instead of the idle script, on the providers' own approval pages (the manifest's second entry): there a
// verdict is awaited at once, and fetching the wake module first would delay it (docs/performance.md). So the whole
// content script comes in one file, started as the idle script starts the wake module on a page that passes the wake
// gate, and with the consent hold, which only these pages need. The providers' device-code entry pages come here
// too: there the verdict (`?`) is given whatever the page holds.
if (isDeviceCodePageUrl(document.URL.toLowerCase())) wake({ kind: 'device-code' });
else start({ kind: 'loaded' }, startConsentHold);
