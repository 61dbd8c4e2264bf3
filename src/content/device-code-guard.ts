import { judgeArrival } from '../core/device-code/arrival';
import type { ContentMessage } from '../shared/messages';
import type { DeviceCodePage } from '../shared/device-code-protocol';
import { mountDeviceCodeNote, type MountedNote } from './device-code-note';
import { isDeviceCodeReply } from './device-code-reply';
import { runtimeApi } from './extension-api';
import { guardSubmissions } from './submit-guard';

/**
 * Inputs a provider's code field is named by (Entra and Microsoft account `otc`, GitHub `user-code-0`, Google `code`).
 */
const CODE_FIELD =
  'input:is([name*="otc" i], [id*="otc" i], [name*="code" i], [id*="code" i], [aria-label*="code" i], ' +
  '[placeholder*="code" i])';
const FIELD_WAIT_MS = 10_000;

/**
 * Runs on the providers' device-code entry pages only (the manifest's third entry). The background confirms the
 * page from the sender's URL and says how to guard it; then the note goes beside the code field, and the code's
 * submission is held when the tab came from another site, or always where the organisation blocks the flow.
 */
export async function startDeviceCodeGuard(): Promise<void> {
  if (window !== window.top) return;
  const message: ContentMessage = { type: 'device-code-page' };
  let reply: unknown;
  try {
    reply = await runtimeApi().sendMessage(message);
  } catch {
    // The extension was updated or reloaded under this page.
    return;
  }
  if (!isDeviceCodeReply(reply) || !reply.deviceCodePage) return;
  const page = reply.deviceCodePage;
  whenCodeField((field) => guardCodeField(field, page));
}

/** Exported for tests: what happens once the page is known to be a device-code entry page. */
export function guardCodeField(field: Element, { mode, message, ownOrigins }: DeviceCodePage): void {
  const note: MountedNote = mountDeviceCodeNote(field.closest('form') ?? field);
  if (mode === 'block') {
    guardSubmissions();
    note.show({ kind: 'blocked', message });
    return;
  }
  const arrival = judgeArrival({ referrer: document.referrer, openerOrigin: openerOrigin() }, [
    location.origin,
    ...ownOrigins,
  ]);
  if (!arrival.fromElsewhere) {
    note.show({ kind: 'note' });
    return;
  }
  const release = guardSubmissions();
  note.show({
    kind: 'held',
    site: arrival.site,
    onConfirm: () => {
      release();
      note.show({ kind: 'released' });
    },
  });
}

/** The code field, now or once the page renders it. */
function whenCodeField(found: (field: Element) => void): void {
  const now = document.querySelector(CODE_FIELD);
  if (now) {
    found(now);
    return;
  }
  const observer = new MutationObserver(() => {
    const field = document.querySelector(CODE_FIELD);
    if (!field) return;
    observer.disconnect();
    found(field);
  });
  observer.observe(document, { childList: true, subtree: true });
  window.setTimeout(() => observer.disconnect(), FIELD_WAIT_MS);
}

/** Another origin's opener cannot be read from here: that alone says it is another site. */
function openerOrigin(): string | null {
  const opener: unknown = window.opener;
  if (opener === null || opener === undefined) return null;
  try {
    return (opener as Window).location.origin;
  } catch {
    return 'opaque';
  }
}
