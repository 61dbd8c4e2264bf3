import { browserVersion } from './browser-executables';
import { assertPrerequisites, browserExecutable } from './paths';

// Fail the whole tier up front with an actionable message instead of once per test file, and say first which
// browsers this run tests: the product's promises hold per browser version.
export default function setup(): void {
  assertPrerequisites();
  const used = (['chromium', 'firefox'] as const).map((name) => {
    const path = browserExecutable(name);
    return `${name}: ${browserVersion(path)} (${path})`;
  });
  console.log(`e2e browsers: ${used.join('; ')}`);
}
