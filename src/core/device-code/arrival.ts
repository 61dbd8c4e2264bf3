/** Where the user came to a device-code page from, as the page's document knows it. */
export interface Arrival {
  /** `document.referrer`; empty when there is none (typed, bookmarked, or stripped with `noreferrer`). */
  readonly referrer: string;
  /** The opener's origin; `'opaque'` when it is another origin (reading it threw), null when there is no opener. */
  readonly openerOrigin: string | null;
}

export interface ArrivalJudgement {
  readonly fromElsewhere: boolean;
  /** The other site's host, when the referrer names it. */
  readonly site: string | null;
}

/**
 * Did the tab arrive from another site? A lure links to the code page, so its page is the referrer (a redirect such
 * as microsoft.com/devicelogin keeps the referrer of the page that linked to it) or the opener. The provider's own
 * origins (its redirects, its sign-in steps) are not another site.
 */
export function judgeArrival(arrival: Arrival, ownOrigins: readonly string[]): ArrivalJudgement {
  const referrer = originAndHost(arrival.referrer);
  if (referrer && !ownOrigins.includes(referrer.origin)) return { fromElsewhere: true, site: referrer.host };
  if (arrival.openerOrigin !== null && !ownOrigins.includes(arrival.openerOrigin)) {
    return { fromElsewhere: true, site: originAndHost(arrival.openerOrigin)?.host ?? null };
  }
  return { fromElsewhere: false, site: null };
}

function originAndHost(text: string): { origin: string; host: string } | null {
  if (text === '' || text.length > 4_096) return null;
  try {
    const url = new URL(text);
    return url.origin === 'null' ? null : { origin: url.origin, host: url.hostname };
  } catch {
    return null;
  }
}
