import { runtimeApi } from './extension-api';
import { isReportReply } from './reply-guards';
import { startPasswordAlert } from './password-alert';
import { startApprovalRecorder } from './approval-recorder';
import { startInspector } from './inspector';
import { presentWarning } from './present-warning';

// Runs on every http(s) page in every frame: it stays idle, without a word to the background, unless the page
// could ask for credentials or consent.
const onApprovalReply = startApprovalRecorder();
startInspector((reply) => {
  onApprovalReply(reply);
  if (reply.passwordAlert) startPasswordAlert(reply.passwordAlert, (message) => void runtimeApi().sendMessage(message).then(showReplyWarning, () => undefined));
});

/** The background answers a password-reuse report with the warning to show. */
function showReplyWarning(reply: unknown): void {
  if (isReportReply(reply) && reply.warning && window === window.top) presentWarning(reply.warning);
}
