import { mayNameCodeApp } from '../providers/after-code-pages';
import { documentRoot } from './dom-access';
import { normalizeDrawnText as normalizeText } from './drawn-text';
import { CREDENTIAL_INPUT_SELECTOR, POST_FORM_SELECTOR } from './gate-selectors';
import { inputType, isApproveWording, isDenyWording, isIdentifierInput, isPasswordInput } from './page-vocabulary';
import { BLOCK_TAGS, isElement, isSsoWording, SKIPPED_TAGS, tagOf } from './markup-vocabulary';
import { SnapshotBuilder } from './snapshot-builder';
import { SNAPSHOT_CAPS as CAPS } from './snapshot-caps';
import type { PageSnapshot } from './snapshot-types';
import {
  createStyleProbe,
  hasZeroFont,
  isHiddenSubtree,
  ownVisibility,
  type StyleLike,
  type StyleProbe,
} from './visibility';
import { collectorKind, isControl, pushText, type Collector, type Control, type TextBuffer } from './text-segments';
import { imageButtonText, imageHintsOf, imageLabelOf, inSignInCard } from './image-hints';
import { fourSquareAncestor } from './logo-colours';
import { scanForAddressBar } from './fake-window';

/** Places in the interface text kept for the panels around credential fields (see `run`). */
export const PANEL_TEXT_RESERVE = 20;
const TEXT_NODE = 3;

interface Enter {
  readonly exit: false;
  readonly node: Node;
  readonly depth: number;
  /** Inherited `visibility: hidden`. */
  readonly invisible: boolean;
  /** The parent's font size is zero: its own text nodes are invisible. */
  readonly zeroFont: boolean;
}

interface Exit {
  readonly exit: true;
  readonly element: Element;
  readonly block: boolean;
  readonly collector: Collector | null;
  readonly control: Control | null;
}

class PageWalker {
  private readonly out = new SnapshotBuilder();
  private readonly probe: StyleProbe;
  private readonly hasLayout: boolean;
  private readonly scrollY: number;
  private readonly stack: (Enter | Exit)[] = [];
  private readonly collectors: Collector[] = [];
  private control: Control | null = null;
  private segment: TextBuffer = { parts: [], length: 0 };
  private segmentAnchor: Element | null = null;
  private readonly colourSets = new Map<Element, Set<string>>();
  private visited = 0;
  /** Where the region being read stops (a count of visited nodes). */
  private limit = 0;
  /** Nodes already read: a panel may lie inside the top of the page, or inside another panel. */
  private readonly seen = new WeakSet<Node>();
  private rectReads = 0;
  private cardChecks = 0;

  constructor(
    private readonly doc: Document,
    private readonly anchors: readonly Element[],
  ) {
    this.probe = createStyleProbe(doc, CAPS.styleReads);
    this.hasLayout = detectLayout(doc);
    this.scrollY = doc.defaultView?.scrollY ?? 0;
  }

  run(): PageSnapshot {
    try {
      this.out.title = normalizeText(this.doc.title, CAPS.sample);
      const root = documentRoot(this.doc);
      // A long page's top fills the interface text before the panels around its credential fields are read;
      // those panels (a kit at the bottom of a long page, a card injected after load) keep places of their own.
      this.out.uiText.reserve(PANEL_TEXT_RESERVE);
      this.out.markupIds.reserve(PANEL_TEXT_RESERVE);
      if (root) this.walkRegion(root, CAPS.topNodes, false);
      this.out.uiText.release();
      this.out.markupIds.release();
      for (const panel of panelsAround([...this.anchors, ...credentialAnchors(this.doc)])) {
        if (this.visited >= CAPS.nodes) {
          this.out.truncated = true;
          break;
        }
        if (this.seen.has(panel)) continue;
        this.probe.refill(CAPS.panelStyleReads);
        if (this.hiddenAbove(panel)) continue;
        this.walkRegion(
          panel,
          Math.min(CAPS.panelNodes, CAPS.nodes - this.visited),
          ownVisibility(this.probe.read(panel)) === 'hidden',
        );
      }
    } catch {
      // Hostile markup can break assumptions (exotic nodes, throwing getters): report what we have.
      this.out.truncated = true;
    }
    return this.out.finish(this.doc);
  }

  private walkRegion(root: Element, cap: number, invisible: boolean): void {
    this.limit = this.visited + cap;
    this.stack.push({ exit: false, node: root, depth: 0, invisible, zeroFont: false });
    this.walk();
    this.flushSegment();
  }

