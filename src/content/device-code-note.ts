import { t } from '../shared/i18n';

/** What the note says beyond its question: nothing, a hold the user can lift, or the organisation's block. */
export type NoteState =
  | { readonly kind: 'note' }
  | { readonly kind: 'held'; readonly site: string | null; readonly onConfirm: () => void }
  | { readonly kind: 'released' }
  | { readonly kind: 'blocked'; readonly message: string | null };

export interface MountedNote {
  show(state: NoteState): void;
}

// In the page's flow (not fixed, not over anything): the provider's own form stays as it is, the note sits below it.
const HOST_STYLE = [
  'all: initial !important',
  'display: block !important',
  'position: static !important',
  'visibility: visible !important',
  'opacity: 1 !important',
  'margin: 12px 0 !important',
  'max-width: 100% !important',
].join('; ');

const NOTE_CSS =
  ':host{all:initial}' +
  '.note{box-sizing:border-box;border:2px solid #b45309;border-radius:8px;background:#fff7ed;color:#1a1a1a;' +
  'padding:10px 12px;' +
  'font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:start}' +
  'strong{display:block;color:#7c2d12;margin-bottom:4px}p{margin:6px 0 0}' +
  'button{font:inherit;margin-top:8px;border-radius:6px;padding:6px 12px;border:2px solid #b45309;background:#fff;' +
  'color:#7c2d12;cursor:pointer}' +
  'button:focus-visible{outline:3px solid #1565c0;outline-offset:2px}' +
  '@media (prefers-color-scheme:dark){.note{background:#2b1a08;color:#f5f5f5}strong{color:#fdba74}' +
  'button{background:#1f1f1f;color:#fdba74}}';

const MAX_RESTORES = 20;

/**
 * The note beside a device-code field, in a closed shadow root the page can neither read nor restyle. If the page
 * removes it or rewrites its host's style, it is put back (a bounded number of times: a page that keeps fighting it
 * has made its point, and the badge still says `?`).
 */
export function mountDeviceCodeNote(anchor: Element): MountedNote {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = NOTE_CSS;
  const box = document.createElement('div');
  box.className = 'note';
  box.setAttribute('role', 'note');
  shadow.append(style, box);

  let restores = 0;
  const place = (): void => {
    if (host.getAttribute('data-consent-guard') !== 'device-code-note')
      host.setAttribute('data-consent-guard', 'device-code-note');
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    if (!host.isConnected) anchor.after(host);
  };
  const observer = new MutationObserver(() => {
    const intact = host.isConnected && host.getAttribute('style') === HOST_STYLE;
    if (intact || restores >= MAX_RESTORES) return;
    restores += 1;
    place();
  });
  place();
  if (host.parentNode) observer.observe(host.parentNode, { childList: true });
  observer.observe(host, { attributes: true });

  return {
    show: (state) => box.replaceChildren(...noteContent(state)),
  };
}

export function noteContent(state: NoteState): Node[] {
  const nodes: Node[] = [text('strong', t('devicecode_title')), text('p', t('devicecode_note'))];
  switch (state.kind) {
    case 'note':
      break;
    case 'released':
      nodes.push(text('p', t('devicecode_released')));
      break;
    case 'blocked':
      nodes.push(text('p', t('devicecode_blocked')));
      if (state.message) nodes.push(text('p', state.message));
      break;
    case 'held': {
      nodes.push(text('p', state.site ? t('devicecode_held', state.site) : t('devicecode_heldUnknown')));
      const button = text('button', t('devicecode_confirm'));
      button.setAttribute('type', 'button');
      // Only the user's own click lifts the hold: a page can dispatch clicks, but not trusted ones.
      button.addEventListener('click', (event) => {
        if (event.isTrusted) state.onConfirm();
      });
      nodes.push(button);
      break;
    }
  }
  return nodes;
}

function text(tag: string, content: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = content;
  return element;
}
