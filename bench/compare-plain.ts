/**
 * `npm run bench -- --compare-plain <checkout>` (after `npm run build` here and there): what the content script adds
 * to ordinary pages, this tree's build against another checkout's (its `dist/chrome`), each in its own browser,
 * loaded alternately (see compare-inspection.ts for why pairs). Two pages: the bench's plain 10,000-node page (load,
 * compile included) and the same page making 1,000 DOM changes a second (script time while it changes).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FixtureServer } from '../test/e2e/support/fixture-server';
import { LoopbackProxy } from '../test/e2e/support/proxy';
import { launchWithExtension, type BenchBrowser } from './chromium';
import { contentScriptLoads, prepareExtensions } from './extensions';
import { mutatingPage, plainPage } from './pages';
import { interleaved, loadSample, mutationSample, type Pair } from './scenarios';
import { median, round } from './stats';

const PLAIN = { host: 'news.riverside.example', path: '/today' };
const MUTATING = { host: 'live.riverside.example', path: '/ticker' };
const MUTATION_MS = 3_000;
const MUTATIONS_PER_SECOND = 1_000;

function describePair<T>(name: string, pair: Pair<T>, value: (sample: T) => number): string {
  const differences = pair.consentGuard.map((sample, index) => {
    const other = pair.baseline[index];
    return other === undefined ? Number.NaN : value(sample) - value(other);
  });
  const sorted = [...differences].sort((a, b) => a - b);
  const at = (share: number): number => round(sorted[Math.floor(share * (sorted.length - 1))] ?? Number.NaN, 3);
  return (
    `${name}: this tree ${round(median(pair.consentGuard.map(value)), 3)} ms, ` +
    `the other ${round(median(pair.baseline.map(value)), 3)} ms; paired difference ${round(median(differences), 3)} ms ` +
    `(quartiles ${at(0.25)} to ${at(0.75)}, ${differences.length} pairs)`
  );
}

export async function comparePlain(otherRoot: string, pairs: number, log: (line: string) => void): Promise<number> {
  const scratch = await mkdtemp(join(tmpdir(), 'consent-guard-compare-plain-'));
  const server = await FixtureServer.start();
  let proxy: LoopbackProxy | undefined;
  const browsers: BenchBrowser[] = [];
  try {
    const mine = await prepareExtensions(scratch, { grants: 1, shown: 1 });
    const theirs = join(scratch, 'other');
    await cp(join(resolve(otherRoot), 'dist', 'chrome'), theirs, { recursive: true });
    server.route(PLAIN.host, PLAIN.path, { body: plainPage().html }, { scheme: 'http' });
    server.route(MUTATING.host, MUTATING.path, { body: mutatingPage().html }, { scheme: 'http' });
    proxy = await LoopbackProxy.start({ httpPort: server.httpPort, httpsPort: server.httpsPort });
    const baseline = await launchWithExtension('other', theirs, proxy.port);
    browsers.push(baseline);
    const consentGuard = await launchWithExtension('mine', mine.consentGuard, proxy.port);
    browsers.push(consentGuard);
    const files = [...(await contentScriptLoads(mine.consentGuard)), ...(await contentScriptLoads(theirs))];
    const contentScripts = new Set(files.flatMap((load) => load.files.map((file) => `/${file.file}`)));
    log(`plain page: this tree against ${otherRoot}, ${pairs} pairs`);
    const plain = await interleaved({ baseline, consentGuard }, { warmup: 2, runs: pairs }, (browser, round) =>
      loadSample(browser, `http://${PLAIN.host}${PLAIN.path}?run=${round}`, contentScripts),
    );
    console.log(describePair('Plain page, script + compile', plain, (s) => s.scriptMs + s.contentCompileMs));
    const runs = Math.max(3, Math.ceil(pairs / 3));
    log(`mutating page: ${runs} pairs of ${MUTATION_MS / 1000} s`);
    const mutating = await interleaved({ baseline, consentGuard }, { warmup: 1, runs }, (browser, round) =>
      mutationSample(
        browser,
        `http://${MUTATING.host}${MUTATING.path}?run=${round}`,
        MUTATION_MS,
        MUTATIONS_PER_SECOND,
      ),
    );
    console.log(describePair('Mutating page, script time while it changes', mutating, (s) => s.scriptMs));
    return 0;
  } finally {
    for (const browser of browsers) await browser.close();
    await proxy?.close();
    await server.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
