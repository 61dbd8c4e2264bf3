import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * A pragmatic guard that UI text goes through the catalogues: JSX text with letters in it, literal strings in
 * attributes people read (aria-label, title, placeholder, alt), and literal text the in-page warning writes.
 * Provider names, origins and data are substitutions, so they never show up here.
 */

const ROOT = join(import.meta.dirname, '../../..');
const UI_DIRS = ['src/popup', 'src/warning', 'src/options', 'src/content'];
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'aria-description',
  'aria-roledescription',
]);
const WORDS = /\p{L}{2,}/u;

function sourceFiles(dir: string): string[] {
  const full = join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(full, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries.filter((name) => /\.tsx?$/.test(name)).map((name) => join(full, name));
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return null;
}

export function findLiteralUiText(file: string, text: string): string[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const where = (node: ts.Node): string =>
    `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(`${where(node)} JSX text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const value = ts.isJsxExpression(init)
        ? init.expression
          ? literalText(init.expression)
          : null
        : literalText(init);
      if (value !== null && WORDS.test(value)) found.push(`${where(node)} ${node.name.getText(source)}="${value}"`);
    }
    // The in-page warning builds DOM by hand: `el(tag, attrs, text)` and `x.textContent = text`.
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'el') {
      const value = node.arguments[2] ? literalText(node.arguments[2]) : null;
      if (value !== null && WORDS.test(value)) found.push(`${where(node)} el(…, "${value}")`);
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      /\.textContent$/.test(node.left.getText(source))
    ) {
      const value = literalText(node.right);
      if (value !== null && WORDS.test(value)) found.push(`${where(node)} textContent = "${value}"`);
    }
    if (ts.isCallExpression(node) && /\.createTextNode$/.test(node.expression.getText(source))) {
      const value = node.arguments[0] ? literalText(node.arguments[0]) : null;
      if (value !== null && WORDS.test(value)) found.push(`${where(node)} createTextNode("${value}")`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-facing text', () => {
  it('is never a literal in the UI code', () => {
    const files = UI_DIRS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => findLiteralUiText(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('would catch each kind of literal', () => {
    const sample = `
      const a = <p>Hello there</p>;
      const b = <button aria-label="Close dialog">{x}</button>;
      el('p', {}, 'Plain text');
      node.textContent = \`Done \${n}\`;
      document.createTextNode('. More words');
      const fine = <p>{t('key')} ({count}): <code>{id}</code></p>;`;
    expect(findLiteralUiText(join(ROOT, 'sample.tsx'), sample)).toHaveLength(5);
  });
});
