import { describe, expect, it } from 'vitest';
import { WAKE_MODULE_FILE } from '../../src/content/wake-module-file';
import { BUILT_BROWSERS, builtManifest } from './built-manifest';

describe.each(BUILT_BROWSERS)('the built %s manifest', (browser) => {
  const manifest = builtManifest(browser);

  it('exposes to pages only the wake module in Chromium, where the idle script runs, at a per-session URL; in Firefox nothing', () => {
    const exposed =
      browser === 'chromium'
        ? [{ resources: [WAKE_MODULE_FILE], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }]
        : undefined;
    expect(manifest['web_accessible_resources']).toEqual(exposed);
  });

  it('lets no web page or other extension message it', () => {
    expect(manifest['externally_connectable']).toBeUndefined();
  });

  it('asks for no host beyond Azure DevOps up front', () => {
    expect(manifest['host_permissions']).toEqual(['https://app.vssps.visualstudio.com/*']);
    // Only for the organisation's report URL, asked for from the options page.
    expect(manifest['optional_host_permissions']).toEqual(['https://*/*']);
  });

  it('runs only its own bundled scripts on its pages: no remote code, no eval, no plugins', () => {
    expect(manifest['content_security_policy']).toEqual({
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    });
  });
});
