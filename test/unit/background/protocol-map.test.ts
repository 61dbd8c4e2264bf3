import { fakeBrowser } from '@webext-core/fake-browser';
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { routeMessage } from '../../../src/background/router';
import { PAGE_REPLIES, type PageMessage } from '../../../src/shared/messages';

const POPUP: Runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('src/popup/index.html'),
};

/** One well-formed request of every kind an extension page sends, about tab `tabId`; the table must name them all. */
const requests = (
  tabId: number,
  file: unknown,
): { readonly [K in PageMessage['type']]: Extract<PageMessage, { type: K }> } => ({
  'get-tab-state': { type: 'get-tab-state', tabId },
  'get-blocked-page': { type: 'get-blocked-page', tabId },
  'leave-blocked-page': { type: 'leave-blocked-page', tabId },
  'continue-blocked-page': { type: 'continue-blocked-page', tabId },
  'list-authorizations': { type: 'list-authorizations', markSeen: true },
  'remembered-authorizations': { type: 'remembered-authorizations' },
  'get-password-alert': { type: 'get-password-alert' },
  'set-password-alert': { type: 'set-password-alert', enabled: false },
  'revoke-authorization': { type: 'revoke-authorization', providerId: 'github', id: 'nothing-here' },
  'get-settings': { type: 'get-settings' },
  'set-settings': { type: 'set-settings', settings: { disabledProviders: [], trustedOrigins: [] } },
  'clear-exceptions': { type: 'clear-exceptions' },
  'export-data': { type: 'export-data' },
  'import-data': { type: 'import-data', file: file as Extract<PageMessage, { type: 'import-data' }>['file'] },
  'report-problem': { type: 'report-problem', tabId, verdict: 'safe' },
});
const TYPES = Object.keys(requests(0, null)) as PageMessage['type'][];

beforeEach(() => {
  // The authorizations service is not reachable here: its failure is a reply like any other.
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new TypeError('offline'))),
  );
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Consent Guard',
    version: '0.1.0',
  });
});

// The map in shared/messages.ts types the router's handlers and the pages' parsing of replies alike; this holds it
// to what the background really sends, not only to what the types say.
describe('the request→reply map for extension pages', () => {
  it.each(TYPES)("parses the background's reply to %s with the map's schema", async (type) => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.test/' });
    // The file to import is what the extension exported: a real one, not a hand-written guess.
    const file = await routeMessage({ type: 'export-data' }, POPUP);
    const request = requests(tab.id ?? 0, file)[type];
    const reply = await routeMessage(request, POPUP);
    const parsed = v.safeParse(PAGE_REPLIES[request.type], reply);
    expect(parsed.issues?.map((issue) => issue.message) ?? []).toEqual([]);
  });

  it('refuses with a reply no schema of the map takes', async () => {
    const reply = await routeMessage({ type: 'get-tab-state', tabId: -1 }, POPUP);
    expect(reply).toEqual({ error: 'rejected' });
    for (const schema of Object.values(PAGE_REPLIES)) expect(v.safeParse(schema, reply).success).toBe(false);
  });
});
