/**
 * Throughput of `findLookalike` against a realistic target set. The product budget is
 * 200,000 hostnames per second; `npm run bench` reports this number rather than asserting it,
 * because timings on shared CI machines are too noisy to fail a build on.
 */
import { findLookalike, type LookalikeTargets } from '../src/core/lookalike/lookalike';

const WORDS = [
  'shop',
  'news',
  'cloud',
  'river',
  'data',
  'maps',
  'travel',
  'photo',
  'bank',
  'green',
  'mail',
  'music',
  'code',
  'docs',
  'star',
  'food',
  'games',
  'tech',
  'home',
  'weather',
  'sport',
  'city',
  'learn',
  'market',
  'studio',
  'online',
  'login',
  'health',
  'garden',
  'books',
];
const SUBDOMAINS = ['www', 'app', 'api', 'cdn', 'login', 'static', 'm', 'mail', 'auth', 'eu-west-1'];
const SUFFIXES = [
  'com',
  'net',
  'org',
  'io',
  'co.uk',
  'de',
  'fr',
  'com.au',
  'dev',
  'app',
  'github.io',
  'azurewebsites.net',
];

// Roughly one in ten visited hosts being suspicious is far above real life, so this errs slow.
const LOOKALIKES = [
  'xn--mcrosoft-thh.com',
  'micros0ft.com',
  'rnicrosoft.com',
  'microsoftonline.net',
  'visualstudio.co',
  'microsoftonlime.com',
  'visualstudlo.com',
  'mircosoft.com',
  'app.vssps.visualstudio.com.evil.net',
  'login.microsoftonline.com.secure-check.io',
  'login-microsoftonline-com.net',
  'azure-devops-signin.com',
  'microsoft-login.com',
  'microsoftlogin-secure.net',
  'visualstudio-account.com',
  'xn--ggle-55da.com',
];

const HOSTNAME_COUNT = 5000;
const DURATION_MS = 1000;

/** Deterministic, so runs are comparable. */
function pseudoRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

function generateHostnames(): string[] {
  const random = pseudoRandom(20_240_601);
  const pick = (items: readonly string[]): string => items[Math.floor(random() * items.length)] ?? '';
  const hostnames: string[] = [];
  for (let index = 0; index < HOSTNAME_COUNT; index++) {
    if (random() < 0.1) {
      hostnames.push(pick(LOOKALIKES));
      continue;
    }
    const name = random() < 0.3 ? `${pick(WORDS)}-${pick(WORDS)}` : `${pick(WORDS)}${pick(WORDS)}`;
    const subdomain = random() < 0.6 ? `${pick(SUBDOMAINS)}.` : '';
    hostnames.push(`${subdomain}${name}.${pick(SUFFIXES)}`);
  }
  return hostnames;
}

/** `targets` is the table the service worker builds from the registry (see lookalike-main.ts). */
export function measureLookalikeThroughput(targets: LookalikeTargets): { hostnamesPerSecond: number } {
  const hostnames = generateHostnames();
  // Warm up the JIT and the skeleton cache before timing.
  for (const hostname of hostnames) findLookalike(hostname, targets);

  let checked = 0;
  let matched = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const hostname of hostnames) {
      if (findLookalike(hostname, targets) !== null) matched++;
    }
    checked += hostnames.length;
    elapsed = performance.now() - start;
  } while (elapsed < DURATION_MS);

  // Using `matched` keeps the calls observable, so no engine can skip them.
  if (matched > checked) throw new Error('more matches than hostnames');
  return { hostnamesPerSecond: Math.round(checked / (elapsed / 1000)) };
}
