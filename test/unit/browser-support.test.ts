import { ESLint } from 'eslint';
import compat from 'eslint-plugin-compat';
import { describe, expect, it } from 'vitest';
import tseslint from 'typescript-eslint';
import packageJson from '../../package.json' with { type: 'json' };
import { buildTarget, manifestFor, minimumVersions } from '../../scripts/manifest-for';

// The minimum versions are declared three times, for three readers: the manifests (browsers and stores), the
// browserslist (eslint-plugin-compat) and the bundler's target. They must say the same.
describe('supported browsers', () => {
  it('declares the oldest versions the suite has passed on: Chromium 150 and Firefox ESR 140', () => {
    expect(minimumVersions()).toEqual({ chrome: 150, firefox: 140 });
    expect(manifestFor('chrome', { bundleContentScriptSeparately: true }).minimum_chrome_version).toBe('150');
    expect(
      manifestFor('firefox', { bundleContentScriptSeparately: true }).browser_specific_settings?.gecko
        .strict_min_version,
    ).toBe('140.0');
    expect(manifestFor('firefox', { bundleContentScriptSeparately: true })).not.toHaveProperty(
      'minimum_chrome_version',
    );
  });

  it("names the same versions in package.json's browserslist and the build target", () => {
    const { chrome, firefox } = minimumVersions();
    expect(packageJson.browserslist).toEqual([`chrome >= ${chrome}`, `firefox >= ${firefox}`]);
    expect(buildTarget()).toEqual([`chrome${chrome}`, `firefox${firefox}`]);
  });

  it('asks addons.mozilla.org for no data, and for page addresses only as an option', () => {
    expect(
      manifestFor('firefox', { bundleContentScriptSeparately: true }).browser_specific_settings?.gecko
        .data_collection_permissions,
    ).toEqual({ required: ['none'], optional: ['browsingActivity'] });
  });

  it('lints src with eslint-plugin-compat against that browserslist', async () => {
    const eslint = new ESLint();
    const config = (await eslint.calculateConfigForFile('src/content/index.ts')) as { rules?: Record<string, unknown> };
    expect(config.rules?.['compat/compat']).toEqual([2]);
  });

  it('fails an API that the oldest supported Firefox lacks', async () => {
    // The project's own rule set, applied to a snippet: PaymentRequest exists in Chromium 150, not in Firefox 140.
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tseslint.parser },
          plugins: { compat },
          rules: { 'compat/compat': 'error' },
        },
      ],
    });
    const [result] = await eslint.lintText(
      'export const request = new PaymentRequest([], { total: { label: "x", amount: { currency: "EUR", value: "1" } } });',
      { filePath: 'src/probe.ts' },
    );
    expect(result?.messages.map((message) => message.message)).toEqual([
      'PaymentRequest is not supported in Firefox 140',
    ]);
  });
});
