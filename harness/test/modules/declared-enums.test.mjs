// Pins the run-time enums of src/modules/*.ts to the ones the types package declares: every enum
// in the package's declaration files (read through the TypeScript compiler API, values as the
// compiler computes them) has the same members with the same values in the platform module that
// exports it, and the run-time objects add no member of their own.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { declarationFiles } from '../../../scripts/lib/declaration-files.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Enums the device's run-time module does not export, so the harness must not either (each one's
 * doc comment says so).
 */
const TYPE_ONLY = new Set(['@ohos.data.cloudExtension Flag']);

/**
 * Enums whose run-time values come from the device's source, not from the declaration: the
 * expected run-time members, made from the declared ones. (The declarations follow the SDK, which
 * leaves some enums unnumbered; an unnumbered member of an ambient enum has no constant value.)
 */
const DEVICE_NUMBERING = new Map([
  [
    // relational_store napi_rdb_const_properties.cpp:247-253 exports asset_value.h:21-31's
    // STATUS_* values, in the declared order from 1 (0 is STATUS_UNKNOWN), and one status more
    // than the SDK declares.
    '@ohos.data.relationalStore AssetStatus',
    (members) => [...members.map(([name], i) => [name, i + 1]), ['ASSET_TO_DOWNLOAD', 7]]
  ]
]);

/** The platform module a declaration file describes: a companion is named after its module. */
function moduleOf(file) {
  const companion = /^src\/companions\/(ohos\..+)\.d\.ts$/.exec(file);
  if (companion) return `@${companion[1]}`;
  return /^src\/[^/]+\.d\.ts$/.test(file) ? '@ohos.data.cloudExtension' : undefined;
}

/** Every enum of the package's declaration files: module, path inside it, members and values. */
function declaredEnums() {
  const files = declarationFiles(ROOT);
  const program = ts.createProgram(
    files.map((f) => path.join(ROOT, f)),
    { noEmit: true, types: [], skipLibCheck: true, target: ts.ScriptTarget.ES2022 }
  );
  const checker = program.getTypeChecker();
  const enums = [];
  for (const file of files) {
    const sf = program.getSourceFile(path.join(ROOT, file));
    const visit = (node, namespaces) => {
      if (ts.isModuleDeclaration(node) && ts.isIdentifier(node.name)) {
        ts.forEachChild(node, (child) => visit(child, [...namespaces, node.name.text]));
        return;
      }
      if (ts.isEnumDeclaration(node)) {
        const members = node.members.map((m) => [m.name.getText(sf), checker.getConstantValue(m)]);
        enums.push({ file, module: moduleOf(file), path: [...namespaces, node.name.text], members });
      }
      ts.forEachChild(node, (child) => visit(child, namespaces));
    };
    visit(sf, []);
  }
  return enums;
}

/** An enum object's own members, without the reverse entries (`0: 'NULL'`) of a numeric enum. */
function runtimeMembers(object) {
  return Object.entries(object).filter(([key, value]) => !(typeof value === 'string' && object[value] === Number(key)));
}

const enums = declaredEnums();

describe('the enums the types package declares', () => {
  it('are found in the declaration files, each with its platform module', () => {
    assert.ok(enums.length >= 7, `only ${enums.length} enums found`);
    for (const e of enums) {
      assert.ok(e.module, `${e.file}: ${e.path.join('.')} is declared outside any platform module's files`);
      if (DEVICE_NUMBERING.has(`${e.module} ${e.path.join('.')}`)) continue;
      for (const [name, value] of e.members) {
        assert.ok(
          typeof value === 'number' || typeof value === 'string',
          `${e.file}: ${e.path.join('.')}.${name} has no constant value, and no device numbering is given for it here`
        );
      }
    }
  });

  for (const e of enums) {
    const label = `${e.module} ${e.path.join('.')}`;
    if (TYPE_ONLY.has(label)) {
      it(`${label} is a type only, absent at run time as on the device`, () => {
        assert.equal(
          e.path.reduce((object, key) => object?.[key], require(`ohos-cloud-extension-harness/modules/${e.module}`)),
          undefined
        );
      });
      continue;
    }
    it(`${label} has the declared members and values at run time (${e.file})`, () => {
      const object = e.path.reduce((o, key) => o?.[key], require(`ohos-cloud-extension-harness/modules/${e.module}`));
      assert.equal(typeof object, 'object', `${label} is not exported at run time`);
      const expected = (DEVICE_NUMBERING.get(label) ?? ((members) => members))(e.members);
      assert.deepEqual(Object.fromEntries(runtimeMembers(object)), Object.fromEntries(expected));
    });
  }
});

describe('rpc.MessageOption', () => {
  it('has every constant the declaration names, as a number', () => {
    const sf = ts.createSourceFile(
      'rpc.d.ts',
      ts.sys.readFile(path.join(ROOT, 'src/companions/ohos.rpc.d.ts')),
      ts.ScriptTarget.Latest,
      true
    );
    const declaration = sf.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === 'MessageOption');
    const constants = declaration.members
      .filter((m) => ts.isPropertyDeclaration(m) && /^[A-Z][A-Z_]+$/.test(m.name.getText(sf)))
      .map((m) => m.name.getText(sf));
    assert.deepEqual(constants, ['TF_SYNC', 'TF_ASYNC', 'TF_ACCEPT_FDS', 'TF_WAIT_TIME']);
    const { MessageOption } = require('ohos-cloud-extension-harness/modules/@ohos.rpc');
    const runtime = Object.getOwnPropertyNames(MessageOption).filter((name) => /^[A-Z][A-Z_]+$/.test(name));
    assert.deepEqual(runtime.sort(), [...constants].sort());
    for (const name of constants) assert.equal(typeof MessageOption[name], 'number', name);
  });
});
