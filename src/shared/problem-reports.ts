import * as v from 'valibot';

/**
 * The local log of what was reported: the user's "this page is safe" / "this is phishing", and (when the
 * organisation set a report URL) detections. Kept in storage.local, newest last, bounded; only the page's origin and
 * path are kept: a query string can carry tokens.
 */
export const MAX_REPORTS = 200;

export const ReportKindSchema = v.picklist(['safe', 'phishing', 'detection']);
export type ReportKind = v.InferOutput<typeof ReportKindSchema>;

export const ProblemReportSchema = v.object({
  kind: ReportKindSchema,
  /** Origin and path of the page, from the browser's own record of the tab. */
  page: v.pipe(v.string(), v.maxLength(2_048)),
  /** What Consent Guard said about the page when it was reported. */
  level: v.picklist(['ok', 'caution', 'danger', 'none']),
  verdictKind: v.picklist([
    'approval',
    'imitation',
    'credential-phishing',
    'lookalike',
    'device-code',
    'device-code-lure',
    'none',
  ]),
  providerId: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  at: v.pipe(v.number(), v.finite(), v.minValue(0)),
  /** True once the organisation's report URL accepted it; false when there is none or sending failed. */
  sent: v.boolean(),
});
export type ProblemReport = v.InferOutput<typeof ProblemReportSchema>;

export function repairReports(raw: unknown): ProblemReport[] {
  const entries = Array.isArray(raw) ? raw : [];
  return entries
    .flatMap((entry: unknown) => {
      const parsed = v.safeParse(ProblemReportSchema, entry);
      return parsed.success ? [parsed.output] : [];
    })
    .slice(-MAX_REPORTS);
}

/** Origin and path only. */
export function reportablePage(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? `${parsed.origin}${parsed.pathname}` : null;
  } catch {
    return null;
  }
}
