import type { ConsentHoldSpec } from '../shared/consent-hold-spec';
import { t } from '../shared/i18n';
import { alertIcon, el } from './warning-ui';

export interface ConsentHoldActions {
  approve(): void;
  cancel(): void;
}

/** The confirmation's content: what the app gets, where the answer goes, why it was held; Cancel first and focused. */
export function consentHoldContent(spec: ConsentHoldSpec, actions: ConsentHoldActions): Node[] {
  const header = el('header', {});
  header.append(alertIcon(), el('h1', { id: 'cg-hold-title' }, spec.headline));

  const body = el('div', { class: 'body', id: 'cg-body' });
  if (spec.appName) body.append(el('p', {}, t('hold_app', spec.appName)));
  if (spec.gets.length > 0) body.append(el('p', {}, t('hold_whatItGets')), list(spec.gets));
  if (spec.where) body.append(el('p', { class: 'real' }, t('hold_whereItSends', spec.where)));
  if (spec.reasons.length > 0) body.append(el('p', {}, t('hold_why')), list(spec.reasons));
  if (spec.mode === 'block') body.append(el('p', { class: 'real' }, t('hold_blocked')));
  body.append(el('p', {}, t('hold_byExtension')));

  const cancel = el('button', { class: 'primary', type: 'button', autofocus: '' }, t('hold_cancel'));
  cancel.addEventListener('click', (event) => event.isTrusted && actions.cancel());
  const buttons = el('div', { class: 'actions' });
  buttons.append(cancel);
  if (spec.mode === 'confirm') {
    const approve = el('button', { class: 'secondary', type: 'button' }, t('hold_approveAnyway'));
    approve.addEventListener('click', (event) => event.isTrusted && actions.approve());
    buttons.append(approve);
  }
  return [header, body, buttons];
}

function list(items: readonly string[]): HTMLElement {
  const ul = el('ul', {});
  for (const item of items) ul.append(el('li', {}, item));
  return ul;
}
