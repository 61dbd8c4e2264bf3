/**
 * Reads that the DOM typings call non-null but hostile or script-built documents can leave empty
 * (a document without body or root element, or without a browsing context).
 */

function nullable<T>(value: T): T | null {
  return value;
}

export function documentRoot(doc: Document): Element | null {
  return nullable<Element>(doc.body) ?? nullable<Element>(doc.documentElement);
}

export function documentPath(doc: Document): string {
  try {
    return new URL(doc.URL).pathname;
  } catch {
    return '';
  }
}
