import * as v from 'valibot';
import { runtimeApi } from './extension-api';
import { ReportReplySchema, ToContentMessageSchema } from '../shared/to-content';
import { startPasswordAlert } from './password-alert';
import { startApprovalRecorder } from './approval-recorder';
import { startInspector } from './inspector';
import { presentWarning } from './present-warning';

// Runs on every http(s) page in every frame: it stays idle unless the page could ask for credentials or consent.
const onApprovalReply = startApprovalRecorder();
startInspector((reply) => {
  onApprovalReply(reply);
  if (reply.passwordAlert) startPasswordAlert(reply.passwordAlert, (message) => void runtimeApi().sendMessage(message).then(showReplyWarning, () => undefined));
});

/** The background answers a password-reuse report with the warning to show. */
function showReplyWarning(reply: unknown): void {
  const parsed = v.safeParse(ReportReplySchema, reply);
  if (parsed.success && parsed.output.warning && window === window.top) presentWarning(parsed.output.warning);
}

if (window === window.top) {
  runtimeApi().onMessage.addListener((message: unknown) => {
    const parsed = v.safeParse(ToContentMessageSchema, message);
    if (parsed.success) presentWarning(parsed.output.warning);
    return undefined;
  });
}
