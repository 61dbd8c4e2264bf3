import type { WarningSpec } from '../shared/warning-spec';
import { HOST_STYLE, WARNING_CSS } from './warning-styles';
import { SLOT, splitAtSlot, t } from '../shared/i18n';

export interface MountedWarning {
  update(spec: WarningSpec): void;
}

interface Handlers {
  onContinue(): void;
  onReport(verdict: 'safe' | 'phishing'): void;
  /** The page fought the warning more than a few times: time for the extension's full-page warning. */
  onTampered(): void;
}

const TAMPER_LIMIT = 3;
const TAMPER_WINDOW_MS = 10_000;
const WATCH_INTERVAL_MS = 400;

/**
 * A modal dialog in a closed shadow root on the top-level document: the page cannot read or restyle it, and
 * while it is open the rest of the page is inert, so nothing can be typed into the page behind it. If the
 * page removes, hides or covers it, it comes straight back; if that keeps happening, `onTampered` fires.
 */
export function mountWarning(initial: WarningSpec, handlers: Handlers): MountedWarning {
  const guarded = mountGuardedDialog('warning', 'cg-title', () => handlers.onTampered());
  const render = (spec: WarningSpec): void => {
    guarded.show(
      warningContent(spec, {
        goBack: () => leavePage(),
        continueAnyway: () => {
          guarded.remove();
          handlers.onContinue();
        },
        askConfirm: () => guarded.dialog.classList.add('confirming'),
        report: (verdict) => handlers.onReport(verdict),
      }),
    );
  };
  render(initial);
  return { update: render };
}

export interface GuardedDialog {
  readonly dialog: HTMLDialogElement;
  /** Replaces the dialog's content and makes sure it is open and on top. */
  show(content: readonly Node[]): void;
  /** Takes the dialog away for good (the user chose; nothing is restored after this). */
  remove(): void;
}

/**
 * A modal dialog in a closed shadow root on the top-level document, marked `data-consent-guard="{marker}"`: the page
 * cannot read or restyle it, and while it is open the rest of the page is inert, so nothing can be typed into the
 * page behind it. If the page removes, hides or covers it, it comes straight back; if that keeps happening,
 * `onTampered` fires. The in-page warning and the consent confirmation share it.
 */
export function mountGuardedDialog(marker: string, labelledBy: string, onTampered: () => void): GuardedDialog {
  const host = document.createElement('div');
  const dialog = warningDialogIn(host.attachShadow({ mode: 'closed' }), labelledBy);

  let dismissed = false;
  const tamperTimes: number[] = [];
  const raisedAbove = new WeakSet<Element>();
  const noteTamper = (): void => {
    const now = Date.now();
    tamperTimes.push(now);
    while (tamperTimes.length > 0 && now - (tamperTimes[0] ?? now) > TAMPER_WINDOW_MS) tamperTimes.shift();
    if (tamperTimes.length >= TAMPER_LIMIT) onTampered();
  };

  const place = (): void => {
    setHostAttributes(host, marker);
    if (!host.isConnected) document.documentElement.append(host);
    if (!dialog.open) dialog.showModal();
  };

  const restore = (): void => {
    if (dismissed) return;
    const intact =
      host.isConnected &&
      dialog.open &&
      host.getAttribute('style') === HOST_STYLE &&
      host.getAttribute('data-consent-guard') === marker &&
      !document.documentElement.inert;
    const covering = newPageTopLayerElements(raisedAbove);
    if (intact && covering.length === 0) return;
    noteTamper();
    if (document.documentElement.inert) document.documentElement.inert = false;
    // Re-opening puts the warning last in the top layer, above what the page just opened.
    for (const element of covering) raisedAbove.add(element);
    if (covering.length > 0 && dialog.open) dialog.close();
    place();
  };

  dialog.addEventListener('cancel', (event) => event.preventDefault());
  const observer = new MutationObserver(restore);
  observer.observe(document.documentElement, { childList: true, attributes: true, attributeFilter: ['inert'] });
  observer.observe(host, { attributes: true });
  // Covering it with the page's own top-layer element (a later modal or popover) causes no mutation we see.
  const watch = window.setInterval(restore, WATCH_INTERVAL_MS);

  return {
    dialog,
    show(content) {
      dialog.replaceChildren(...content);
      place();
    },
    remove() {
      dismissed = true;
      observer.disconnect();
      window.clearInterval(watch);
      dialog.close();
      host.remove();
    },
  };
}

