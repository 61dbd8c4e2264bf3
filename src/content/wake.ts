import { runtimeApi } from './extension-api';
import { isReportReply } from './reply-guards';
import { startPasswordAlert } from './password-alert';
import { recordAcceptance, startApprovalRecorder } from './approval-recorder';
import { startConsentHold } from './consent-hold';
import { startInspector } from './inspector';
import { presentWarning } from './present-warning';
import type { WakeReason } from './idle-watch';

/** Everything the content script does once a page is worth a look: loaded and evaluated only then. */
export function wake(reason: WakeReason): void {
  const hold = startConsentHold(recordAcceptance);
  const onApprovalReply = startApprovalRecorder(hold.holds);
  startInspector(reason, (reply) => {
    hold.onReply(reply);
    onApprovalReply(reply);
    if (reply.passwordAlert) startPasswordAlert(reply.passwordAlert, (message) => void runtimeApi().sendMessage(message).then(showReplyWarning, () => undefined));
  });
}

/** The background answers a password-reuse report with the warning to show. */
function showReplyWarning(reply: unknown): void {
  if (isReportReply(reply) && reply.warning && window === window.top) presentWarning(reply.warning);
}
