import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/demo';

// `npm run demo` is how a newcomer first sees the product: it must show all of it, the popup's grants and a revoke
// included, not a 404 where the authorizations service would be.
describe('npm run demo', () => {
  let outDir = '';
  afterAll(async () => {
    if (outDir !== '') await rm(outDir, { recursive: true, force: true });
  });

  it('shows each page and its popup, then the popup listing grants and revoking one after its confirmation', async () => {
    outDir = await mkdtemp(join(tmpdir(), 'consent-guard-demo-'));
    expect(await main([outDir], { headless: true })).toBe(0);
    const shots = [
      'genuine-approval-popup',
      'imitation-approval-page',
      'signin-clone-page',
      'authorizations-popup',
      'authorizations-revoke-confirm',
      'authorizations-revoked',
    ];
    for (const shot of shots) expect((await stat(join(outDir, `${shot}.png`))).size, shot).toBeGreaterThan(10_000);
  });
});
