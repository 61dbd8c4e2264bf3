import { stripInvisible } from '../page/normalize-text';
import type { Provider } from '../providers/types';
import type { Verdict } from '../verdict/types';
import { isExactOrigin, parsePageUrl, type PageUrl } from '../url/page-url';

/**
 * How long a tab's way from a code page is followed. A device code lasts 15 minutes: `expires_in` is 900 seconds in
 * GitHub's device-flow docs and in Microsoft's (the sources of `device-code-pages.ts`).
 */
export const CODE_LIFETIME_MS = 15 * 60_000;

/** A tab's way from a provider's device-code entry page through that provider's own pages. */
export interface CodeTrail {
  readonly providerId: string;
  /** The account the code hands over, as users know it ("Microsoft"). */
  readonly account: string;
  /** When the tab last showed the code page. */
  readonly startedAt: number;
  /** The app the page now showing names, and where that page's wording is documented; null on every other page. */
  readonly named: { readonly app: string; readonly source: string } | null;
}

/** One report of a tab's top document. */
export interface TrailStep {
  readonly url: string;
  /** The document's verdict: a provider's code entry page starts a trail. */
  readonly verdict: Pick<Verdict, 'kind' | 'providerId'>;
  /** Lines of the page that may name an app, as written (`PageSnapshot.appLines`). */
  readonly lines: readonly string[];
  readonly now: number;
}

/**
 * The trail after the tab's top document reported. A provider's code entry page starts it; that provider's page
 * after the code names the app; the provider's other pages (account picker, password, the next steps) keep it; any
 * other site, or a code older than its lifetime, ends it. The app is named only by the page that shows it, so a
 * page like it reached some other way (Microsoft asks the same question outside the code flow) names nothing.
 */
export function followTrail(
  trail: CodeTrail | null,
  step: TrailStep,
  providers: readonly Provider[],
): CodeTrail | null {
  const url = parsePageUrl(step.url);
  if (!url) return null;
  const live = trail !== null && step.now - trail.startedAt <= CODE_LIFETIME_MS ? trail : null;
  const provider = live ? providers.find((candidate) => candidate.id === live.providerId) : undefined;
  if (live && provider) {
    const named = appNamedAfterCode(provider, url, step.lines);
    if (named) return { ...live, named };
  }
  if (step.verdict.kind === 'device-code') {
    const starter = providers.find((candidate) => candidate.id === step.verdict.providerId);
    if (starter) return { providerId: starter.id, account: starter.accountName, startedAt: step.now, named: null };
  }
  return live && provider && ownPage(provider, url) ? { ...live, named: null } : null;
}

/** A new document starts loading: what the last one named is no longer shown. */
export function trailOnNavigation(trail: CodeTrail | null, now: number): CodeTrail | null {
  if (trail === null || now - trail.startedAt > CODE_LIFETIME_MS) return null;
  return { ...trail, named: null };
}

/** The app a provider's after-code page names, read from the lines its snapshot kept. */
export function appNamedAfterCode(
  provider: Provider,
  url: PageUrl,
  lines: readonly string[],
): { app: string; source: string } | null {
  for (const page of provider.afterCodePages ?? []) {
    if (!isExactOrigin(url, page.origin) || !page.path.test(url.pathname)) continue;
    for (const raw of lines) {
      const line = stripInvisible(raw).replace(/\s+/g, ' ').trim();
      const app = page.names.exec(line)?.[1]?.trim();
      if (app) return { app, source: page.source };
    }
  }
  return null;
}

function ownPage(provider: Provider, url: PageUrl): boolean {
  const origins = [
    ...provider.signInOrigins,
    ...(provider.deviceCodeEndpoints ?? []).map((endpoint) => endpoint.origin),
    ...(provider.afterCodePages ?? []).map((page) => page.origin),
  ];
  return origins.some((origin) => isExactOrigin(url, origin));
}
