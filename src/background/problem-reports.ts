import browser from 'webextension-polyfill';
import type { Verdict } from '../core/verdict/types';
import { updateLocalStore } from '../shared/local-store';
import { MAX_REPORTS, reportablePage, type ProblemReport, type ReportKind } from '../shared/problem-reports';
import { mayReport } from '../shared/report-consent';
import { readPolicy } from './policy';

export const REPORT_TIMEOUT_MS = 10_000;

/**
 * Records a report in the local log and, when the organisation's policy names a report URL, POSTs it there as JSON
 * (in Firefox only with the data consent: see shared/report-consent.ts).
 * The page comes from the background's own record of the tab (or `sender`), never from a message body.
 */
export async function fileReport(
  kind: ReportKind,
  pageUrl: string,
  verdict: Verdict,
  now = Date.now(),
): Promise<{ readonly recorded: boolean; readonly sent: boolean }> {
  const page = reportablePage(pageUrl);
  if (page === null) return { recorded: false, sent: false };
  const policy = await readPolicy();
  const report: ProblemReport = {
    kind,
    page,
    level: verdict.level,
    verdictKind: verdict.kind,
    providerId: verdict.providerId,
    at: now,
    sent: false,
  };
  const sent =
    policy.reportUrl !== null && (await mayReport(policy.reportingConsent)) && (await post(policy.reportUrl, report));
  await updateLocalStore((store) => ({
    ...store,
    reports: [...store.reports, { ...report, sent }].slice(-MAX_REPORTS),
  }));
  return { recorded: true, sent };
}

async function hasHostPermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${origin}/*`] });
  } catch {
    return false;
  }
}

/**
 * With the host permission (optional, granted from the options page) the POST is a normal JSON request. Without it
 * the extension is subject to CORS like any page, so it sends the same JSON as a CORS-safelisted text/plain request,
 * which needs no preflight: the report arrives either way, and the answer is not needed.
 */
async function post(reportUrl: string, report: ProblemReport): Promise<boolean> {
  const body = JSON.stringify({ source: 'consent-guard', version: browser.runtime.getManifest().version, ...report });
  const origin = new URL(reportUrl).origin;
  const granted = await hasHostPermission(origin);
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort();
  }, REPORT_TIMEOUT_MS);
  try {
    const response = await fetch(reportUrl, {
      method: 'POST',
      body,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      signal: controller.signal,
      ...(granted
        ? { headers: { 'Content-Type': 'application/json' } }
        : { mode: 'no-cors' as const, headers: { 'Content-Type': 'text/plain;charset=UTF-8' } }),
    });
    return response.type === 'opaque' || response.ok;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
