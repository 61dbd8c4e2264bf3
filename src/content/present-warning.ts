import { runtimeApi } from './extension-api';
import type { ContentMessage } from '../shared/messages';
import type { WarningSpec } from '../shared/warning-spec';
import { guardSubmissions } from './submit-guard';
import { mountWarning, type MountedWarning } from './warning-ui';

let current: MountedWarning | null = null;

/** Shows (or updates) the one warning of this document, and holds password submissions while it stands. */
export function presentWarning(spec: WarningSpec): void {
  if (current) {
    current.update(spec);
    return;
  }
  const release = guardSubmissions();
  current = mountWarning(spec, {
    onContinue: () => {
      release();
      send({ type: 'continue-anyway' });
    },
    onTampered: () => send({ type: 'warning-tampered' }),
    onReport: (verdict) => send({ type: 'report-problem', verdict }),
  });
}

function send(message: ContentMessage): void {
  runtimeApi()
    .sendMessage(message)
    .catch(() => undefined);
}
