import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthorizationsPanel } from '../../../src/popup/AuthorizationsPanel';
import type { ListLoad } from '../../../src/popup/authorizations/authorizations-client';
import type { AuthorizationsReply } from '../../../src/shared/authorizations-protocol';
import { until } from '../support/until';

const REPLY: AuthorizationsReply = {
  seenBefore: null,
  groups: [{ providerId: 'azure-devops', providerName: 'Azure DevOps', status: 'ok', message: null, signInUrl: null, links: [], pending: [], dropped: 0, grants: [] }],
};

afterEach(() => {
  document.body.replaceChildren();
});

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
