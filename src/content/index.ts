import * as v from 'valibot';
import { runtimeApi } from './extension-api';
import { ToContentMessageSchema } from '../shared/to-content';
import { startInspector } from './inspector';
import { presentWarning } from './present-warning';

// Runs on every http(s) page in every frame: it stays idle unless the page could ask for credentials or consent.
startInspector();

if (window === window.top) {
  runtimeApi().onMessage.addListener((message: unknown) => {
    const parsed = v.safeParse(ToContentMessageSchema, message);
    if (parsed.success) presentWarning(parsed.output.warning);
    return undefined;
  });
}