  /** Past the region's limit the stack is still drained, so every open heading, label and control is closed. */
  private walk(): void {
    for (let item = this.stack.pop(); item; item = this.stack.pop()) {
      if (item.exit) {
        this.leave(item);
        continue;
      }
      if (this.seen.has(item.node)) continue;
      if (this.visited >= this.limit) {
        this.out.truncated = true;
        continue;
      }
      this.seen.add(item.node);
      this.visited += 1;
      if (item.node.nodeType === TEXT_NODE) {
        if (!item.invisible && !item.zeroFont) this.text(item.node);
      } else if (isElement(item.node)) {
        if (item.depth > CAPS.depth) this.out.truncated = true;
        else this.enter(item.node, item);
      }
    }
  }

  private enter(element: Element, from: Enter): void {
    const tag = tagOf(element);
    if (SKIPPED_TAGS.has(tag)) return;
    const style = this.probe.read(element);
    // Most elements carry no attributes and get no computed style read: nothing about them can hide or brand.
    const attributed = element.hasAttributes();
    if ((attributed || style) && isHiddenSubtree(element, style)) return;
    const own = ownVisibility(style);
    const invisible = own === null ? from.invisible : own === 'hidden';
    const block = this.isBlock(tag, style);
    if (block) this.breakLine();

    if (!invisible && (attributed || style || tag === 'SVG')) this.inspect(element, tag, style);

    let collector: Collector | null = null;
    let control: Control | null = null;
    if (this.control === null && isControl(element, tag)) {
      this.flushSegment();
      control = { element, parts: [], length: 0, hints: [], logo: false };
      this.control = control;
    } else {
      const kind = collectorKind(element, tag);
      if (kind) {
        collector = { kind, parts: [], length: 0 };
        this.collectors.push(collector);
      }
    }
    this.stack.push({ exit: true, element, block, collector, control });
    this.pushChildren(element, tag, from.depth + 1, invisible, hasZeroFont(style));
  }

  private leave(item: Exit): void {
    if (item.control) {
      this.control = null;
      this.finishControl(item.control);
    }
    if (item.collector) {
      this.collectors.pop();
      const text = normalizeText(item.collector.parts.join(''), CAPS.sample * 2);
      if (item.collector.kind === 'heading') this.out.headings.add(text);
      else if (item.collector.kind === 'label') this.out.labels.add(text);
      else this.out.listItems.add(text);
    }
    if (item.block) this.breakLine();
  }

  /** A block boundary: ends the current text segment and separates words in collectors and controls. */
  private breakLine(): void {
    this.flushSegment();
    for (const collector of this.collectors) pushText(collector, ' ');
    if (this.control) pushText(this.control, ' ');
  }

  private pushChildren(element: Element, tag: string, depth: number, invisible: boolean, zeroFont: boolean): void {
    const batch = this.childrenOf(element, tag, this.limit - this.visited);
    for (let index = batch.length - 1; index >= 0; index -= 1) {
      const node = batch[index];
      if (node) this.stack.push({ exit: false, node, depth, invisible, zeroFont });
    }
  }

  /**
   * Up to `room` children as rendered: an open shadow root replaces the light children, which show up
   * through its slots.
   */
  private childrenOf(element: Element, tag: string, room: number): Node[] {
    const shadow = element.shadowRoot;
    let first: Node | null = element.firstChild;
    if (shadow) {
      // Older engines (and jsdom) may lack either list on shadow roots.
      const sheets = (shadow.styleSheets as StyleSheetList | undefined)?.length ?? 0;
      if (sheets > 0 || ((shadow.adoptedStyleSheets as readonly CSSStyleSheet[] | undefined)?.length ?? 0) > 0)
        this.probe.noteStyleSheets();
      first = shadow.firstChild;
    } else if (tag === 'SLOT' && 'assignedNodes' in element && typeof element.assignedNodes === 'function') {
      const assigned = (element as HTMLSlotElement).assignedNodes();
      if (assigned.length > 0) {
        if (assigned.length > room) this.out.truncated = true;
        return assigned.slice(0, Math.max(0, room));
      }
    }
    const batch: Node[] = [];
    for (let child = first; child; child = child.nextSibling) {
      if (batch.length >= room) {
        this.out.truncated = true;
        break;
      }
      batch.push(child);
    }
    return batch;
  }

  private isBlock(tag: string, style: StyleLike | null): boolean {
    const display = style?.getPropertyValue('display').trim() ?? '';
    if (display === 'inline' || display === 'inline-block' || display === 'contents' || display === 'inline-flex')
      return false;
    if (display !== '') return true;
    return BLOCK_TAGS.has(tag);
  }

