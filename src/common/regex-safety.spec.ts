import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';

/**
 * Every regular expression in src, checked by recheck (which finds exponential and polynomial
 * backtracking: the cubic direct-quote pattern of issue 16 is polynomial, which safe-regex misses).
 * A new vulnerable pattern fails this test with its file and line.
 */
const ROOT = join(__dirname, '..');

/** Files left out of the check: none (the extraction rewrite in src/extraction is checked like the rest). */
const REWRITTEN_ELSEWHERE: string[] = [];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    const own = !REWRITTEN_ELSEWHERE.includes(relative(ROOT, path).split('\\').join('/'));
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') && own ? [path] : [];
  });
}

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

function patternsOf(path: string): Pattern[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: Pattern[] = [];
  const where = (node: ts.Node) => `${relative(ROOT, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const end = literal.lastIndexOf('/');
      found.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : '';
      found.push({ where: where(node), source: node.arguments[0].text, flags });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('regular expressions in src', () => {
  const patterns = sourceFiles(ROOT).flatMap(patternsOf);

  it('finds the patterns to check', () => {
    expect(patterns.length).toBeGreaterThan(20);
  });

  it('has none that backtracks polynomially or exponentially (recheck)', () => {
    const vulnerable = patterns
      .map((p) => ({ ...p, result: checkSync(p.source, p.flags.replace(/[gy]/g, ''), { timeout: 10_000 }) }))
      .filter((p) => p.result.status === 'vulnerable')
      .map((p) => `${p.where} /${p.source}/${p.flags}: ${p.result.status === 'vulnerable' ? p.result.complexity.summary : ''}`);
    expect(vulnerable).toEqual([]);
  });

  it('catches a vulnerable pattern', () => {
    expect(checkSync('^(.*?)\\s*$', '').status).toBe('vulnerable');
    expect(checkSync('^\\s*([A-Za-z0-9_.-]+)\\s*(?:\\(([^)]*)\\))?\\s*:\\s*(.*?)\\s*$', '').status).toBe('vulnerable');
  });
});
