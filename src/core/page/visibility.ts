/**
 * Whether an element is shown to the user, judged cheaply. Phishing kits hide decoy words inside brand
 * names ("Micro<span hidden>x</span>soft") to defeat text matching; these checks drop such decoys.
 *
 * `aria-hidden` is deliberately not a hiding signal: it hides from assistive technology only, the user
 * still sees the content, and honouring it would let a page show branding we never read.
 */
import { mentionsAny } from './page-vocabulary';

export interface StyleLike {
  getPropertyValue(property: string): string;
}

export interface StyleProbe {
  /** Computed style while the budget lasts (and the page has style sheets), else inline style, else null. */
  read(element: Element): StyleLike | null;
  /** Shadow roots bring their own style sheets: once one is seen, computed style becomes worth reading. */
  noteStyleSheets(): void;
  /** Computed style reads left. */
  readonly remaining: number;
  /** Starts a new budget of computed style reads (for a new part of the page). */
  refill(budget: number): void;
}

interface InlineStyled {
  readonly style?: StyleLike;
}

function inlineStyle(element: Element): StyleLike | null {
  const style = (element as Element & InlineStyled).style;
  return style && typeof style.getPropertyValue === 'function' ? style : null;
}

export function createStyleProbe(doc: Document, budget: number): StyleProbe {
  const view = doc.defaultView;
  let useComputed = view !== null && doc.styleSheets.length > 0;
  let remaining = budget;
  return {
    read(element) {
      if (useComputed && remaining > 0 && view) {
        remaining -= 1;
        try {
          return view.getComputedStyle(element);
        } catch {
          return inlineStyle(element);
        }
      }
      // Without a style attribute the inline style is empty: reading it would only cost a wrapper object.
      return element.hasAttribute('style') ? inlineStyle(element) : null;
    },
    noteStyleSheets() {
      useComputed = view !== null;
    },
    get remaining() {
      return remaining;
    },
    refill(budget) {
      remaining = budget;
    },
  };
}

const OFF_SCREEN_PX = -999;
const CLIPPING_OVERFLOW: readonly string[] = ['hidden', 'clip'];

function px(style: StyleLike, property: string): number {
  const value = Number.parseFloat(style.getPropertyValue(property));
  return Number.isFinite(value) ? value : 0;
}

function zeroAttribute(element: Element, name: string): boolean {
  const value = element.getAttribute(name);
  return value !== null && /^\s*0+(?:\.0*)?(?:px)?\s*$/.test(value);
}

/** An image not drawn from its own pixels yet: still loading, or broken (it shows its alt text or nothing). */
function isUnrenderedImage(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'IMG') return false;
  const image = element as HTMLImageElement;
  return !image.complete || image.naturalWidth === 0;
}

/** The element and everything inside it is hidden from view (not merely `visibility: hidden`, see below). */
export function isHiddenSubtree(element: Element, style: StyleLike | null): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (zeroAttribute(element, 'width') || zeroAttribute(element, 'height')) return true;
  if (!style) return false;
  // Each property read costs a call into the engine; the ones that only matter in combination are read last.
  if (style.getPropertyValue('display').trim() === 'none') return true;
  const opacity = style.getPropertyValue('opacity').trim();
  if (opacity !== '' && Number.parseFloat(opacity) < 0.05) return true;
  if (px(style, 'text-indent') <= OFF_SCREEN_PX) return true;
  // Substring tests first: computed values rarely come near the patterns, whose first runs compile them.
  const transform = style.getPropertyValue('transform');
  if (transform.includes('scale(') && /scale\(0(?:\.0*)?\)/.test(transform)) return true;
  const position = style.getPropertyValue('position').trim();
  if (position === 'absolute' || position === 'fixed') {
    if (px(style, 'left') <= OFF_SCREEN_PX || px(style, 'top') <= OFF_SCREEN_PX) return true;
    // `clip` applies only to absolutely positioned boxes.
    const clip = style.getPropertyValue('clip').replace(/\s+/g, '');
    if (/^rect\(0(?:px)?,?0(?:px)?,?0(?:px)?,?0(?:px)?\)$/.test(clip)) return true;
  }
  if (!mentionsAny(style.getPropertyValue('overflow'), CLIPPING_OVERFLOW)) return false;
  // Images clip by default and have no height until they load (Firefox lays them out at zero): a logo still
  // loading as the page is read, or one whose file did not arrive, says nothing about the page's intent by its size.
  if (isUnrenderedImage(element)) return false;
  const width = style.getPropertyValue('width').trim();
  const height = style.getPropertyValue('height').trim();
  return (
    /^0(?:px)?$/.test(width) ||
    /^0(?:px)?$/.test(height) ||
    /^0(?:px)?$/.test(style.getPropertyValue('max-height').trim())
  );
}

/**
 * `visibility` is inherited but a child can set it back to `visible`, so it cannot prune a subtree:
 * returns the element's own setting, or null when it does not set one (inherit from the parent).
 */
export function ownVisibility(style: StyleLike | null): 'hidden' | 'visible' | null {
  if (!style) return null;
  const value = style.getPropertyValue('visibility').trim();
  if (value === 'hidden' || value === 'collapse') return 'hidden';
  if (value === 'visible') return 'visible';
  return null;
}

/** Text set in a zero-size font is invisible; only the element's own text, children may reset the size. */
export function hasZeroFont(style: StyleLike | null): boolean {
  if (!style) return false;
  const size = style.getPropertyValue('font-size').trim();
  return size.startsWith('0') && /^0(?:\.0*)?(?:px|em|rem|pt|%)?$/.test(size);
}

/** `position` as styled, for spotting drawn windows. */
export function isPositioned(style: StyleLike | null): boolean {
  if (!style) return false;
  const position = style.getPropertyValue('position').trim();
  return position === 'fixed' || position === 'absolute';
}
