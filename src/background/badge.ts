import browser from 'webextension-polyfill';
import type { Verdict } from '../core/verdict/types';

const GREEN = '#1b7f3b';
const RED = '#c62828';

/** The toolbar is the one place a page cannot draw on: `OK` only for a verified approval page, `!` for danger. */
export function badgeFor(verdict: Verdict): { text: string; color: string | null; title: string } {
  const title = `Consent Guard: ${verdict.headline}`;
  switch (verdict.level) {
    case 'ok':
      return { text: 'OK', color: GREEN, title };
    case 'danger':
      return { text: '!', color: RED, title };
    case 'caution':
    case 'none':
      return { text: '', color: null, title };
  }
}

export async function applyBadge(tabId: number, verdict: Verdict): Promise<void> {
  const badge = badgeFor(verdict);
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
