import { parsePageUrl, type PageUrl } from '../url/page-url';

export type Framing =
  { readonly framed: false } | { readonly framed: true; readonly sameOrigin: boolean; readonly topHost: string | null };

/** Where this document sits: the top of the tab, or inside a frame of some (possibly unknown) page. */
export function framingOf(url: PageUrl, isTop: boolean, topUrl: string | null): Framing {
  if (isTop) return { framed: false };
  const top = topUrl === null ? null : parsePageUrl(topUrl);
  if (!top) return { framed: true, sameOrigin: false, topHost: null };
  return { framed: true, sameOrigin: top.origin === url.origin, topHost: top.hostname };
}
