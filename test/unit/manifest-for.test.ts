import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import {
  builtContentScript,
  contentScriptsForBuild,
  loadsWakeModule,
  manifestFor,
  manifestVersion,
} from '../../scripts/manifest-for';
import { WAKE_MODULE_FILE } from '../../src/content/wake-module-file';

describe('manifestFor', () => {
  it('takes the version from package.json, for both browsers', () => {
    for (const target of ['chrome', 'firefox'] as const)
      expect(manifestFor(target, { bundleContentScriptSeparately: true }).version).toBe(packageJson.version);
  });

  it('gives Chromium the managed-storage schema, and Firefox (which reads policies.json) none', () => {
    expect(manifestFor('chrome', { bundleContentScriptSeparately: true }).storage).toEqual({
      managed_schema: 'managed-schema.json',
    });
    expect(manifestFor('firefox', { bundleContentScriptSeparately: true }).storage).toBeUndefined();
  });

  it('is localized, with the options page in a tab', () => {
    const manifest = manifestFor('chrome', { bundleContentScriptSeparately: true });
    expect(manifest).toMatchObject({
      name: '__MSG_ext_name__',
      description: '__MSG_ext_description__',
      default_locale: 'en',
      options_ui: { open_in_tab: true },
    });
  });

  it('injects the idle script everywhere but the approval pages, which get the whole content script instead', () => {
    const [idle, whole, deviceCode, ...more] = contentScriptsForBuild('chrome').content_scripts;
    expect(more).toEqual([]);
    // Beside one of the two, in the top frame only, on the providers' device-code entry pages.
    expect(deviceCode).toMatchObject({ js: ['content-device-code.js'], run_at: 'document_end' });
    expect(deviceCode).not.toHaveProperty('all_frames');
    expect(idle).toMatchObject({
      matches: ['http://*/*', 'https://*/*'],
      js: ['content.js'],
      run_at: 'document_end',
      all_frames: true,
    });
    expect(whole).toMatchObject({ js: ['content-whole.js'], run_at: 'document_end', all_frames: true });
    // Never both in one frame: what the whole script matches, the idle script leaves out.
    expect(idle?.exclude_matches).toEqual(whole?.matches);
  });

  it('exposes to pages only the wake module, where the idle script runs, and in Chromium at a per-session URL', () => {
    expect(contentScriptsForBuild('chrome').web_accessible_resources).toEqual([
      { resources: [WAKE_MODULE_FILE], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
  });

  it('ships Firefox one classic script on every page, which imports nothing and so exposes nothing', () => {
    const firefox = contentScriptsForBuild('firefox');
    expect(firefox.web_accessible_resources).toBeUndefined();
    expect(firefox.content_scripts.map((entry) => entry.js)).toEqual([
      ['content.js'],
      ['content-whole.js'],
      ['content-device-code.js'],
    ]);
    expect(builtContentScript('src/content/index.ts', 'firefox')).toMatchObject({
      entry: 'src/content/index-classic.ts',
      imports: [],
    });
    expect(loadsWakeModule('firefox')).toBe(false);
    expect(loadsWakeModule('chrome')).toBe(true);
  });

  it.each([
    ['1.2.3', '1.2.3'],
    ['1.2.3-beta.4', '1.2.3'],
    ['10.0.0+build.5', '10.0.0'],
  ])("turns semver %s into the browsers' %s", (semver, expected) => {
    expect(manifestVersion(semver)).toBe(expected);
  });

  it('refuses a version browsers cannot take', () => {
    expect(() => manifestVersion('one')).toThrow(/not semver/);
  });
});
