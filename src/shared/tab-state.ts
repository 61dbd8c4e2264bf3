import * as v from 'valibot';
import type { MessageKey } from '../core/text/phrase';
import { RISK_LEVELS, SIGNAL_IDS } from '../core/risk/types';
import type { Verdict } from '../core/verdict/types';

/**
 * Per-tab state in storage.session, so verdicts survive the MV3 service worker stopping.
 * Written only by the background; read back through this schema, and dropped (to be recomputed on the next
 * report) when it does not parse.
 */

// 2: headlines and reasons are message ids with substitutions, translated where they are shown.
// 3: verdicts carry the request's risk, scopes their tier. Older states are dropped and recomputed on the next report.
export const TAB_STATE_VERSION = 3;

export const tabKey = (tabId: number): string => `tab:${tabId}`;

/**
 * Only the background writes tab state, so an id is checked for its form, not looked up in the catalogue: an id a
 * later build dropped shows as itself rather than taking the verdict down with it.
 */
const MessageKeySchema = v.custom<MessageKey>((key) => typeof key === 'string' && /^[A-Za-z0-9_]{1,64}$/.test(key));
export const PhraseSchema = v.object({ key: MessageKeySchema, subs: v.pipe(v.array(v.string()), v.maxLength(9)) });

const CheckSchema = v.object({
  id: v.picklist(['origin', 'https', 'branding', 'framing', 'form-target', 'request']),
  status: v.picklist(['pass', 'warn', 'fail']),
  reason: PhraseSchema,
});

const ScopeSchema = v.object({
  id: v.string(),
  title: v.string(),
  description: v.string(),
  highPrivilege: v.boolean(),
  tier: v.picklist(['basic', 'sensitive', 'high']),
  known: v.boolean(),
});

const RequestSchema = v.object({
  clientId: v.nullable(v.string()),
  responseType: v.nullable(v.string()),
  statePresent: v.boolean(),
  redirect: v.nullable(
    v.object({ raw: v.string(), host: v.nullable(v.string()), https: v.boolean(), loopback: v.boolean() }),
  ),
  scopes: v.array(ScopeSchema),
  problems: v.array(PhraseSchema),
});

const SignalSchema = v.object({
  id: v.picklist(SIGNAL_IDS),
  topic: v.picklist(['what', 'where', 'who']),
  weight: v.picklist(['strong', 'impact-high', 'persistent', 'weak', 'impact-sensitive']),
  reason: PhraseSchema,
});

export const RiskSchema = v.object({
  level: v.picklist(RISK_LEVELS),
  signals: v.pipe(v.array(SignalSchema), v.maxLength(64)),
  appName: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  allowedByPolicy: v.boolean(),
});

export const VerdictSchema = v.object({
  level: v.picklist(['ok', 'caution', 'danger', 'none']),
  kind: v.picklist([
    'approval',
    'imitation',
    'credential-phishing',
    'lookalike',
    'device-code',
    'device-code-lure',
    'none',
  ]),
  providerId: v.nullable(v.string()),
  providerName: v.nullable(v.string()),
  headline: PhraseSchema,
  reasons: v.array(PhraseSchema),
  checks: v.array(CheckSchema),
  request: v.nullable(RequestSchema),
  risk: v.nullable(RiskSchema),
  realOrigin: v.nullable(v.string()),
});

const FrameStateSchema = v.object({ url: v.string(), verdict: VerdictSchema });

export const TabStateSchema = v.object({
  v: v.literal(TAB_STATE_VERSION),
  /** URL of the top document, from `sender.url` of frame 0. */
  url: v.string(),
  /** Verdict for the whole tab: what the badge shows. */
  verdict: VerdictSchema,
  /** Frames with something to say, by frame id (0 is the top document). */
  frames: v.record(v.string(), FrameStateSchema),
  /** Set once the user chose "Continue anyway" for this tab's danger. */
  continued: v.boolean(),
  updatedAt: v.number(),
});
export interface FrameState {
  readonly url: string;
  readonly verdict: Verdict;
}
export interface TabState {
  readonly v: typeof TAB_STATE_VERSION;
  readonly url: string;
  readonly verdict: Verdict;
  readonly frames: Readonly<Record<string, FrameState>>;
  readonly continued: boolean;
  readonly updatedAt: number;
}

export function parseTabState(raw: unknown): TabState | null {
  const result = v.safeParse(TabStateSchema, raw);
  return result.success ? result.output : null;
}

export const EXCEPTIONS_KEY = 'continue-anyway-origins';
export const ExceptionsSchema = v.array(v.string());
