// Every human text of the renderer comes from the catalogue: a source scan of every TSX file
// (TypeScript's own parser) finds no words written straight into JSX text or into the
// attributes people read or hear (aria-label, title, placeholder, alt, and our own label props).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve('renderer/src');

/** Attributes whose text a person reads or hears. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
  'subtitle',
  'heading',
  'message',
  'description',
]);

/** Texts that are the same in every language: units, the product's name, symbols. */
const UNIVERSAL = new Set([
  'Enalysis',
  'Enphase',
  'SolarEdge',
  'Tesla',
  'kWh/kWp',
  'kWh',
  'MWh',
  'GWh',
  'Wh',
  'kW',
  'MW',
  'W',
  'kWp',
  'CSV',
  'PDF',
  'XLSX',
  'CO2',
  'CO₂',
]);

/** A literal reads as words when it has two letters in a row and is not a universal text. */
function isWords(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return /\p{L}{2}/u.test(trimmed) && !UNIVERSAL.has(trimmed);
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Literal texts in a JSX expression: strings, template parts, both arms of a condition. */
function literalsIn(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  }
  if (ts.isConditionalExpression(node)) {
    return [...literalsIn(node.whenTrue), ...literalsIn(node.whenFalse)];
  }
  if (ts.isBinaryExpression(node)) {
    // `a && 'text'` shows only its right side; `a === 'site'` shows neither.
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalsIn(node.right);
    if (
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.PlusToken
    ) {
      return [...literalsIn(node.left), ...literalsIn(node.right)];
    }
    return [];
  }
  if (ts.isParenthesizedExpression(node)) return literalsIn(node.expression);
  return [];
}

/** Every untranslated text of one file, as `file:line: text`. */
export function untranslatedIn(path: string): string[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push(`${relative(root, path)}:${line}: ${text.replace(/\s+/g, ' ').trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isWords(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      for (const text of literalsIn(node.expression)) if (isWords(text)) report(node, text);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source))) {
      const value = node.initializer;
      const texts = !value
        ? []
        : ts.isStringLiteral(value)
          ? [value.text]
          : ts.isJsxExpression(value) && value.expression
            ? literalsIn(value.expression)
            : [];
      for (const text of texts) if (isWords(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('renderer sources', () => {
  it('write no human text outside the catalogue', () => {
    const found = tsxFiles(root).flatMap(untranslatedIn);
    expect(found).toEqual([]);
  });

  it('the scan itself finds words in text, attributes and conditions', () => {
    const probe = join(
      root,
      '..',
      '..',
      'tests',
      'unit',
      'renderer',
      'src',
      'i18n',
      'untranslated.fixture.tsx',
    );
    expect(untranslatedIn(probe).map((line) => line.replace(/^.*: /, ''))).toEqual([
      'Hello there',
      'Close the dialog',
      'Shown',
      'Hidden',
      'Type a name',
    ]);
  });
});
