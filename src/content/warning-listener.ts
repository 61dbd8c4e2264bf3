import { isToContentMessage } from './reply-guards';
import { runtimeApi } from './extension-api';
import { presentWarning } from './present-warning';

let listening = false;

/**
 * Lets the background raise a warning in this (top) frame when the danger was found in one of its frames.
 * Touching the extension API costs about a millisecond on every page, so a top frame only listens once it
 * reports, which it does whenever it holds frames (see the inspector): before then there is nobody to warn about.
 */
export function listenForWarnings(): void {
  if (listening || window !== window.top) return;
  listening = true;
  runtimeApi().onMessage.addListener((message: unknown) => {
    if (isToContentMessage(message)) presentWarning(message.warning);
    return undefined;
  });
}
