import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../e2e/support/paths';

// Prettier wraps code at 120 columns but leaves long comments, strings and regular expressions alone.
describe('src', () => {
  it('has no line over 120 characters', () => {
    const src = join(REPO_ROOT, 'src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(ts|tsx|css)$/.test(file),
    );
    const long = files.flatMap((file) =>
      readFileSync(join(src, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (line.length > 120 ? [`${relative(REPO_ROOT, join(src, file))}:${index + 1}`] : [])),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(long).toEqual([]);
  });
});
