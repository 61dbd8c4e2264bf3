import browser from 'webextension-polyfill';
import type { Level, Verdict } from '../core/verdict/types';
import { say, t } from '../shared/i18n';

const GREEN = '#1b7f3b';
const RED = '#c62828';
const AMBER = '#b45309';

/**
 * The toolbar is the one place a page cannot draw on: `OK` only for a verified approval page, `?` for a genuine page
 * that deserves a careful read (a device-code entry page among them), `!` for danger.
 */
export function badgeFor(level: Level, headline: string): { text: string; color: string | null; title: string } {
  const title = t('badge_title', headline);
  switch (level) {
    case 'ok':
      return { text: 'OK', color: GREEN, title };
    case 'danger':
      return { text: '!', color: RED, title };
    case 'caution':
      return { text: '?', color: AMBER, title };
    case 'none':
      return { text: '', color: null, title };
  }
}

export function applyBadge(tabId: number, verdict: Verdict): Promise<void> {
  return applyBadgeText(tabId, verdict.level, say(verdict.headline));
}

/** For a danger whose headline is already text in the user's language (the full-page warning's). */
export async function applyBadgeText(tabId: number, level: Level, headline: string): Promise<void> {
  const badge = badgeFor(level, headline);
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
