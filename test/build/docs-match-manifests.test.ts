import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/support/paths';
import { claimProblems } from '../support/manifest-claims';
import { BUILT_BROWSERS, builtManifest } from './built-manifest';

// What these documents say about permissions, content scripts and what pages can reach is read from their
// "Manifest entry" tables (and from prose that denies an entry) and held to the manifests as built.
const DOCS = ['README.md', 'SECURITY.md'];

describe.each(DOCS)('%s', (doc) => {
  const markdown = readFileSync(resolve(REPO_ROOT, doc), 'utf8');

  it.each(BUILT_BROWSERS)('says what the built %s manifest grants and exposes', (browser) => {
    expect(claimProblems(doc, markdown, builtManifest(browser), browser)).toEqual([]);
  });
});
