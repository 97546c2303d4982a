// The doc comments of the declarations, checked as a vendor reads them:
// - every ```ts block of every `@example` type-checks as its own consumer file against the
//   package (one test per example, named after the declaration it documents);
// - every declaration has a doc comment with its platform tags, its parameters and, where a
//   number has a unit, the unit.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { declarationFiles } from '../scripts/lib/declaration-files.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.tmp', 'doc-examples');

const SYSCAP = 'SystemCapability.DistributedDataManager.CloudSync.Server';

// ---------------------------------------------------------------------------------------------
// Reading the declarations

const sources = declarationFiles().map((rel) =>
  ts.createSourceFile(rel, readFileSync(path.join(root, rel), 'utf8'), ts.ScriptTarget.Latest, true)
);

/** The doc comments that belong to `node` itself (not to a parent or a neighbour). */
function ownDocs(node) {
  return ts.getJSDocCommentsAndTags(node).filter((doc) => ts.isJSDoc(doc) && doc.parent === node);
}

function nameOf(node) {
  if (node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) return node.name.text;
  return undefined;
}

/** `CloudDB.query`, `sharing.Participant.role`, … */
function qualifiedName(node) {
  const parts = [];
  for (let n = node; n && !ts.isSourceFile(n); n = n.parent) {
    const name = nameOf(n);
    if (name !== undefined) parts.unshift(name);
    else if (ts.isExportAssignment(n) || (ts.isClassDeclaration(n) && !n.name)) parts.unshift('default');
  }
  return parts.join('.');
}

const DECLARATION_KINDS = new Set([
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.EnumDeclaration,
  ts.SyntaxKind.EnumMember,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.ModuleDeclaration,
  ts.SyntaxKind.PropertySignature,
  ts.SyntaxKind.MethodSignature,
  ts.SyntaxKind.PropertyDeclaration,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.ImportEqualsDeclaration
]);

