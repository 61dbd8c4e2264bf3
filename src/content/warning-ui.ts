import type { WarningSpec } from '../shared/warning-spec';
import { HOST_STYLE, WARNING_CSS } from './warning-styles';

export interface MountedWarning {
  update(spec: WarningSpec): void;
}

interface Handlers {
  onContinue(): void;
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
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = WARNING_CSS;
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-labelledby', 'cg-title');
  dialog.setAttribute('aria-describedby', 'cg-body');
  shadow.append(style, dialog);

  let dismissed = false;
  const tamperTimes: number[] = [];
  const raisedAbove = new WeakSet<Element>();
  const noteTamper = (): void => {
    const now = Date.now();
    tamperTimes.push(now);
    while (tamperTimes.length > 0 && now - (tamperTimes[0] ?? now) > TAMPER_WINDOW_MS) tamperTimes.shift();
    if (tamperTimes.length >= TAMPER_LIMIT) handlers.onTampered();
  };

  const render = (spec: WarningSpec): void => {
    dialog.replaceChildren(...warningContent(spec, {
      goBack: () => leavePage(),
      continueAnyway: () => {
        dismissed = true;
        observer.disconnect();
        window.clearInterval(watch);
        dialog.close();
        host.remove();
        handlers.onContinue();
      },
      askConfirm: () => dialog.classList.add('confirming'),
    }));
  };

  const place = (): void => {
    setHostAttributes(host);
    if (!host.isConnected) document.documentElement.append(host);
    if (!dialog.open) dialog.showModal();
  };

  const restore = (): void => {
    if (dismissed) return;
    const intact = host.isConnected && dialog.open && host.getAttribute('style') === HOST_STYLE && !document.documentElement.inert;
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

  render(initial);
  place();
  return { update: render };
}

function setHostAttributes(host: HTMLElement): void {
  for (const name of host.getAttributeNames()) if (name !== 'style' && name !== 'data-consent-guard') host.removeAttribute(name);
  if (host.getAttribute('data-consent-guard') !== 'warning') host.setAttribute('data-consent-guard', 'warning');
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

interface Actions {
  goBack(): void;
  continueAnyway(): void;
  askConfirm(): void;
}

function warningContent(spec: WarningSpec, actions: Actions): Node[] {
  const header = el('header', {});
  header.append(alertIcon(), el('h1', { id: 'cg-title' }, spec.headline));

  const body = el('div', { class: 'body', id: 'cg-body' });
  const list = el('ul', {});
  for (const reason of spec.reasons) list.append(el('li', {}, reason));
  body.append(list);
  if (spec.realOrigin) {
    const real = el('p', { class: 'real' }, 'The real page is only ever at ');
    real.append(el('strong', {}, spec.realOrigin), document.createTextNode('. Do not type your password or approve anything here.'));
    body.append(real);
  }
  body.append(el('p', {}, 'Consent Guard, your browser extension, shows this warning. This site cannot change it.'));

  const confirm = el('p', { class: 'confirm' }, 'Only continue if you are sure this site is safe. Consent Guard will not warn again about this site until you restart the browser.');
  const back = el('button', { class: 'primary', type: 'button', autofocus: '' }, 'Go back (recommended)');
  back.addEventListener('click', (event) => event.isTrusted && actions.goBack());
  const more = el('button', { class: 'secondary', type: 'button' }, 'Continue anyway…');
  more.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    if (more.dataset['armed'] === 'yes') actions.continueAnyway();
    else {
      more.dataset['armed'] = 'yes';
      more.textContent = 'Yes, continue to this site';
      actions.askConfirm();
    }
  });
  const buttons = el('div', { class: 'actions' });
  buttons.append(more, back);
  return [header, body, confirm, buttons];
}

function el(tag: string, attrs: Record<string, string>, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function alertIcon(): SVGSVGElement {
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