  private text(node: Node): void {
    const data = node.nodeValue ?? '';
    if (data === '') return;
    for (const collector of this.collectors) pushText(collector, data);
    if (this.control) {
      pushText(this.control, data);
      return;
    }
    if (this.segment.length === 0 && data.trim() !== '') this.segmentAnchor = node.parentElement;
    pushText(this.segment, data);
  }

  private flushSegment(): void {
    if (this.segment.length === 0) return;
    const anchor = this.segmentAnchor;
    const raw = this.segment.parts.join('');
    const text = normalizeText(raw, CAPS.rawText);
    const lines = this.out.appLines;
    if (mayNameCodeApp(text) && lines.length < CAPS.appLines) lines.push(raw.slice(0, CAPS.appLine));
    this.segment = { parts: [], length: 0 };
    this.segmentAnchor = null;
    if (text !== '') this.addSegment(text, anchor);
  }

  private addSegment(text: string, anchor: Element | null): void {
    const upper = this.isUpper(anchor);
    this.out.segments += 1;
    this.out.chars += text.length;
    if (text.length > CAPS.proseSegment) this.out.proseSegments += 1;
    else this.out.uiText.add(text);
    if (upper) this.out.appendUpper(text);
    if (anchor && text.includes('.') && text.includes('/')) scanForAddressBar(this.out, this.probe, text, anchor);
  }

  private isUpper(anchor: Element | null): boolean {
    if (!this.hasLayout) return this.out.segments < CAPS.upperSegments;
    if (!anchor || this.rectReads >= CAPS.rectReads) return false;
    this.rectReads += 1;
    const rect = anchor.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return false;
    return rect.top + this.scrollY < CAPS.upperPortionPx;
  }

  /** Element-specific reading: inputs, forms, images, logo colours, attributes. */
  private inspect(element: Element, tag: string, style: StyleLike | null): void {
    for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
      const value = element.getAttribute(name);
      if (value) this.out.attributes.add(normalizeText(value, CAPS.shortSample));
    }
    this.markupName(element, 'id');
    if (tag === 'INPUT') this.input(element);
    if (tag === 'BUTTON' && element.hasAttribute('formaction')) this.formOverride(element);
    this.imageHints(element, tag, style);
    this.logoColours(element, style);
  }

  private input(element: Element): void {
    const type = inputType(element);
    if (type === 'hidden') return;
    this.markupName(element, 'name');
    const form = formOf(element);
    if (isPasswordInput(element)) {
      this.out.passwordInputs += 1;
      if (form) this.out.noteFormInput(form, 'password');
    } else if (isIdentifierInput(element)) {
      this.out.identifierInputs += 1;
      if (form) this.out.noteFormInput(form, 'identifier');
    } else if (type === 'submit' || type === 'button' || type === 'image') {
      if (element.hasAttribute('formaction')) this.formOverride(element);
      const value =
        element.getAttribute('value') ??
        (type === 'submit' ? 'submit' : type === 'image' ? imageButtonText(element) : '');
      this.finishControlText(normalizeText(value, CAPS.shortSample * 2), element, [], false);
    }
    const value = element.getAttribute('value') ?? '';
    if (
      (type === 'text' || type === 'url') &&
      value.includes('.') &&
      (element.hasAttribute('readonly') || element.hasAttribute('disabled'))
    ) {
      scanForAddressBar(this.out, this.probe, normalizeText(value, CAPS.url), element, true);
    }
  }

  private formOverride(element: Element): void {
    const form = formOf(element);
    const target = element.getAttribute('formaction');
    if (form && target) this.out.noteFormOverride(form, target);
  }

  private finishControl(control: Control): void {
    const text = normalizeText(control.parts.join(''), CAPS.shortSample * 2);
    this.finishControlText(text, control.element, control.hints, control.logo);
  }

  /** Sign-in-with buttons are set aside whole, logo included: they brand someone else's page. */
  private finishControlText(text: string, element: Element, hints: readonly string[], logo: boolean): void {
    if (isSsoWording(text)) {
      this.out.ssoButtons.add(text);
      return;
    }
    const upper = text !== '' || hints.length > 0 || logo ? this.isUpper(element) : false;
    if (text !== '') {
      this.out.actions.add(text);
      if (isApproveWording(text)) {
        this.out.approveActions += 1;
        // Where the approval is sent matters as much as where a password is.
        const form = formOf(element);
        if (form) this.out.noteFormInput(form, 'approve');
      }
      if (isDenyWording(text)) this.out.denyActions += 1;
      this.out.segments += 1;
      this.out.chars += text.length;
      this.out.uiText.add(text);
      if (upper) this.out.appendUpper(text);
    }
    for (const hint of hints) this.addHint(hint, upper);
    if (logo) this.noteLogo(upper);
  }

  private imageHints(element: Element, tag: string, style: StyleLike | null): void {
    const normalized = imageHintsOf(element, tag, style);
    if (normalized.length === 0) return;
    if (this.control) {
      this.control.hints.push(...normalized.slice(0, CAPS.controlHints - this.control.hints.length));
      return;
    }
    const upper = this.isUpper(element);
    for (const hint of normalized) this.addHint(hint, upper);
    if (this.cardChecks < CAPS.cardChecks) {
      this.cardChecks += 1;
      if (inSignInCard(element)) this.out.addCardImage(imageLabelOf(element, tag), normalized);
    }
  }

  private markupName(element: Element, attribute: 'id' | 'name'): void {
    const value = element.getAttribute(attribute);
    if (value) this.out.markupIds.add(value.slice(0, CAPS.markupId).toLowerCase());
  }

  private addHint(hint: string, upper: boolean): void {
    this.out.imageHints.add(hint);
    if (upper) this.out.upperImageHints.add(hint);
  }

  private logoColours(element: Element, style: StyleLike | null): void {
    const ancestor = fourSquareAncestor(this.colourSets, element, style);
    if (!ancestor) return;
    if (this.control) this.control.logo = true;
    else this.noteLogo(this.isUpper(ancestor));
  }

  private noteLogo(upper: boolean): void {
    this.out.fourSquare = true;
    if (upper) this.out.fourSquareUpper = true;
  }

  /**
   * A panel inside a hidden ancestor is not shown: one engine call where there is one, else the ancestors' own styles.
   */
  private hiddenAbove(panel: Element): boolean {
    const checked = panel as Element & { checkVisibility?: (options?: { opacityProperty?: boolean }) => boolean };
    if (typeof checked.checkVisibility === 'function') return !checked.checkVisibility({ opacityProperty: true });
    for (
      let ancestor = panel.parentElement, level = 0;
      ancestor && level < CAPS.hiddenLevels;
      ancestor = ancestor.parentElement, level += 1
    ) {
      if (isHiddenSubtree(ancestor, this.probe.read(ancestor))) return true;
    }
    return false;
  }
}

