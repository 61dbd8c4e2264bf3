import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import managedSchema from '../../../public/managed-schema.json' with { type: 'json' };
import { NO_POLICY } from '../../../src/shared/policy';

const README = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');

/** The first cell of each row of the README's `| Key | Type | Effect |` table. */
function documentedKeys(markdown: string): string[] {
  const lines = markdown.split('\n');
  const header = lines.findIndex((line) => /^\|\s*Key\s*\|\s*Type\s*\|\s*Effect\s*\|/.test(line));
  if (header < 0) return [];
  const rows: string[] = [];
  for (let index = header + 2; (lines[index] ?? '').startsWith('|'); index += 1) {
    rows.push(/^\|\s*`([^`]+)`\s*\|/.exec(lines[index] ?? '')?.[1] ?? '');
  }
  return rows;
}

// An organisation sets policy from the README's table: a key the code reads but the table leaves out cannot be
// found, and one the table names but the code ignores does nothing.
describe("the README's policy keys", () => {
  it("are the keys the extension reads, and the ones Chromium's managed-storage schema declares", () => {
    const documented = documentedKeys(README).sort();
    expect(documented).toEqual(Object.keys(NO_POLICY).sort());
    expect(documented).toEqual(Object.keys(managedSchema.properties).sort());
  });
});
