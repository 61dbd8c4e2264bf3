import { capLength } from './normalize-text';
import { appNameOnPage } from './app-name';
import { SNAPSHOT_CAPS as CAPS } from './snapshot-caps';
import {
  SNAPSHOT_VERSION,
  type AddressBarSnapshot,
  type CardImage,
  type FormSnapshot,
  type PageSnapshot,
} from './snapshot-types';

/** A bounded, de-duplicated list of samples; reports when it overflowed. */
class SampleList {
  readonly items: string[] = [];
  private readonly seen = new Set<string>();
  overflowed = false;
  private limit: number;

  constructor(
    private readonly cap: number,
    private readonly length: number,
  ) {
    this.limit = cap;
  }

  /** Keeps the last `count` places free until `release`: for text read later that matters more. */
  reserve(count: number): void {
    this.limit = Math.max(0, this.cap - count);
  }

  release(): void {
    this.limit = this.cap;
  }

  add(text: string): void {
    if (text === '') return;
    const sample = capLength(text, this.length);
    if (this.seen.has(sample)) return;
    if (this.items.length >= this.limit) {
      this.overflowed = true;
      return;
    }
    this.seen.add(sample);
    this.items.push(sample);
  }
}

interface FormFlags {
  hasPassword: boolean;
  hasIdentifier: boolean;
  hasApprove: boolean;
  /** `formaction` overrides on its submit buttons. */
  overrides: string[];
}

/** Collects what the walk finds, enforcing every cap in `SNAPSHOT_CAPS`. */
export class SnapshotBuilder {
  title = '';
  passwordInputs = 0;
  identifierInputs = 0;
  readonly headings = new SampleList(CAPS.headings, CAPS.sample);
  readonly labels = new SampleList(CAPS.labels, CAPS.sample);
  readonly actions = new SampleList(CAPS.actions, CAPS.shortSample);
  readonly ssoButtons = new SampleList(CAPS.ssoButtons, CAPS.shortSample);
  readonly attributes = new SampleList(CAPS.attributes, CAPS.shortSample);
  readonly uiText = new SampleList(CAPS.uiText, CAPS.sample);
  readonly listItems = new SampleList(CAPS.listItems, CAPS.sample);
  readonly imageHints = new SampleList(CAPS.imageHints, CAPS.shortSample);
  readonly upperImageHints = new SampleList(CAPS.upperImageHints, CAPS.shortSample);
  readonly markupIds = new SampleList(CAPS.markupIds, CAPS.markupId);
  private readonly cardImages: CardImage[] = [];
  private upper = '';
  fourSquare = false;
  fourSquareUpper = false;
  approveActions = 0;
  denyActions = 0;
  segments = 0;
  proseSegments = 0;
  chars = 0;
  truncated = false;
  private readonly forms = new Map<Element, FormFlags>();
  private readonly addressBars: AddressBarSnapshot[] = [];
  /** Text segments as written that may name the app a device code signs in (`PageSnapshot.appLines`). */
  readonly appLines: string[] = [];

  appendUpper(text: string): void {
    if (this.upper.length >= CAPS.upperText) {
      this.truncated = true;
      return;
    }
    this.upper = capLength(this.upper === '' ? text : `${this.upper} ${text}`, CAPS.upperText);
  }

  get upperLength(): number {
    return this.upper.length;
  }

  noteFormInput(form: Element, kind: 'password' | 'identifier' | 'approve'): void {
    const flags = this.formFlags(form);
    if (!flags) return;
    if (kind === 'password') flags.hasPassword = true;
    else if (kind === 'identifier') flags.hasIdentifier = true;
    else flags.hasApprove = true;
  }

  noteFormOverride(form: Element, url: string): void {
    const flags = this.formFlags(form);
    if (flags && flags.overrides.length < 4) flags.overrides.push(capLength(url, CAPS.url * 2));
  }

