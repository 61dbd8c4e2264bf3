/**
 * The second half of `npm run bench -- --compare <checkout>`: whole page loads with this tree's built extension
 * against the other checkout's (its `dist/chrome`, built there with `npm run build`), each in a browser of its own,
 * loaded alternately. This is what a change to the idle script or to the gates is worth on the plain and login
 * pages: main-thread script time, compiling the content scripts included, as the bench's page figures count it.
 */
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FixtureServer } from '../test/e2e/support/fixture-server';
import { extensionDir } from '../test/e2e/support/paths';
import { launchWithExtension, type BenchBrowser } from './chromium';
import { contentScriptLoads } from './extensions';
import { loginPage, plainPage } from './pages';
import { interleaved, loadSample, type LoadSample } from './scenarios';
import { median, round } from './stats';

const PAGES = {
  plain: { host: 'news.riverside.example', path: '/today', page: plainPage() },
  login: { host: 'shop.riverside.example', path: '/signin', page: loginPage() },
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
      const differences = loads.consentGuard.map(
        (sample, index) => scriptWithCompile(sample) - scriptWithCompile(loads.baseline[index] ?? sample),
      );
      const sorted = [...differences].sort((a, b) => a - b);
      const at = (share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
      lines.push(
        `${key[0]?.toUpperCase()}${key.slice(1)} page load, script time compiling included: this build ` +
          `${round(median(loads.consentGuard.map(scriptWithCompile)), 2)} ms, the other ` +
          `${round(median(loads.baseline.map(scriptWithCompile)), 2)} ms; paired difference ` +
          `${round(median(differences), 2)} ms (quartiles ${round(at(0.25), 2)} to ${round(at(0.75), 2)})`,
      );
    }
    return lines;
  } finally {
    for (const browser of browsers.reverse()) await browser.close().catch(() => undefined);
  }
}