function detectLayout(doc: Document): boolean {
  try {
    // The root's clientHeight is the viewport height wherever there is layout; jsdom reports 0.
    return (
      (documentRoot(doc)?.clientHeight ?? 0) > 0 || ((doc.documentElement as HTMLElement | null)?.clientHeight ?? 0) > 0
    );
  } catch {
    return false;
  }
}

function formOf(element: Element): Element | null {
  const owner = (element as Element & { form?: unknown }).form;
  if (owner && typeof owner === 'object' && isElement(owner as Node) && tagOf(owner as Element) === 'FORM')
    return owner as Element;
  return element.closest('form');
}

/** Credential fields, then forms that POST (consent answers), in document order. */
function credentialAnchors(doc: Document): Element[] {
  const anchors: Element[] = [];
  for (const selector of [CREDENTIAL_INPUT_SELECTOR, POST_FORM_SELECTOR]) {
    const found = doc.querySelectorAll(selector);
    for (let index = 0; index < found.length && anchors.length < CAPS.panels; index += 1) {
      const element = found[index];
      if (element) anchors.push(element);
    }
  }
  return anchors;
}

/**
 * The largest ancestor of each anchor that still fits a panel's budget: the form and the box around it, with
 * the heading, logo and drawn address bar that make it look like someone's sign-in. Counting an ancestor's
 * elements is one engine call; the climb stops at the first one too large.
 */
function panelsAround(anchors: readonly Element[]): Element[] {
  const panels: Element[] = [];
  for (const anchor of anchors.filter((element) => element.isConnected).slice(0, CAPS.panels)) {
    let panel = anchor;
    for (let parent = anchor.parentElement; parent; parent = parent.parentElement) {
      const tag = tagOf(parent);
      // Elements are about half of a page's nodes; the rest are the text inside them.
      if (tag === 'BODY' || tag === 'HTML' || parent.getElementsByTagName('*').length > CAPS.panelNodes / 2) break;
      panel = parent;
    }
    if (!panels.includes(panel)) panels.push(panel);
  }
  return panels;
}

/**
 * Full inspection of a page the inspection gate let through: bounded (see `SNAPSHOT_CAPS`), never throws. Reads the
 * top of the page and the panels around its credential fields (and around `anchors`, such as a focused field in
 * a shadow root), open shadow roots included; skips hidden decoys, joins text split across inline elements.
 */
export function takeSnapshot(doc: Document, anchors: readonly Element[] = []): PageSnapshot {
  return new PageWalker(doc, anchors).run();
}
