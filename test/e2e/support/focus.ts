import type { FocusInfo } from './driver';

// Page-side code as text, shared by both drivers, so test-side transforms cannot leak into it.
export const FOCUS_SOURCE = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const label = el.getAttribute('aria-label') || (el.textContent || '').trim() || (typeof el.value === 'string' ? el.value : '');
  return { tag: el.tagName.toLowerCase(), id: el.id, role: el.getAttribute('role'), label: label.slice(0, 200), consentGuard: el.getAttribute('data-consent-guard') };
})()`;

export function focusMatchesSource(selector: string): string {
  return `(() => { const el = document.activeElement; return !!el && el.matches(${JSON.stringify(selector)}); })()`;
}

export type { FocusInfo };
