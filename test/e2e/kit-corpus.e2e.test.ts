import { posix } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readKitManifest, servings, type Serving } from '../support/kit-corpus';
import { BROWSERS, useEnvironment } from './support/browsers';
import { expectWarning, warningState } from './support/warning';

// A sample of the phishing-kit corpus (the unit tier judges all of it): kits of each family on unrelated and
// shared-hosting hosts, and quiet pages (genuine origins, kits of unprotected brands, ordinary sites).
const SAMPLE = [
  'zphisher-microsoft.html @ unrelated',
  'agm-semotem-office.html @ shared',
  'pr-office-client.html @ unrelated',
  'zphisher-github.html @ shared',
  'adv-github.html @ unrelated',
  'zphisher-google-new.html @ unrelated',
  'hiddeneye-google-standard.html @ shared',
  'adv-google.html @ unrelated',
  // Branded only by pictures and the genuine page's markup: a logo heading the card, element ids.
  'zphisher-google-poll-login.html @ unrelated',
  'agm-onedrive365-step2.html @ shared',
  'pr-dropbox-index.html @ unrelated',
  'zphisher-microsoft.html @ genuine',
  'zphisher-google-new.html @ genuine',
  'zphisher-netflix.html @ unrelated',
  'zphisher-paypal.html @ shared',
  'zphisher-stackoverflow.html @ unrelated',
  'zphisher-gitlab.html @ unrelated',
  '../pages/legit/shop-login.html @ unrelated',
  '../pages/legit/sso-third-party-login.html @ unrelated',
  'quiet/sso-card-icons.html @ unrelated',
  'quiet/store-checkout.html @ unrelated',
];

const all = servings(readKitManifest());
const sample: Serving[] = SAMPLE.map((label) => {
  const found = all.find((serving) => serving.label === label);
  if (!found) throw new Error(`no serving ${label} in the kit corpus`);
  return found;
});

describe.each(BROWSERS)('phishing-kit corpus sample in %s', (name) => {
  const env = useEnvironment(name);
  const outcomes: { serving: Serving; warned: boolean }[] = [];

  it.each(sample.map((serving) => [serving.label, serving] as const))('%s', async (_label, serving) => {
    const url = new URL(serving.url);
    env.server.route(url.hostname, url.pathname, { file: posix.normalize(`kits/${serving.file}`) });
    const page = await env.browser.open(serving.url);
    if (serving.side === 'kit') {
      await env.browser.expectBadge(serving.url, { text: '!', color: 'red' }, 8_000);
      await expectWarning(page);
    } else {
      // Quiet pages are given the time a kit needs to be judged, then must still show nothing.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await env.browser.expectBadge(serving.url, { text: '' });
      expect((await warningState(page)).present).toBe(false);
    }
    outcomes.push({ serving, warned: (await warningState(page)).present });
  });

  afterAll(() => {
    const kits = outcomes.filter((o) => o.serving.side === 'kit');
    const quiet = outcomes.filter((o) => o.serving.side === 'quiet');
    console.log(
      `kit corpus sample in ${name}: warned on ${kits.filter((o) => o.warned).length}/${kits.length} kits, ` +
        `false positives ${quiet.filter((o) => o.warned).length}/${quiet.length} quiet pages`,
    );
  });
});
