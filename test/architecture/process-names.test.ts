import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../../shared/processes/registry';

/**
 * The engine knows no process by name (docs/processes.md): outside a process's own folder
 * (`shared/processes/<id>/`) and the registry, no source file names a process id or one of its steps.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const SOURCE_DIRS = ['shared', 'functions', 'infra', 'local', 'cli', 'bench'];
const REGISTRY = 'shared/processes/registry.ts';

const ids: readonly string[] = MODULES.map((m) => m.id);
const steps: ReadonlySet<string> = new Set(MODULES.flatMap((m) => [...m.steps]));

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

function ownedByAProcess(path: string): boolean {
  return ids.some((id) => path.startsWith(`shared/processes/${id}/`));
}

/** `Pick<Project, 'requirements'>`: a literal type naming a property of a record, not a process's step. */
function isPropertyKey(node: ts.Node): boolean {
  const type = node.parent;
  if (!type || !ts.isLiteralTypeNode(type)) return false;
  const owner = type.parent;
  return owner !== undefined && ts.isTypeReferenceNode(owner) && ['Pick', 'Omit'].includes(owner.typeName.getText());
}

/** Every string literal equal to a process id or step, and every identifier containing a process id. */
function namesOfProcesses(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      !ts.isImportDeclaration(node.parent) &&
      !ts.isExportDeclaration(node.parent) &&
      !isPropertyKey(node)
    ) {
      // A language's word lists (shared/mail/reading/languages/) hold words of that language: "ready" there is English, not a step.
      const words = path.startsWith('shared/mail/reading/languages/') && !ids.includes(node.text);
      if (!words && (ids.includes(node.text) || steps.has(node.text))) found.push(`'${node.text}'`);
    }
    if (ts.isIdentifier(node) && ids.some((id) => node.text.toLowerCase().includes(id))) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found.map((name) => `${path}: ${name}`);
}

describe('the engine names no process', () => {
  it('finds names of processes in a process-free file when they are there (the check can fail)', () => {
    const [first] = MODULES;
    const step = first.steps[0];
    expect(namesOfProcesses('x.ts', `const p = '${first.id}'; const s = "${step}"; const ${first.id}Rules = 1;`)).toEqual([
      `x.ts: '${first.id}'`,
      `x.ts: '${step}'`,
      `x.ts: ${first.id}Rules`,
    ]);
    expect(namesOfProcesses('x.ts', `import { a } from './${first.id}'; const note = 'a ${first.id} project'; type R = Pick<P, '${step}'>;`)).toEqual([]);
  });

  it('has no process id or step in a source file outside its process and the registry', () => {
    const files = SOURCE_DIRS.flatMap(sources).filter((path) => !ownedByAProcess(path) && path !== REGISTRY);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((path) => namesOfProcesses(path, readFileSync(join(ROOT, path), 'utf8')));
    expect(found).toEqual([]);
  });
});
