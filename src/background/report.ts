import { followTrail } from '../core/device-code/code-trail';
import type { PageSnapshot } from '../core/page/snapshot-types';
import { combineFrameVerdicts } from '../core/verdict/combine';
import { evaluateFrame } from '../core/verdict/evaluate';
import type { Verdict } from '../core/verdict/types';
import type { ReportReply } from '../shared/messages';
import type { Policy } from '../shared/policy';
import { TAB_STATE_VERSION, type FrameState, type TabState } from '../shared/tab-state';
import { say } from '../shared/i18n';
import { WARNING_LIMITS } from '../shared/warning-limits';
import type { WarningSpec } from '../shared/warning-spec';
import { applyBadge } from './badge';
import { updateCodeTrail } from './code-trail-store';
import { evaluationContext } from './evaluation-context';
import { continuedOrigins } from './exceptions';
import { promptPolicy, readPolicy, type PromptPolicy } from './policy';
import { fileReport } from './problem-reports';
import type { ContentOrigin } from './sender';
import { readTabState, serializeForTab, writeTabState } from './tab-store';

export interface ReportOutcome extends ReportReply {
  readonly tabVerdict: Verdict;
  /** The policy the verdict was given under, and the real one still to come when that was only a stand-in. */
  readonly policy: PromptPolicy;
}

/**
 * Records one frame's report, recomputes the tab's verdict, sets the badge and says whether to warn. A review (the
 * same report again, once the real policy has arrived) is dropped unless the frame still shows that document.
 */
export function handlePageReport(from: ContentOrigin, snapshot: PageSnapshot | null): Promise<ReportOutcome>;
export function handlePageReport(
  from: ContentOrigin,
  snapshot: PageSnapshot | null,
  review: { readonly policy: Policy },
): Promise<ReportOutcome | null>;
export function handlePageReport(
  from: ContentOrigin,
  snapshot: PageSnapshot | null,
  review?: { readonly policy: Policy },
): Promise<ReportOutcome | null> {
  return serializeForTab(from.tabId, async () => {
    const previous = await readTabState(from.tabId);
    if (review && previous?.frames[String(from.frameId)]?.url !== from.url) return null;
    const policy = review ? { policy: review.policy, pending: null } : await promptPolicy();
    const isTop = from.frameId === 0;
    const topUrl = isTop ? from.url : (from.tabUrl ?? previous?.url ?? null);
    const context = await evaluationContext(policy.policy);
    const verdict = evaluateFrame({ url: from.url, isTop, topUrl, snapshot }, context);
    if (isTop) {
      const step = { url: from.url, verdict, lines: snapshot?.appLines ?? [], now: Date.now() };
      await updateCodeTrail(from.tabId, (trail) => followTrail(trail, step, context.providers));
    }

    // A new top document starts a new page: frames of the previous one no longer exist.
    const sameDocumentFamily = previous !== null && (!isTop || previous.url === from.url);
    const key = String(from.frameId);
    const kept = Object.entries(sameDocumentFamily ? previous.frames : {}).filter(([frameId]) => frameId !== key);
    const frames: Record<string, FrameState> = Object.fromEntries(kept);
    // Frames with nothing to say are not stored: ad-heavy pages have dozens of them.
    if (isTop || verdict.level !== 'none') frames[key] = { url: from.url, verdict };

    const tabVerdict = combineFrameVerdicts(frames);
    const state: TabState = {
      v: TAB_STATE_VERSION,
      url: isTop ? from.url : (previous?.url ?? topUrl ?? ''),
      verdict: tabVerdict,
      frames,
      continued: sameDocumentFamily ? previous.continued : false,
      updatedAt: Date.now(),
    };
    await writeTabState(from.tabId, state);
    await applyBadge(from.tabId, tabVerdict);
    // A new danger on this document (not every later report of the same one) goes to the organisation, if it asked.
    if (tabVerdict.level === 'danger' && !(sameDocumentFamily && previous.verdict.level === 'danger'))
      void reportDetection(state.url, tabVerdict);

    const warning =
      tabVerdict.level === 'danger' && !(await isContinued(state, policy.policy))
        ? await warningFrom(tabVerdict, policy.policy)
        : null;
    return { warning, tabVerdict, policy };
  });
}

/**
 * Adds a danger found outside the page report (the password-reuse alert) to the tab's verdict, under its own
 * key so later reports of the same document keep it.
 */
export function recordTabDanger(
  tabId: number,
  key: string,
  url: string,
  verdict: Verdict,
  policy?: Policy,
): Promise<WarningSpec> {
  return serializeForTab(tabId, async () => {
    const previous = await readTabState(tabId);
    const frames: Record<string, FrameState> = { ...(previous?.frames ?? {}), [key]: { url, verdict } };
    const tabVerdict = combineFrameVerdicts(frames);
    await writeTabState(tabId, {
      v: TAB_STATE_VERSION,
      url: previous?.url ?? url,
      verdict: tabVerdict,
      frames,
      continued: previous?.continued ?? false,
      updatedAt: Date.now(),
    });
    await applyBadge(tabId, tabVerdict);
    void reportDetection(url, verdict);
    return await warningFrom(verdict, policy);
  });
}

async function isContinued(state: TabState, policy: Policy): Promise<boolean> {
  // A policy that forbids "Continue anyway" also voids choices made before it arrived.
  if (policy.forbidContinueAnyway) return false;
  if (state.continued) return true;
  const origin = originOf(state.url);
  return origin !== null && (await continuedOrigins()).includes(origin);
}

/** The warning goes to the page as finished text in the user's language: the content script only renders it. */
/** Detections are logged and POSTed only where a policy set a report URL: otherwise nothing leaves the device. */
async function reportDetection(url: string, verdict: Verdict): Promise<void> {
  if ((await readPolicy()).reportUrl === null) return;
  await fileReport('detection', url, verdict).catch(() => undefined);
}

/**
 * With `policy` when the caller has settled which policy applies; the button it offers is checked again when pressed.
 */
export async function warningFrom(verdict: Verdict, policy?: Policy): Promise<WarningSpec> {
  const continueAllowed = !(policy ?? (await readPolicy())).forbidContinueAnyway;
  return {
    headline: say(verdict.headline),
    reasons: verdict.reasons.slice(0, WARNING_LIMITS.reasons).map(say),
    realOrigin: verdict.realOrigin,
    continueAllowed,
  };
}

export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? null : parsed.origin;
  } catch {
    return null;
  }
}
