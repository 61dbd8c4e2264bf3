import { startDeviceCodeGuard } from './device-code-guard';

// Runs, beside the other content script, on the providers' device-code entry pages only (the manifest's third entry),
// so that no other page carries the note and the hold.
void startDeviceCodeGuard();
