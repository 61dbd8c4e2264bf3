import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthorizationsPanel } from '../../../src/popup/AuthorizationsPanel';
import { loadRemembered, type ListLoad } from '../../../src/popup/authorizations/authorizations-client';
import type { AuthorizationsReply } from '../../../src/shared/authorizations-protocol';
import { until } from '../support/until';

const REPLY: AuthorizationsReply = {
  seenBefore: null,
  groups: [
    {
      providerId: 'azure-devops',
      providerName: 'Azure DevOps',
      status: 'ok',
      message: null,
      signInUrl: null,
      access: [],
      links: [],
      pending: [],
      dropped: 0,
      grants: [],
    },
  ],
};

afterEach(() => {
  document.body.replaceChildren();
});

/** A promise the test settles when it chooses: an answer still on its way. */
function later<T>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

describe('the list asked for before the first render', () => {
  it.each<[string, ListLoad, string]>([
    ['a list', { status: 'ready', reply: REPLY }, '[data-provider="azure-devops"][data-status="ok"]'],
    ['a failure', { status: 'error', message: 'the background is gone' }, '[role="alert"]'],
  ])('shows %s from the early request without asking again', async (_label, early, selector) => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
      sent.push(message);
      sendResponse(REPLY);
      return true;
    });
    const root = document.createElement('main');
    document.body.append(root);
    render(<AuthorizationsPanel initial={Promise.resolve(early)} />, root);
    await until(() => root.querySelector(selector) !== null);
    expect(sent).toEqual([]);
  });
});

describe('the list the providers last gave', () => {
  const remembered = (appName: string): AuthorizationsReply => ({
    seenBefore: null,
    groups: [
      {
        ...(REPLY.groups[0] as AuthorizationsReply['groups'][number]),
        grants: [
          {
            id: 'a-1',
            providerId: 'azure-devops',
            appName,
            publisher: null,
            clientId: null,
            scopes: [],
            grantedAt: null,
            validTo: null,
            redirectHost: null,
            source: 'live',
            revocable: true,
          },
        ],
      },
    ],
  });
  function mount(props: Parameters<typeof AuthorizationsPanel>[0]): HTMLElement {
    const root = document.createElement('main');
    document.body.append(root);
    render(<AuthorizationsPanel {...props} />, root);
    return root;
  }
  const text = (root: HTMLElement): string => root.textContent;

  it('is shown, marked as being checked, until the live list replaces it', async () => {
    const live = later<ListLoad>();
    const root = mount({ initial: live.promise, remembered: Promise.resolve(remembered('Contoso')) });
    await until(() => text(root).includes('Contoso'));
    expect(text(root)).toContain('Checking this list with the providers');
    expect(root.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
    live.settle({ status: 'ready', reply: REPLY });
    await until(() => !text(root).includes('Contoso'));
    expect(text(root)).not.toContain('Checking this list');
    expect(root.querySelector('section')?.getAttribute('aria-busy')).toBe('false');
  });

  it('gives way to a live failure: an error is not hidden behind an old list', async () => {
    const live = later<ListLoad>();
    const root = mount({ initial: live.promise, remembered: Promise.resolve(remembered('Contoso')) });
    await until(() => text(root).includes('Contoso'));
    live.settle({ status: 'error', message: 'the background is gone' });
    await until(() => root.querySelector('[role="alert"]') !== null);
    expect(text(root)).not.toContain('Contoso');
  });

  it('is not shown once the live list is there', async () => {
    const late = later<AuthorizationsReply | null>();
    const root = mount({ initial: Promise.resolve({ status: 'ready', reply: REPLY }), remembered: late.promise });
    await until(() => root.querySelector('[data-provider="azure-devops"][data-status="ok"]') !== null);
    late.settle(remembered('Contoso'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(text(root)).not.toContain('Contoso');
  });
});

describe('asking the background for the remembered list', () => {
  function answering(reply: unknown): void {
    fakeBrowser.runtime.onMessage.addListener((_message: unknown, _sender, sendResponse: (answer: unknown) => void) => {
      sendResponse(reply);
      return true;
    });
  }

  it('reads the groups from their JSON text', async () => {
    answering({ groups: JSON.stringify(REPLY.groups), seenBefore: 7, asOf: 1 });
    expect(await loadRemembered()).toEqual({ groups: REPLY.groups, seenBefore: 7 });
  });

  it.each<[string, unknown]>([
    ['no list', { groups: null, seenBefore: null, asOf: null }],
    ['text that is not JSON', { groups: '{oops', seenBefore: null, asOf: 1 }],
    ['groups of the wrong shape', { groups: '[{"providerId":1}]', seenBefore: null, asOf: 1 }],
    ['a reply of the wrong shape', { list: [] }],
  ])('shows nothing when the background answers with %s', async (_label, reply) => {
    answering(reply);
    expect(await loadRemembered()).toBeNull();
  });
});
