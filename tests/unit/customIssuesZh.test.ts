import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { customIssueZh } from '../../shared/schemas/customIssuesZh';
import { APP_ROOT } from '../integration/runCli';

const SHARED = join(APP_ROOT, 'shared');
/** zod calls whose last argument may be our own message: `.refine(check, 'msg')`, `.regex(re, 'msg')`, `.min(1, 'msg')`… */
const MESSAGE_CALLS = new Set(['refine', 'regex', 'min', 'max', 'length', 'startsWith', 'endsWith', 'includes', 'addIssue', 'issue']);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** A literal's text; a template's text with each `${…}` as 1 (the Chinese list matches those parts by pattern). */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `1${s.literal.text}`).join('');
  return null;
}

function messageOf(arg: ts.Node | undefined): string | null {
  if (!arg) return null;
  const direct = literalText(arg);
  if (direct !== null) return direct;
  if (!ts.isObjectLiteralExpression(arg)) return null;
  const prop = arg.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'message');
  return prop ? literalText(prop.initializer) : null;
}

/** Every message our schemas in shared/ write by hand, with where it is; templateOrigins' returned reasons too (they become issues). */
function handWrittenMessages(): { message: string; at: string }[] {
  const found: { message: string; at: string }[] = [];
  for (const file of tsFiles(SHARED)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes("from 'zod'")) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const at = (n: ts.Node) => `${relative(APP_ROOT, file)}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (node: ts.Node, inTemplateOrigins: boolean): void => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
        const message = MESSAGE_CALLS.has(name) && node.arguments.length >= (name === 'addIssue' ? 1 : 2) ? messageOf(node.arguments[node.arguments.length - 1]) : null;
        if (message !== null) found.push({ message, at: at(node) });
      }
      if (inTemplateOrigins && ts.isReturnStatement(node) && node.expression) {
        const message = literalText(node.expression);
        if (message !== null) found.push({ message, at: at(node) });
      }
      const entering = ts.isFunctionDeclaration(node) && node.name?.text === 'templateOrigins';
      ts.forEachChild(node, (child) => visit(child, inTemplateOrigins || entering));
    };
    visit(source, false);
  }
  return found;
}

describe('customIssuesZh', () => {
  const messages = handWrittenMessages();

  it('finds the hand-written messages of the shared schemas (the scan itself works)', () => {
    expect(messages.map((m) => m.message)).toEqual(
      expect.arrayContaining(['expected a calendar date YYYY-MM-DD', 'an Art. 8 ground is required for a government-caused delay', 'the URL must not carry a user name or password']),
    );
    expect(messages.length).toBeGreaterThan(30);
  });

  it('has Chinese for every one of them, so no refusal reaches a clerk in English', () => {
    const missing = messages.filter((m) => customIssueZh(m.message) === null).map((m) => `${m.at}: ${m.message}`);
    expect(missing).toEqual([]);
  });
});