  private formFlags(form: Element): FormFlags | null {
    const known = this.forms.get(form);
    if (known) return known;
    // Forms without credential inputs are tracked too (their submit buttons come first); bound the map.
    if (this.forms.size >= CAPS.forms * 8) {
      this.truncated = true;
      return null;
    }
    const flags: FormFlags = { hasPassword: false, hasIdentifier: false, hasApprove: false, overrides: [] };
    this.forms.set(form, flags);
    return flags;
  }

  addCardImage(label: string, hints: readonly string[]): void {
    if (this.cardImages.length >= CAPS.cardImages) {
      this.truncated = true;
      return;
    }
    this.cardImages.push({ label: capLength(label, CAPS.shortSample), hints: hints.slice(0, CAPS.cardImageHints) });
  }

  addAddressBar(bar: AddressBarSnapshot): void {
    if (this.addressBars.some((known) => known.url === bar.url)) return;
    if (this.addressBars.length >= CAPS.addressBars) {
      this.truncated = true;
      return;
    }
    this.addressBars.push(bar);
  }

  finish(doc: Document): PageSnapshot {
    const lists = [
      this.headings,
      this.labels,
      this.actions,
      this.ssoButtons,
      this.attributes,
      this.uiText,
      this.listItems,
      this.imageHints,
      this.upperImageHints,
      this.markupIds,
    ];
    const truncated = this.truncated || lists.some((list) => list.overflowed);
    return {
      version: SNAPSHOT_VERSION,
      title: this.title,
      hasPassword: this.passwordInputs > 0,
      passwordInputs: this.passwordInputs,
      identifierInputs: this.identifierInputs,
      forms: this.formSnapshots(doc),
      headings: this.headings.items,
      labels: this.labels.items,
      actions: this.actions.items,
      ssoButtons: this.ssoButtons.items,
      attributes: this.attributes.items,
      uiText: this.uiText.items,
      upperText: this.upper,
      imageHints: this.imageHints.items,
      upperImageHints: this.upperImageHints.items,
      cardImages: this.cardImages,
      markupIds: this.markupIds.items,
      logo: { fourSquare: this.fourSquare, fourSquareUpper: this.fourSquareUpper },
      fakeAddressBars: this.addressBars,
      consent: {
        approveActions: this.approveActions,
        denyActions: this.denyActions,
        listItems: this.listItems.items,
        appName: this.approveActions > 0 ? appNameOnPage(doc) : null,
      },
      textStats: { segments: this.segments, proseSegments: this.proseSegments, chars: this.chars },
      truncated,
      appLines: this.appLines,
    };
  }

  private formSnapshots(doc: Document): FormSnapshot[] {
    const pageOrigin = originOf(doc.URL);
    const result: FormSnapshot[] = [];
    for (const [form, flags] of this.forms) {
      if (!flags.hasPassword && !flags.hasIdentifier && !flags.hasApprove) continue;
      if (result.length >= CAPS.forms) {
        this.truncated = true;
        break;
      }
      const targets = [form.getAttribute('action'), ...flags.overrides]
        .filter((raw): raw is string => raw !== null && raw.trim() !== '')
        .map((raw) => resolveUrl(raw, doc));
      const elsewhere = targets.find((url) => url !== null && postsElsewhere(url, pageOrigin));
      const action = elsewhere ?? targets[0] ?? null;
      result.push({
        action: action ? capLength(action.href, CAPS.url) : null,
        method: capLength((form.getAttribute('method') ?? 'get').trim().toLowerCase() || 'get', 16),
        crossOrigin: elsewhere !== undefined,
        hasPassword: flags.hasPassword,
        hasIdentifier: flags.hasIdentifier,
        hasApprove: flags.hasApprove,
      });
    }
    return result;
  }
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function resolveUrl(raw: string, doc: Document): URL | null {
  try {
    return new URL(capLength(raw.trim(), CAPS.url * 4), doc.baseURI);
  } catch {
    return null;
  }
}

/** http(s) to another origin, or a `data:` URL; `javascript:` stays on the page and is not counted. */
function postsElsewhere(url: URL, pageOrigin: string | null): boolean {
  if (url.protocol === 'data:') return true;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return pageOrigin !== null && url.origin !== pageOrigin;
}
