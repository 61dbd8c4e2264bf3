import browser from 'webextension-polyfill';
import { PROVIDERS } from '../core/providers/registry';
import { NO_POLICY, parsePolicy, type Policy } from '../shared/policy';

/**
 * How long what the user is waiting for (a verdict, a warning, the password alert) waits for the policy. Chromium
 * answers storage.managed only once it has loaded policy, seconds after it starts (docs/performance.md), so a page
 * opened together with the browser would get its verdict that late.
 */
export const POLICY_PATIENCE_MS = 150;

let reading: Promise<Policy> | null = null;
/** The read that has already kept someone waiting its full patience: later callers do not wait for it again. */
let overdue: Promise<Policy> | null = null;

/**
 * The organisation's policy from storage.managed, however long the browser takes: for what a policy may forbid
 * (continuing past a warning) or ask for (posting reports). Firefox rejects the call when no policy names the
 * extension, and some builds have no managed storage at all: both mean "no policy", never an error for the user.
 */
export function readPolicy(): Promise<Policy> {
  // Callers at the same moment share one read; the next caller reads again, so a changed policy is seen.
  reading ??= readManaged().finally(() => {
    reading = null;
  });
  return reading;
}

async function readManaged(): Promise<Policy> {
  try {
    const stored: unknown = await browser.storage.managed.get();
    return parsePolicy(
      stored,
      PROVIDERS.map((provider) => provider.id),
    );
  } catch {
    return NO_POLICY;
  }
}

export interface PromptPolicy {
  readonly policy: Policy;
  /** When `policy` only stands in (no policy) because the browser had not answered in time: the real one, to come. */
  readonly pending: Promise<Policy> | null;
}

/**
 * The policy, if the browser answers within POLICY_PATIENCE_MS; otherwise no policy for now, and the real one later.
 */
export async function promptPolicy(): Promise<PromptPolicy> {
  const real = readPolicy();
  if (real === overdue) return { policy: NO_POLICY, pending: real };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const patience = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), POLICY_PATIENCE_MS);
  });
  const first = await Promise.race([real, patience]);
  clearTimeout(timer);
  if (first !== null) return { policy: first, pending: null };
  overdue = real;
  return { policy: NO_POLICY, pending: real };
}

/** Whether two policies lead to the same decisions. */
export function samePolicy(a: Policy, b: Policy): boolean {
  return (Object.keys(NO_POLICY) as (keyof Policy)[]).every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}