/** Every API declaration in the files, with its doc comment (if any). */
function declarations() {
  const found = [];
  for (const sf of sources) {
    const visit = (node) => {
      if (DECLARATION_KINDS.has(node.kind)) {
        // An `import x = …` is plumbing, not API, unless it is exported (`export import`).
        const plumbing = ts.isImportEqualsDeclaration(node) && !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
        if (!plumbing) {
          const docs = ownDocs(node);
          found.push({ file: sf.fileName, node, name: qualifiedName(node), doc: docs.at(-1) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

const allDeclarations = declarations();

function tagsOf(doc, tagName) {
  return (doc?.tags ?? []).filter((tag) => tag.tagName.text === tagName);
}

function textOf(comment) {
  return ts.getTextOfJSDocComment(comment) ?? '';
}

// ---------------------------------------------------------------------------------------------
// The examples

const examples = [];
for (const { file, name, doc } of allDeclarations) {
  const exampleTags = tagsOf(doc, 'example');
  exampleTags.forEach((tag, tagIndex) => {
    const text = textOf(tag.comment);
    const blocks = [...text.matchAll(/```(?:ts|typescript)\r?\n([\s\S]*?)```/g)].map((m) => m[1]);
    examples.push({
      file,
      name: exampleTags.length > 1 ? `${name} #${tagIndex + 1}` : name,
      blocks
    });
  });
}

const snippets = examples.flatMap((example) =>
  example.blocks.map((code, i) => ({
    ...example,
    label: example.blocks.length > 1 ? `${example.name} (block ${i + 1})` : example.name,
    fileName: `${example.name.replace(/[^A-Za-z0-9]+/g, '_')}${example.blocks.length > 1 ? `_${i + 1}` : ''}.ts`,
    code
  }))
);

// The hand-written guide's code blocks are held to the same standard.
const guide = readFileSync(path.join(root, 'docs', 'guide.md'), 'utf8');
const guideBlocks = [...guide.matchAll(/^```(?:ts|typescript)\r?\n([\s\S]*?)^```/gm)].map((m) => m[1]);
guideBlocks.forEach((code, i) => {
  snippets.push({ file: 'docs/guide.md', name: `guide`, label: `guide block ${i + 1}`, fileName: `guide_${i + 1}.ts`, code });
});

// One program for all snippets (each file is its own module), compiled the way a vendor's
// project would consume the package: the platform modules come from naming the package in
// `types`.
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const snippet of snippets) {
  writeFileSync(path.join(outDir, snippet.fileName), snippet.code);
}
const compilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: false,
  noEmit: true,
  target: 'es2022',
  lib: ['es2022'],
  module: 'nodenext',
  moduleResolution: 'nodenext',
  types: ['ohos-cloud-extension-types']
};
writeFileSync(path.join(outDir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }, null, 2));
const parsed = ts.parseJsonConfigFileContent({ compilerOptions, include: ['*.ts'] }, ts.sys, outDir);
const program = ts.createProgram(parsed.fileNames, parsed.options);

function format(diagnostics) {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => root,
    getNewLine: () => '\n'
  });
}

test('the compiler setup for the examples is valid', () => {
  const diagnostics = [...parsed.errors, ...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  assert.equal(diagnostics.length, 0, format(diagnostics));
});

for (const snippet of snippets) {
  const title = snippet.file === 'docs/guide.md' ? snippet.label : `@example of ${snippet.label}`;
  test(`${title} (${snippet.file}) compiles`, () => {
    const sf = program.getSourceFile(path.join(outDir, snippet.fileName));
    assert.ok(sf, `${snippet.fileName} is part of the program`);
    // An example that imports nothing would be a global script and could clash with others.
    assert.ok(ts.isExternalModule(sf), 'the example imports what it uses');
    const diagnostics = ts.getPreEmitDiagnostics(program, sf);
    assert.equal(diagnostics.length, 0, `\n${snippet.code}\n${format(diagnostics)}`);
  });
}

test('the guide has code blocks to check', () => {
  assert.ok(guideBlocks.length >= 2, `${guideBlocks.length} blocks in docs/guide.md`);
});

test('every @example holds a ```ts block', () => {
  const empty = examples.filter((example) => example.blocks.length === 0).map((e) => e.name);
  assert.deepEqual(empty, []);
});

test('each stub function and each interface it wraps has an @example', (t) => {
  // The stub functions are the functions of stubs.d.ts; the interfaces are their parameter types.
  const stubs = sources.find((sf) => sf.fileName === 'src/stubs.d.ts');
  assert.ok(stubs, 'src/stubs.d.ts is read');
  const functions = stubs.statements.filter(ts.isFunctionDeclaration);
  const required = [...functions.map((fn) => fn.name.text), ...functions.map((fn) => fn.parameters[0].type.getText(stubs))];
  const documented = new Set(examples.filter((e) => e.blocks.length > 0).map((e) => e.name));
  assert.deepEqual(
    required.filter((name) => !documented.has(name)),
    []
  );
  assert.ok(required.length >= 8, `four stubs and four interfaces, found ${required.join(', ')}`);
  const fromDeclarations = snippets.filter((s) => s.file !== 'docs/guide.md');
  assert.ok(fromDeclarations.length >= 8, `at least 8 examples, found ${fromDeclarations.length}`);
  t.diagnostic(`${fromDeclarations.length} examples: ${fromDeclarations.map((s) => s.label).join(', ')}`);
});

// ---------------------------------------------------------------------------------------------
// Completeness of the doc comments

const isModuleSurface = (file) => /^src\/[^/]+\.d\.ts$/.test(file);
const isCompanion = (file) => file.startsWith('src/companions/');

test('every declaration has a doc comment with a summary', (t) => {
  const missing = allDeclarations
    .filter(({ doc }) => !doc || textOf(doc.comment).trim() === '')
    .map(({ file, name }) => `${file}: ${name}`);
  assert.deepEqual(missing, []);
  t.diagnostic(`${allDeclarations.length} declarations documented`);
});

test('declarations of @ohos.data.cloudExtension carry @since 11, @syscap and @systemapi', (t) => {
  const surface = allDeclarations.filter(({ file }) => isModuleSurface(file));
  const wrong = [];
  for (const { file, name, doc } of surface) {
    const since = tagsOf(doc, 'since').map((tag) => textOf(tag.comment).trim());
    const syscap = tagsOf(doc, 'syscap').map((tag) => textOf(tag.comment).trim());
    if (since.join() !== '11') wrong.push(`${file}: ${name}: @since ${since.join() || '(missing)'}`);
    if (syscap.join() !== SYSCAP) wrong.push(`${file}: ${name}: @syscap ${syscap.join() || '(missing)'}`);
    if (tagsOf(doc, 'systemapi').length !== 1) wrong.push(`${file}: ${name}: no @systemapi`);
  }
  assert.deepEqual(wrong, []);
  assert.ok(surface.length > 100, `the whole surface is checked (${surface.length} declarations)`);
  t.diagnostic(`${surface.length} declarations of the module surface`);
});

test('companion declarations carry their own @since and @syscap', (t) => {
  const companions = allDeclarations.filter(({ file }) => isCompanion(file));
  const wrong = [];
  for (const { file, name, doc } of companions) {
    const since = tagsOf(doc, 'since').map((tag) => textOf(tag.comment).trim());
    const syscap = tagsOf(doc, 'syscap').map((tag) => textOf(tag.comment).trim());
    if (since.length !== 1 || !/^\d+$/.test(since[0])) wrong.push(`${file}: ${name}: @since ${since.join()}`);
    if (syscap.length !== 1 || !/^SystemCapability\.\S+$/.test(syscap[0])) {
      wrong.push(`${file}: ${name}: @syscap ${syscap.join()}`);
    }
  }
  assert.deepEqual(wrong, []);
  assert.ok(companions.length > 50, `the companions are checked (${companions.length} declarations)`);
  t.diagnostic(`${companions.length} companion declarations`);
});

test('every parameter of a function or method is described with @param', () => {
  const wrong = [];
  for (const { file, name, node, doc } of allDeclarations) {
    if (!node.parameters) continue;
    const described = new Set(tagsOf(doc, 'param').map((tag) => tag.name.getText()));
    for (const parameter of node.parameters) {
      const parameterName = parameter.name.getText();
      if (!described.has(parameterName)) wrong.push(`${file}: ${name}(${parameterName})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('numbers with a unit name the unit', () => {
  // The units the platform uses for these values.
  const units = [
    ['ServiceInfo.totalSpace', /\bKB\b/],
    ['ServiceInfo.remainingSpace', /\bKB\b/],
    ['SubscribeInfo.expirationTime', /\bms\b/],
    ['ExtensionValue.createTime', /\bms\b/],
    ['ExtensionValue.modifyTime', /\bms\b/],
    ['LockInfo.interval', /\bseconds\b/]
  ];
  for (const [name, unit] of units) {
    const found = allDeclarations.filter((d) => isModuleSurface(d.file) && d.name === name);
    assert.equal(found.length, 1, `${name} is declared once`);
    assert.match(textOf(found[0].doc.comment), unit, name);
  }
  const subscribe = allDeclarations.find((d) => d.name === 'CloudService.subscribe');
  const expiration = tagsOf(subscribe?.doc, 'param').find((tag) => tag.name.getText() === 'expirationTime');
  assert.match(textOf(expiration?.comment), /\bms\b/, 'CloudService.subscribe(expirationTime)');
});
