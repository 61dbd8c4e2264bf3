/** Longest app name kept: longer ones are cut with an ellipsis. */
export const MAX_APP_NAME = 120;

/**
 * The app's name as the page shows it, for display only: an element marked as the app name, else the subject of
 * the "… would like permission" sentence approval pages use.
 */
export function appNameOnPage(doc: Document): string | null {
  const marked = doc.querySelector('[class~="app-name"], [id="app-name"], [data-app-name], .appName, #appName');
  const fromMarked = clean(marked?.textContent ?? '');
  if (fromMarked) return fromMarked;
  for (const paragraph of Array.from(doc.querySelectorAll('main p, p')).slice(0, 20)) {
    const text = paragraph.textContent.replace(/\s+/g, ' ').trim().slice(0, 400);
    const match = /^(.{1,120}?)\s+(?:by\s.{1,80}?\s)?(?:would like|wants|is requesting|requests)\s/i.exec(text);
    if (match?.[1]) return clean(match[1]);
  }
  return null;
}

function clean(value: string): string | null {
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  return text.length > MAX_APP_NAME ? `${text.slice(0, MAX_APP_NAME - 1)}…` : text;
}
