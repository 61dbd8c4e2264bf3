import { describe, expect, it } from 'vitest';
import { claimProblems, manifestClaims } from '../../support/manifest-claims';

// A small manifest and a doc that agrees with it; each case below breaks one side only.
const MANIFEST = {
  permissions: ['storage'],
  host_permissions: ['https://api.example/*'],
  content_scripts: [
    { matches: ['https://*/*'], exclude_matches: ['https://login.example/*'], js: ['idle.js'], all_frames: true },
    { matches: ['https://login.example/*'], js: ['whole.js'] },
  ],
  web_accessible_resources: [{ resources: ['wake.js'], matches: ['https://*/*'], use_dynamic_url: true }],
};

const DOC = `# Doc

| Manifest entry | Value | Why |
| --- | --- | --- |
| \`permissions\` | \`storage\` | to keep state |
| \`host_permissions\` | \`https://api.example/*\` | the API |
| \`content_scripts\` | \`idle.js\` in all frames of \`https://*/*\` pages, except the login pages | to watch |
| \`content_scripts\` | \`whole.js\` on the login pages | at once |
| \`web_accessible_resources\` | \`wake.js\` to \`https://*/*\` pages, in Chromium at a per-session URL (\`use_dynamic_url\`) | imported |
| \`externally_connectable\` | none | nobody |

After the table.
`;

type Manifest = Record<string, unknown>;

/** Entry `index` of the list under `key`, to change in place. */
function entry(manifest: Manifest, key: string, index: number): Record<string, unknown> {
  const found = (manifest[key] as Record<string, unknown>[] | undefined)?.[index];
  if (!found) throw new Error(`no ${key}[${index}]`);
  return found;
}

function withManifest(change: (manifest: Manifest) => void): Manifest {
  const manifest = structuredClone(MANIFEST) as Manifest;
  change(manifest);
  return manifest;
}

describe('manifestClaims', () => {
  it('reads each row of a "Manifest entry" table: its key and the code in its Value cell', () => {
    const claims = manifestClaims(DOC);
    expect(claims.map((claim) => claim.key)).toEqual([
      'permissions',
      'host_permissions',
      'content_scripts',
      'content_scripts',
      'web_accessible_resources',
      'externally_connectable',
    ]);
    expect(claims[4]).toMatchObject({ values: ['wake.js', 'https://*/*', 'use_dynamic_url'], line: 9 });
    expect(claims[5]).toMatchObject({ values: [], text: 'none' });
  });

  it('finds nothing in a document without such a table', () => {
    expect(manifestClaims('| Key | Value |\n| --- | --- |\n| `permissions` | `storage` |')).toEqual([]);
  });
});

describe('claimProblems', () => {
  it('finds none where the doc and the manifest agree, in either browser', () => {
    expect(claimProblems('DOC', DOC, MANIFEST, 'chromium')).toEqual([]);
    const firefox = withManifest(
      (manifest) => delete entry(manifest, 'web_accessible_resources', 0)['use_dynamic_url'],
    );
    expect(claimProblems('DOC', DOC, firefox, 'firefox')).toEqual([]);
  });

  it.each<[string, (manifest: Manifest) => void, RegExp]>([
    [
      'a permission the doc does not name',
      (m) => (m['permissions'] = ['storage', 'tabs']),
      /permissions is \["storage"\] in the docs and \["storage","tabs"\]/,
    ],
    [
      'a host permission gone',
      (m) => (m['host_permissions'] = []),
      /names host_permissions values; the chromium manifest has none/,
    ],
    [
      'an entry the doc has no row for',
      (m) => (m['optional_host_permissions'] = ['https://*/*']),
      /has optional_host_permissions, and no row names it/,
    ],
    [
      'a way in for other extensions, where the doc says none',
      (m) => (m['externally_connectable'] = { ids: ['*'] }),
      /says the extension has no externally_connectable/,
    ],
    [
      'the wake module no longer at a per-session URL',
      (m) => delete entry(m, 'web_accessible_resources', 0)['use_dynamic_url'],
      /use_dynamic_url is undefined in the chromium manifest; the row claims it/,
    ],
    [
      'a second web-accessible file',
      (m) => (m['web_accessible_resources'] as unknown[]).push({ resources: ['icon.png'], matches: ['<all_urls>'] }),
      /entry .*icon\.png.* has no row/,
    ],
    [
      'the wake module exposed to more pages',
      (m) => (entry(m, 'web_accessible_resources', 0)['matches'] = ['<all_urls>']),
      /is exposed to \["<all_urls>"\]/,
    ],
    [
      'the idle script out of frames',
      (m) => (entry(m, 'content_scripts', 0)['all_frames'] = false),
      /idle\.js is said to run in all frames; all_frames is false/,
    ],
    [
      'the idle script on other pages',
      (m) => (entry(m, 'content_scripts', 0)['matches'] = ['<all_urls>']),
      /idle\.js runs on \["<all_urls>"\]/,
    ],
    [
      'the idle script no longer leaving the login pages out',
      (m) => delete entry(m, 'content_scripts', 0)['exclude_matches'],
      /idle\.js is said to leave pages out/,
    ],
    [
      'a third content script',
      (m) => (m['content_scripts'] as unknown[]).push({ matches: ['https://*/*'], js: ['more.js'] }),
      /content script more\.js in the chromium manifest has no row/,
    ],
    [
      'a content script renamed',
      (m) => (entry(m, 'content_scripts', 1)['js'] = ['all.js']),
      /content script whole\.js is not in the chromium manifest/,
    ],
  ])('reports %s', (_name, change, expected) => {
    const problems = claimProblems('DOC', DOC, withManifest(change), 'chromium');
    expect(problems.join('\n')).toMatch(expected);
  });

  it('reports prose that denies an entry the manifest has, wherever it stands', () => {
    const problems = claimProblems(
      'DOC',
      `${DOC}\nThe extension exposes no \`web_accessible_resources\`, and no web-accessible resources.\n`,
      MANIFEST,
      'chromium',
    );
    expect(problems).toEqual([
      'DOC:14: says "no `web_accessible_resources`"; the chromium manifest has web_accessible_resources',
      'DOC:14: says "no web-accessible resources"; the chromium manifest has web_accessible_resources',
    ]);
  });

  it('reports a row for a key it does not check, and a doc with no table at all', () => {
    expect(
      claimProblems(
        'DOC',
        DOC.replace('`host_permissions` | `https', '`host_permission` | `https'),
        MANIFEST,
        'chromium',
      ).join('\n'),
    ).toMatch(/"host_permission" is not a manifest entry/);
    expect(claimProblems('DOC', '# Doc\n', MANIFEST, 'chromium')).toEqual([
      'DOC has no "| Manifest entry | Value |" table',
      ...['permissions', 'host_permissions', 'content_scripts', 'web_accessible_resources'].map(
        (key) => `DOC: the chromium manifest has ${key}, and no row names it`,
      ),
    ]);
  });

  it('holds Firefox to no use_dynamic_url where the row claims none', () => {
    const doc = DOC.replace(', in Chromium at a per-session URL (`use_dynamic_url`)', '');
    expect(claimProblems('DOC', doc, MANIFEST, 'firefox').join('\n')).toMatch(
      /use_dynamic_url is true in the firefox manifest; the row does not claim it/,
    );
  });
});
