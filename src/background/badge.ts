import browser from 'webextension-polyfill';
import type { Level, Verdict } from '../core/verdict/types';
import { say, t } from '../shared/i18n';

const GREEN = '#1b7f3b';
const RED = '#c62828';
// Dark enough for the badge's white text to stay readable.
const AMBER = '#a35a00';

export interface BadgeLook {
  readonly text: string;
  readonly color: string | null;
  readonly title: string;
}

/**
 * The toolbar is the one place a page cannot draw on: `OK` only for a verified approval page whose request carries
 * no signal, `?` for a genuine page that deserves a careful read (an approval page with a risky request or a check
 * short of danger, so that on an approval page the badge is never blank; a device-code entry page), `!` for danger,
 * nothing elsewhere.
 */
export function badgeFor(
  level: Level,
  headline: string,
  onGenuinePage = false,
  topReason: string | null = null,
): BadgeLook {
  const title = topReason === null ? t('badge_title', headline) : t('badge_titleReason', headline, topReason);
  switch (level) {
    case 'ok':
      return { text: 'OK', color: GREEN, title };
    case 'danger':
      return { text: '!', color: RED, title };
    case 'caution':
      return onGenuinePage ? { text: '?', color: AMBER, title } : { text: '', color: null, title };
    case 'none':
      return { text: '', color: null, title };
  }
}

/** The badge a verdict gets; a `?` names its top reason in the title. */
export function badgeForVerdict(verdict: Verdict): BadgeLook {
  // Caution elsewhere (a lookalike host that asks for nothing) stays off the toolbar; the popup explains it.
  const onGenuinePage = verdict.kind === 'approval' || verdict.kind === 'device-code';
  const first = verdict.reasons[0];
  const topReason = onGenuinePage && verdict.level === 'caution' && first ? say(first) : null;
  return badgeFor(verdict.level, say(verdict.headline), onGenuinePage, topReason);
}

export function applyBadge(tabId: number, verdict: Verdict): Promise<void> {
  return setBadge(tabId, badgeForVerdict(verdict));
}

/** For a danger whose headline is already text in the user's language (the full-page warning's). */
export function applyBadgeText(tabId: number, level: Level, headline: string): Promise<void> {
  return setBadge(tabId, badgeFor(level, headline));
}

async function setBadge(tabId: number, badge: BadgeLook): Promise<void> {
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setTitle({ tabId, title: badge.title }),
      badge.color ? browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }) : Promise.resolve(),
    ]);
  } catch {
    // The tab closed between the report and the badge: nothing left to show it on.
  }
}
