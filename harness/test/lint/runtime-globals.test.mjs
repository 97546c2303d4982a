// The globals the ArkTS runtime gives every .ets file, as the SDK declares them
// (interface_sdk-js, api/@internal/ets/global.d.ts): the file the harness ships, and how a lint
// run decides whether the program already has them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { RUNTIME_GLOBALS_FILE, RUNTIME_GLOBAL_NAMES, declaredRuntimeGlobals } = require(path.join(harness, 'dist/lint/runtime-globals.js'));
const ts = require('ohos-typescript');

const options = {
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.NodeJs,
  types: []
};

/** A program of the given files (name to text) in memory, with the compiler's own lib files. */
function programOf(files) {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (files.has(name) ? files.get(name) : readFile(name));
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.getSourceFile = (name, version, onError, create) =>
    files.has(name)
      ? ts.createSourceFile(name, files.get(name), version, true, name.endsWith('.ets') ? ts.ScriptKind.ETS : undefined)
      : getSourceFile(name, version, onError, create);
  return ts.createProgram({ rootNames: [...files.keys()], options, host });
}

describe('the shipped declarations of the runtime globals', () => {
  const text = readFileSync(RUNTIME_GLOBALS_FILE, 'utf8');
  const source = ts.createSourceFile(RUNTIME_GLOBALS_FILE, text, ts.ScriptTarget.ES2022, true);

  it('sit in the built package as a .d.ts file (read by the linter as a library, like the SDK)', () => {
    assert.ok(RUNTIME_GLOBALS_FILE.startsWith(path.join(harness, 'dist')), RUNTIME_GLOBALS_FILE);
    assert.ok(RUNTIME_GLOBALS_FILE.endsWith('.d.ts'));
  });

  it('name the SDK file they follow in their header', () => {
    const header = text.slice(0, text.indexOf('declare '));
    assert.match(header, /interface_sdk-js/);
    assert.match(header, /api\/@internal\/ets\/global\.d\.ts/);
  });

  it('are a script, so that what they declare is global', () => {
    assert.equal(ts.isExternalModule(source), false);
  });

  it('declare console, the timers and canIUse, and nothing else', () => {
    const names = source.statements.map((statement) => statement.name?.text);
    assert.deepEqual(names, ['console', 'setInterval', 'setTimeout', 'clearInterval', 'clearTimeout', 'canIUse']);
    assert.deepEqual(names, [...RUNTIME_GLOBAL_NAMES]);
  });

  it('give console the static methods of the SDK, with its signatures', () => {
    const consoleClass = source.statements[0];
    const signatures = consoleClass.members.map((member) => member.getText(source).replace(/\s+/g, ' '));
    assert.deepEqual(signatures, [
      'static debug(message: string, ...arguments: any[]): void;',
      'static log(message: string, ...arguments: any[]): void;',
      'static info(message: string, ...arguments: any[]): void;',
      'static warn(message: string, ...arguments: any[]): void;',
      'static error(message: string, ...arguments: any[]): void;',
      'static assert(value?: Object, ...arguments: Object[]): void;',
      'static count(label?: string): void;',
      'static countReset(label?: string): void;',
      'static dir(dir?: Object): void;',
      'static dirxml(...arguments: Object[]): void;',
      'static group(...arguments: Object[]): void;',
      'static groupCollapsed(...arguments: Object[]): void;',
      'static groupEnd(): void;',
      'static table(tableData?: Object): void;',
      'static time(label?: string): void;',
      'static timeEnd(label?: string): void;',
      'static timeLog(label?: string, ...arguments: Object[]): void;',
      'static trace(...arguments: Object[]): void;',
      'static traceHybridStack(): void;'
    ]);
  });

  it('give the timers and canIUse the signatures of the SDK', () => {
    const functions = source.statements.slice(1).map((statement) => statement.getText(source).replace(/\s+/g, ' '));
    assert.deepEqual(functions, [
      'declare function setInterval(handler: Function | string, delay: number, ...arguments: any[]): number;',
      'declare function setTimeout(handler: Function | string, delay?: number, ...arguments: any[]): number;',
      'declare function clearInterval(intervalID?: number): void;',
      'declare function clearTimeout(timeoutID?: number): void;',
      'declare function canIUse(syscap: string): boolean;'
    ]);
  });

  it('type-check without an error, and type what an .ets file calls', () => {
    const use = [
      'export function start(): number {',
      "  console.info('start', 1);",
      "  const id: number = setInterval((): void => { console.debug('tick'); }, 1000);",
      "  if (!canIUse('SystemCapability.Utils.Lang')) { clearInterval(id); }",
      '  return id;',
      '}',
      ''
    ].join('\n');
    const program = programOf(
      new Map([
        [RUNTIME_GLOBALS_FILE, text],
        ['/virtual/use.ets', use]
      ])
    );
    assert.deepEqual(
      ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')),
      []
    );
  });
});

describe('declaredRuntimeGlobals', () => {
  it('finds none in a program that declares none of them', () => {
    const program = programOf(new Map([['/virtual/a.ets', 'export const a: number = 1;\n']]));
    assert.deepEqual(declaredRuntimeGlobals(ts, program), []);
  });

  it('finds a console a declaration file of the program declares, as a class or as a value', () => {
    for (const declaration of ['declare class console { static info(message: string): void; }\n', 'declare const console: Object;\n']) {
      const program = programOf(
        new Map([
          ['/virtual/console.d.ts', declaration],
          ['/virtual/a.ets', 'export const a: number = 1;\n']
        ])
      );
      assert.deepEqual(declaredRuntimeGlobals(ts, program), ['console'], declaration);
    }
  });

  it('finds what a module declares in declare global, and not what a module keeps to itself', () => {
    const program = programOf(
      new Map([
        ['/virtual/timers.d.ts', 'export {};\ndeclare global { function setTimeout(handler: Function, delay?: number): number; }\n'],
        ['/virtual/a.ets', 'const console: number = 1;\nexport const canIUse: boolean = console > 0;\n']
      ])
    );
    assert.deepEqual(declaredRuntimeGlobals(ts, program), ['setTimeout']);
  });
});
