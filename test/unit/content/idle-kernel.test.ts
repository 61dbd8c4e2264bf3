import { describe, expect, it } from 'vitest';
import { idleKernel } from '../../../src/content/idle-kernel';

// Each module the idle script hands over, as the wake module's build would otherwise bundle it.
const SOURCES: Record<string, () => Promise<object>> = {
  'src/core/page/device-text.ts': () => import('../../../src/core/page/device-text'),
  'src/core/page/wake-gate.ts': () => import('../../../src/core/page/wake-gate'),
  'src/core/page/gate-selectors.ts': () => import('../../../src/core/page/gate-selectors'),
  'src/core/page/normalize-text.ts': () => import('../../../src/core/page/normalize-text'),
  'src/content/extension-api.ts': () => import('../../../src/content/extension-api'),
  'src/content/idle-watch.ts': () => import('../../../src/content/idle-watch'),
};

describe('idleKernel', () => {
  it('hands over the modules the idle script has, and nothing else', () => {
    expect(Object.keys(idleKernel()).sort()).toEqual(Object.keys(SOURCES).sort());
  });

  // The wake module's build turns each of these modules into a stand-in that re-exports what the idle script handed
  // over: an export missing here would be missing there.
  it.each(Object.entries(SOURCES))('hands over every export of %s, as it is', async (path, load) => {
    const source = await load();
    const handed = idleKernel()[path] ?? {};
    expect(Object.keys(handed).sort()).toEqual(Object.keys(source).sort());
    for (const [name, value] of Object.entries(handed))
      expect(value, name).toBe((source as Record<string, unknown>)[name]);
  });
});
