import { runtimeApi } from './extension-api';
import { isReportReply } from './reply-guards';
import { startPasswordAlert } from './password-alert';
import { recordAcceptance, startApprovalRecorder } from './approval-recorder';
import type { StartConsentHold } from './consent-hold';
import { startInspector } from './inspector';
import { presentWarning } from './present-warning';
import type { WakeReason } from './idle-watch';

/**
 * Everything the content script does once a page is worth a look: loaded and evaluated only then. The consent
 * hold comes only with the approval pages' own script (`whole.ts`): on every other page it would be dead weight in
 * the 15 kB the content script may load.
 */
export function wake(reason: WakeReason, startHold?: StartConsentHold): void {
  const hold = startHold?.(recordAcceptance);
  const onApprovalReply = startApprovalRecorder(hold?.holds);
  startInspector(reason, (reply) => {
    hold?.onReply(reply);
    onApprovalReply(reply);
    if (reply.passwordAlert)
      startPasswordAlert(
        reply.passwordAlert,
        (message) =>
          void runtimeApi()
            .sendMessage(message)
            .then(showReplyWarning, () => undefined),
      );
  });
}

/** The background answers a password-reuse report with the warning to show. */
function showReplyWarning(reply: unknown): void {
  if (isReportReply(reply) && reply.warning && window === window.top) presentWarning(reply.warning);
}
