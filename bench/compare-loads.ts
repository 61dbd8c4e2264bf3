/**
 * The second half of `npm run bench -- --compare <checkout>`: whole page loads with this tree's built extension
 * against the other checkout's (its `dist/chrome`, built there with `npm run build`), each in a browser of its own,
 * loaded alternately. This is what a change to the idle script or to the gates is worth on the plain and login
 * pages: main-thread script time, compiling the content scripts included, as the bench's page figures count it;
 * and on the mutating page, the script time over its five seconds of DOM changes, as the bench's mutation figure.
 */
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FixtureServer } from '../test/e2e/support/fixture-server';
import { extensionDir } from '../test/e2e/support/paths';
import { launchWithExtension, type BenchBrowser } from './chromium';
import { contentScriptLoads } from './extensions';
import { loginPage, MUTATION_MS, MUTATIONS_PER_SECOND, mutatingPage, plainPage } from './pages';
import { interleaved, loadSample, mutationSample, type LoadSample } from './scenarios';
import { describePaired } from './stats';

const PAGES = {
  plain: { host: 'news.riverside.example', path: '/today', page: plainPage() },
  login: { host: 'shop.riverside.example', path: '/signin', page: loginPage() },
  mutating: { host: 'live.riverside.example', path: '/ticker', page: mutatingPage() },
} as const;
const WARMUP_PAIRS = 2;

/** The other checkout's built Chromium extension, or undefined when it has not been built. */
export function otherBuild(otherRoot: string): string | undefined {
  const dir = resolve(otherRoot, 'dist', 'chrome');
  return existsSync(join(dir, 'manifest.json')) ? dir : undefined;
}

export async function compareLoads(
  other: string,
  scratch: string,
  server: FixtureServer,
  proxyPort: number,
  pairs: number,
  log: (line: string) => void,
): Promise<string[]> {
  const mine = join(scratch, 'this-build');
  const theirs = join(scratch, 'other-build');
  // Copies, as the bench takes, so a rebuild running alongside cannot change either mid-run.
  await cp(extensionDir('chromium'), mine, { recursive: true });
  await cp(other, theirs, { recursive: true });
  const paths = new Set<string>();
  for (const dir of [mine, theirs])
    for (const load of await contentScriptLoads(dir)) for (const file of load.files) paths.add(`/${file.file}`);
  for (const { host, path, page } of Object.values(PAGES))
    server.route(host, path, { body: page.html }, { scheme: 'http' });
  const browsers: BenchBrowser[] = [];
  const lines: string[] = [];
  try {
    const baseline = await launchWithExtension('compare-other', theirs, proxyPort);
    browsers.push(baseline);
    const consentGuard = await launchWithExtension('compare-this', mine, proxyPort);
    browsers.push(consentGuard);
    const scriptWithCompile = (sample: LoadSample): number => sample.scriptMs + sample.contentCompileMs;
    for (const key of ['plain', 'login'] as const) {
      log(`${key} page load: this build against ${other}, ${pairs} pairs`);
      const { host, path } = PAGES[key];
      const loads = await interleaved(
        { baseline, consentGuard },
        { warmup: WARMUP_PAIRS, runs: pairs },
        (browser, at) => loadSample(browser, `http://${host}${path}?pair=${at}&side=${browser.label}`, paths),
      );
      lines.push(
        describePaired(
          `${key[0]?.toUpperCase()}${key.slice(1)} page load, script time compiling included`,
          loads.consentGuard.map(scriptWithCompile),
          loads.baseline.map(scriptWithCompile),
        ),
      );
    }
    // Each run lasts five seconds, so fewer pairs than for the loads.
    const mutationPairs = Math.max(4, Math.ceil(pairs / 3));
    log(`mutating page: this build against ${other}, ${mutationPairs} pairs of ${MUTATION_MS / 1000} s`);
    const { host, path } = PAGES.mutating;
    const mutations = await interleaved({ baseline, consentGuard }, { warmup: 1, runs: mutationPairs }, (browser, at) =>
      mutationSample(
        browser,
        `http://${host}${path}?pair=${at}&side=${browser.label}`,
        MUTATION_MS,
        MUTATIONS_PER_SECOND,
      ),
    );
    lines.push(
      describePaired(
        `Mutating page, script time over ${MUTATION_MS / 1000} s of ${MUTATIONS_PER_SECOND} changes/s`,
        mutations.consentGuard.map((sample) => sample.scriptMs),
        mutations.baseline.map((sample) => sample.scriptMs),
      ),
    );
    return lines;
  } finally {
    for (const browser of browsers.reverse()) await browser.close().catch(() => undefined);
  }
}
