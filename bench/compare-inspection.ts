/**
 * `npm run bench -- --compare <checkout>` (after `npm run build`): the login page's first check, this tree's gate
 * and snapshot against another checkout's (a git worktree, for instance), built the same way and loaded
 * alternately in one browser. On this kind of machine the same build measures a third slower in one full run
 * than in another, more than most changes to the code; alternating the two in one browser puts that drift on
 * both sides, so their paired difference shows what a change is worth (its noise floor, the same code compared
 * with itself, is in docs/performance.md). The other checkout's probe is built with this tree's build settings,
 * and must mark its second check, as this tree's probe does.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FixtureServer } from '../test/e2e/support/fixture-server';
import { REPO_ROOT } from '../test/e2e/support/paths';
import { LoopbackProxy } from '../test/e2e/support/proxy';
import { buildInspectionProbe } from './builds';
import { compareLoads, otherBuild } from './compare-loads';
import { launchWithExtension, type BenchBrowser } from './chromium';
import { prepareExtensions } from './extensions';
import { brandedLoginPage } from './pages';
import { COLD_DONE_MARK, PROBE_MARK, WARM_DONE_MARK } from './probe/probe-result';
import { inspectionSample } from './scenarios';
import { describePaired } from './stats';

const HOST = 'shop.riverside.example';
const PAGE_PATH = '/signin';
const WARMUP_PAIRS = 2;

interface Side {
  readonly loader: string;
  readonly firstCheck: number[];
  readonly secondCheck: number[];
}

export async function compareInspection(
  otherRoot: string,
  pairs: number,
  log: (line: string) => void,
): Promise<number> {
  const scratch = await mkdtemp(join(tmpdir(), 'consent-guard-compare-'));
  const server = await FixtureServer.start();
  let proxy: LoopbackProxy | undefined;
  let browser: BenchBrowser | undefined;
  try {
    server.route(HOST, PAGE_PATH, { body: brandedLoginPage().html }, { scheme: 'http' });
    const sides: Side[] = [];
    for (const root of [REPO_ROOT, resolve(otherRoot)]) {
      const servedAt = `/__bench/inspection-probe-${sides.length}.js`;
      const probe = await buildInspectionProbe(join(scratch, String(sides.length)), { root, servedAt });
      server.route(HOST, servedAt, { body: probe.module, contentType: 'text/javascript' }, { scheme: 'http' });
      sides.push({ loader: probe.loader, firstCheck: [], secondCheck: [] });
    }
    const extensions = await prepareExtensions(scratch, { grants: 1, shown: 1 });
    proxy = await LoopbackProxy.start({ httpPort: server.httpPort, httpsPort: server.httpsPort });
    browser = await launchWithExtension('compare', extensions.empty, proxy.port);
    log(`login page, first check: this tree against ${otherRoot}, ${pairs} pairs`);
    for (let index = 0; index < WARMUP_PAIRS + pairs; index += 1) {
      // Each side goes first in every other pair.
      const order = index % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const url = `http://${HOST}${PAGE_PATH}?pair=${index}&side=${sides.indexOf(side)}`;
        const sample = await inspectionSample(browser, url, side.loader, {
          cold: COLD_DONE_MARK,
          warm: WARM_DONE_MARK,
          done: PROBE_MARK,
        });
        if (index < WARMUP_PAIRS) continue;
        side.firstCheck.push(sample.coldThreadMs);
        side.secondCheck.push(sample.warmThreadMs);
      }
    }
    const [mine, theirs] = sides;
    if (!mine || !theirs) throw new Error('two sides expected');
    console.log(describePaired('First check (thread time)', mine.firstCheck, theirs.firstCheck));
    console.log(describePaired('Second check (thread time)', mine.secondCheck, theirs.secondCheck));
    await browser.close();
    browser = undefined;
    const built = otherBuild(otherRoot);
    if (built === undefined) {
      console.log(`No page-load comparison: ${otherRoot} has no dist/chrome (run npm run build there first)`);
      return 0;
    }
    for (const line of await compareLoads(built, scratch, server, proxy.port, pairs, log)) console.log(line);
    return 0;
  } finally {
    await browser?.close();
    await proxy?.close();
    await server.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