/**
 * The dialog and its styles inside a shadow root. The e2e tier renders this (and `warningContent`) into an open
 * shadow root on a test page to run axe on the very same markup; pages only ever get the closed one.
 */
export function warningDialogIn(shadow: ShadowRoot, labelledBy = 'cg-title'): HTMLDialogElement {
  const style = document.createElement('style');
  style.textContent = WARNING_CSS;
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-labelledby', labelledBy);
  dialog.setAttribute('aria-describedby', 'cg-body');
  shadow.append(style, dialog);
  return dialog;
}

function setHostAttributes(host: HTMLElement, marker: string): void {
  for (const name of host.getAttributeNames())
    if (name !== 'style' && name !== 'data-consent-guard') host.removeAttribute(name);
  if (host.getAttribute('data-consent-guard') !== marker) host.setAttribute('data-consent-guard', marker);
  if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
}

/** Page modals and popovers opened since the warning last rose above the ones it knows. */
function newPageTopLayerElements(known: WeakSet<Element>): Element[] {
  return Array.from(document.querySelectorAll(':modal, :popover-open')).filter((element) => !known.has(element));
}

function leavePage(): void {
  if (history.length > 1) history.back();
  else location.replace('about:blank');
}

export interface WarningActions {
  goBack(): void;
  continueAnyway(): void;
  askConfirm(): void;
  report(verdict: 'safe' | 'phishing'): void;
}

export function warningContent(spec: WarningSpec, actions: WarningActions): Node[] {
  const header = el('header', {});
  header.append(alertIcon(), el('h1', { id: 'cg-title' }, spec.headline));

  const body = el('div', { class: 'body', id: 'cg-body' });
  const list = el('ul', {});
  for (const reason of spec.reasons) list.append(el('li', {}, reason));
  body.append(list);
  if (spec.realOrigin) {
    const [before, after] = splitAtSlot(t('warning_realPageDoNot', SLOT));
    const real = el('p', { class: 'real' }, before);
    real.append(el('strong', {}, spec.realOrigin), document.createTextNode(after));
    body.append(real);
  }
  body.append(el('p', {}, t('warning_byExtension')));

  const confirm = el('p', { class: 'confirm' }, t('warning_confirm'));
  const back = el('button', { class: 'primary', type: 'button', autofocus: '' }, t('warning_goBack'));
  back.addEventListener('click', (event) => event.isTrusted && actions.goBack());
  const more = el('button', { class: 'secondary', type: 'button' }, t('warning_continue'));
  more.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    if (more.dataset['armed'] === 'yes') actions.continueAnyway();
    else {
      more.dataset['armed'] = 'yes';
      more.textContent = t('warning_yesContinue');
      actions.askConfirm();
    }
  });
  const buttons = el('div', { class: 'actions' });
  const report = reportRow(actions);
  // Where policy forbids it, the way past the warning is not offered at all (the background would refuse it too).
  if (!spec.continueAllowed) {
    buttons.append(back);
    return [header, body, buttons, report];
  }
  buttons.append(more, back);
  return [header, body, confirm, buttons, report];
}

/** "This page is safe" / "This is phishing": once either is clicked, a thank-you takes the row's place. */
function reportRow(actions: WarningActions): HTMLElement {
  const row = el('div', { class: 'report', role: 'group', 'aria-label': t('report_title') });
  for (const [verdict, key] of [
    ['safe', 'report_safe'],
    ['phishing', 'report_phishing'],
  ] as const) {
    const button = el('button', { class: 'link', type: 'button' }, t(key));
    button.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      actions.report(verdict);
      row.replaceChildren(el('p', { role: 'status' }, t('report_thanks')));
    });
    row.append(button);
  }
  return row;
}

export function el(tag: string, attrs: Record<string, string>, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function alertIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '32');
  svg.setAttribute('height', '32');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', 'M12 2 1 21h22L12 2zm0 5.5 7.5 12.5h-15L12 7.5zM11 10v5h2v-5h-2zm0 6v2h2v-2h-2z');
  svg.append(path);
  return svg;
}
