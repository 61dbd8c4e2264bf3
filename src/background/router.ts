import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import browser from 'webextension-polyfill';
import type { PageSnapshot } from '../core/page/snapshot-types';
import {
  ContentMessageSchema,
  PageMessageSchema,
  type ContentMessage,
  type ContentReplies,
  type ContentRequest,
  type Ok,
  type PageMessage,
  type PageReplySent,
  type PageRequest,
  type Rejected,
  type ToContentMessage,
} from '../shared/messages';
import type { Policy } from '../shared/policy';
import { continueBlockedPage, leaveBlockedPage, openBlockedPage, readBlockedPage } from './blocked-page';
import { isVerifiedApprovalPage, NO_VERDICT } from '../core/verdict/types';
import { trailOnNavigation } from '../core/device-code/code-trail';
import { codeSignInOf } from '../shared/code-trail';
import { listAuthorizations, rememberedAuthorizations } from './authorizations/list';
import { recordApproval } from './authorizations/recorder';
import { revokeAuthorization } from './authorizations/revoke';
import { applyBadge, applyBadgeText } from './badge';
import { addContinuedOrigin, clearContinuedOrigins } from './exceptions';
import { exportData, importData, saveSettings, settingsReply } from './settings-service';
import {
  enrollPassword,
  passwordAlertModeFor,
  passwordAlertStatus,
  reportPasswordReuse,
  setPasswordAlert,
} from './password-alert';
import { readPolicy, samePolicy } from './policy';
import { fileReport } from './problem-reports';
import { countRejectedMessage } from './rejected-messages';
import { readCodeTrail, updateCodeTrail } from './code-trail-store';
import { deviceCodePageReply } from './device-code';
import { handlePageReport, originOf } from './report';
import { consentHoldFor } from './consent-hold';
import { contentOrigin, isExtensionPage, type ContentOrigin } from './sender';
import { clearTabState, readTabState, serializeForTab, writeTabState } from './tab-store';

/** Routes one incoming message; the sender decides which protocol applies, and nothing else is accepted. */
export function routeMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const from = contentOrigin(sender);
  if (from) return fromContentScript(message, from);
  if (isExtensionPage(sender)) return fromExtensionPage(message);
  return reject();
}

async function fromContentScript(message: unknown, from: ContentOrigin): Promise<unknown> {
  const parsed = v.safeParse(ContentMessageSchema, message);
  if (!parsed.success) return reject();
  return handleContent(parsed.output, from);
}

async function fromExtensionPage(message: unknown): Promise<unknown> {
  const parsed = v.safeParse(PageMessageSchema, message);
  if (!parsed.success) return reject();
  return handlePage(parsed.output);
}

function handleContent<K extends ContentMessage['type']>(
  request: ContentRequest<K>,
  from: ContentOrigin,
): Promise<ContentReplies[K] | Rejected> {
  const handler: ContentHandlers[K] = CONTENT_HANDLERS[request.type];
  return handler(request, from);
}

function handlePage<K extends PageMessage['type']>(request: PageRequest<K>): Promise<PageReplySent<K> | Rejected> {
  const handler: PageHandlers[K] = PAGE_HANDLERS[request.type];
  return handler(request);
}

type ContentHandlers = {
  readonly [K in ContentMessage['type']]: (
    request: ContentRequest<K>,
    from: ContentOrigin,
  ) => Promise<ContentReplies[K] | Rejected>;
};
type PageHandlers = {
  readonly [K in PageMessage['type']]: (request: PageRequest<K>) => Promise<PageReplySent<K> | Rejected>;
};

const OK: Ok = { ok: true };

/** Each content-script request's handler, typed by the protocol's request→reply map (shared/messages.ts). */
const CONTENT_HANDLERS: ContentHandlers = {
  'page-report': async (msg, from) => {
    const current = sameDocumentUrl(from.url, msg.href);
    if (current === null) return reject();
    const { warning, tabVerdict, policy } = await handlePageReport({ ...from, url: current }, msg.snapshot);
    // The danger is in a frame; the user must see the warning on the page they are looking at.
    if (from.frameId !== 0 && warning) await notifyTopFrame(from.tabId, { type: 'show-warning', warning });
    if (policy.pending)
      void reviewUnderPolicy(policy.pending, policy.policy, { ...from, url: current }, msg.snapshot, warning !== null);
    const passwordAlert = await passwordAlertModeFor(current, policy.policy);
    const consentHold = from.frameId === 0 ? consentHoldFor(tabVerdict, policy.policy) : null;
    return {
      warning: from.frameId === 0 ? warning : null,
      ...(from.frameId === 0 && isVerifiedApprovalPage(tabVerdict) ? { verifiedApproval: true } : {}),
      ...(passwordAlert ? { passwordAlert } : {}),
      ...(consentHold ? { consentHold } : {}),
    };
  },
  'continue-anyway': async (_msg, from) => {
    if (from.frameId !== 0 || (await readPolicy()).forbidContinueAnyway) return reject();
    await serializeForTab(from.tabId, async () => {
      const state = await readTabState(from.tabId);
      if (state) await writeTabState(from.tabId, { ...state, continued: true });
    });
    const origin = originOf(from.url);
    if (origin) await addContinuedOrigin(origin);
    return OK;
  },
  'warning-tampered': async (_msg, from) => {
    if (from.frameId !== 0) return reject();
    await openBlockedPage(from.tabId, from.url);
    return OK;
  },
  'approval-accepted': async (msg, from) => ((await recordApproval(from, msg.appName)) ? OK : reject()),
  'password-alert-enroll': async (msg, from) => ((await enrollPassword(from, msg.enrollment)) ? OK : reject()),
  'password-reuse-detected': async (_msg, from) => {
    const warning = await reportPasswordReuse(from);
    if (!warning) return reject();
    if (from.frameId !== 0) await notifyTopFrame(from.tabId, { type: 'show-warning', warning });
    return { warning: from.frameId === 0 ? warning : null };
  },
  'device-code-page': async (_msg, from) => (from.frameId !== 0 ? reject() : deviceCodePageReply(from.url)),
  'report-problem': async (msg, from) => {
    if (from.frameId !== 0) return reject();
    const state = await readTabState(from.tabId);
    return fileReport(msg.verdict, from.url, state?.verdict ?? NO_VERDICT);
  },
};

