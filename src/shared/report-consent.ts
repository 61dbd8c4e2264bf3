import browser, { type Permissions } from 'webextension-polyfill';

/**
 * Reports to an organisation's report URL carry page origins and paths: in Firefox's terms, browsing activity. The
 * Firefox build declares that as optional data collection (manifest.json), so there it leaves the device only with
 * the user's consent, asked for from the options page, or with the organisation's own (policy `reportingConsent`, its
 * statement that it has the users' consent, as Extension Workshop describes for enterprise deployments). Chromium
 * has no such consent: there the organisation's report URL is the decision.
 */
export const REPORT_DATA_KINDS = ['browsingActivity'] as const;

const REPORT_PERMISSION: Permissions.Permissions = { data_collection: [...REPORT_DATA_KINDS] };

/**
 * What the options page asks for in one click: the report URL's origin (so reports go as JSON rather than as
 * CORS-safelisted text), and in Firefox the data consent, unless the organisation has stated it.
 */
export function reportPermissions(origin: string, policyConsent: boolean): Permissions.Permissions {
  return { origins: [`${origin}/*`], ...(policyConsent || !asksDataConsent() ? {} : REPORT_PERMISSION) };
}

/** Whether this build declares the report data as optional data collection (only the Firefox build does). */
export function asksDataConsent(): boolean {
  const manifest: unknown = browser.runtime.getManifest();
  const optional = path(manifest, ['browser_specific_settings', 'gecko', 'data_collection_permissions', 'optional']);
  return Array.isArray(optional) && REPORT_DATA_KINDS.every((kind) => optional.includes(kind));
}

/** The user's consent to send reports, where the build asks for it; false when the browser cannot say. */
export async function hasReportConsent(): Promise<boolean> {
  try {
    return await browser.permissions.contains(REPORT_PERMISSION);
  } catch {
    return false;
  }
}

/** Whether reports may go to the report URL now. */
export async function mayReport(policyConsent: boolean): Promise<boolean> {
  return policyConsent || !asksDataConsent() || (await hasReportConsent());
}

function path(value: unknown, keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
