import { execFileSync } from 'node:child_process';

export type BrowserName = 'chromium' | 'firefox';

/**
 * Where each browser is looked for, in order: the environment variable, Debian's package, then the usual install
 * paths on Linux and macOS. Branded Google Chrome from version 137 on ignores `--load-extension`, so it comes after
 * Chromium and Edge: a machine with only Chrome gets a run that says why the extension is missing, not a silent pass.
 */
export const BROWSER_SEARCH: Readonly<
  Record<BrowserName, { env: string; debianPackage: string; paths: readonly string[] }>
> = {
  chromium: {
    env: 'CHROMIUM_PATH',
    debianPackage: 'chromium',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/usr/bin/microsoft-edge',
      '/usr/bin/microsoft-edge-stable',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
  },
  firefox: {
    env: 'FIREFOX_PATH',
    debianPackage: 'firefox-esr',
    paths: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/opt/firefox/firefox',
      '/snap/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
  },
};

export type BrowserLookup = { readonly path: string; readonly from: 'env' | 'search' } | { readonly error: string };

/** Picks the executable for `name`: pure over the environment and a file-existence test, so it can be table-tested. */
export function findBrowser(
  name: BrowserName,
  env: Readonly<Record<string, string | undefined>>,
  exists: (path: string) => boolean,
): BrowserLookup {
  const search = BROWSER_SEARCH[name];
  const fromEnv = env[search.env];
  if (fromEnv !== undefined && fromEnv !== '') {
    // An explicit choice that is wrong is an error, not a reason to test some other browser instead.
    return exists(fromEnv) ? { path: fromEnv, from: 'env' } : { error: `${search.env}=${fromEnv} does not exist.` };
  }
  const found = search.paths.find(exists);
  if (found !== undefined) return { path: found, from: 'search' };
  return {
    error:
      `No ${name} found (looked in ${search.paths.join(', ')}). The end-to-end tests need it: install it with ` +
      `\`apt-get update && apt-get install -y ${search.debianPackage}\`, or set ${search.env} to its executable.`,
  };
}

/** What the executable says of itself ("Chromium 150.0.7871.100"), or why it said nothing. */
export function browserVersion(path: string): string {
  try {
    return (
      execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'ignore'] })
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => /\d+\.\d+/.test(line))[0] ?? 'version unknown'
    );
  } catch (error) {
    return `version unknown (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

/** The major version in a `--version` line, or null. */
export function majorVersion(versionLine: string): number | null {
  const match = /(\d+)\.\d+/.exec(versionLine);
  return match ? Number(match[1]) : null;
}