/** Each extension-page request's handler, typed by the protocol's request→reply map (shared/messages.ts). */
const PAGE_HANDLERS: PageHandlers = {
  'get-tab-state': async (msg) => ({
    state: await readTabState(msg.tabId),
    codeSignIn: codeSignInOf(await readCodeTrail(msg.tabId)),
  }),
  'get-blocked-page': async (msg) => {
    const blocked = await readBlockedPage(msg.tabId);
    // The navigation to the full-page warning reset the tab's badge; the danger has not gone away.
    if (blocked) await applyBadgeText(msg.tabId, 'danger', blocked.warning.headline);
    return { blocked };
  },
  'leave-blocked-page': async (msg) => {
    await leaveBlockedPage(msg.tabId);
    return OK;
  },
  'continue-blocked-page': async (msg) => {
    await continueBlockedPage(msg.tabId);
    return OK;
  },
  'get-password-alert': () => passwordAlertStatus(),
  'set-password-alert': (msg) => setPasswordAlert(msg.enabled),
  'list-authorizations': (msg) => listAuthorizations(msg.markSeen),
  'remembered-authorizations': () => rememberedAuthorizations(),
  'revoke-authorization': (msg) => revokeAuthorization(msg.providerId, msg.id),
  'get-settings': () => settingsReply(),
  'set-settings': (msg) => saveSettings(msg.settings),
  'clear-exceptions': async () => {
    await clearContinuedOrigins();
    return settingsReply();
  },
  'export-data': () => exportData(),
  'import-data': (msg) => importData(msg.file),
  'report-problem': async (msg) => {
    // The full-page warning replaced the page: the blocked URL is what the user reports there.
    const [state, blocked] = await Promise.all([readTabState(msg.tabId), readBlockedPage(msg.tabId)]);
    const url = blocked?.url ?? state?.url ?? null;
    if (url === null) return { recorded: false, sent: false };
    return fileReport(msg.verdict, url, state?.verdict ?? NO_VERDICT);
  },
};

async function reject(): Promise<Rejected> {
  await countRejectedMessage();
  return { error: 'rejected' };
}

/**
 * The URL a document reports for itself after in-page navigation, accepted only within the origin the
 * browser says the sender has: same-document navigation cannot change the origin, so neither can a report.
 */
export function sameDocumentUrl(senderUrl: string, reported: string): string | null {
  const sender = originOf(senderUrl);
  return sender !== null && originOf(reported) === sender ? reported : null;
}

/**
 * A verdict given before the browser had answered with the policy is given again under the real one, if that differs
 * from what stood in for it; a warning it brings is pushed to the page, as a frame's would be.
 */
async function reviewUnderPolicy(
  pending: Promise<Policy>,
  used: Policy,
  from: ContentOrigin,
  snapshot: PageSnapshot | null,
  warned: boolean,
): Promise<void> {
  const policy = await pending;
  if (samePolicy(policy, used)) return;
  const again = await handlePageReport(from, snapshot, { policy });
  if (again?.warning && !warned) await notifyTopFrame(from.tabId, { type: 'show-warning', warning: again.warning });
}

async function notifyTopFrame(tabId: number, message: ToContentMessage): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    // The top document has no content script yet; its own report will fetch the warning.
  }
}

/**
 * A navigation starts: the previous document's verdict must not linger while the new one is inspected, nor on
 * pages where no content script runs. Chromium keeps tab-specific badges across navigations, so reset it here.
 */
export function forgetTabOnNavigation(tabId: number): Promise<void> {
  return serializeForTab(tabId, async () => {
    const state = await readTabState(tabId);
    if (state && state.verdict.level !== 'none') await clearTabState(tabId);
    await applyBadge(tabId, NO_VERDICT);
    await updateCodeTrail(tabId, (trail) => trailOnNavigation(trail, Date.now()));
  });
}

export function forgetClosedTab(tabId: number): Promise<void> {
  return serializeForTab(tabId, async () => {
    await clearTabState(tabId);
    await updateCodeTrail(tabId, () => null);
  });
}
