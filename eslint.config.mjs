// Lints the doc comments of the declarations against TSDoc, with the custom tags
// (`@since`, `@syscap`, `@systemapi`) registered once in tsdoc.json; and lints the code with
// typescript-eslint's type-checked rules: the harness's TypeScript through the project service
// (harness/tsconfig.json), the scripts, benchmarks and tests through tsconfig.eslint.json.
import tsParser from '@typescript-eslint/parser';
import tsdoc from 'eslint-plugin-tsdoc';
import tseslint from 'typescript-eslint';

/** Rules on top of the recommended type-checked set, for TypeScript and JavaScript alike. */
const habits = {
  // node:test's test(), describe() and it() return promises that the runner itself awaits.
  '@typescript-eslint/no-floating-promises': [
    'error',
    { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }] }
  ],
  '@typescript-eslint/switch-exhaustiveness-check': 'error',
  '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }]
};

/**
 * Off for the JavaScript only: there most values are inferred as `any` (JSON, the compiler API
 * through untyped handles), so the no-unsafe-* rules flag every use of them rather than a mistake;
 * and an `async` function without `await` is how a promise-returning vendor method is written.
 */
const javascriptOff = {
  '@typescript-eslint/no-unsafe-argument': 'off',
  '@typescript-eslint/no-unsafe-assignment': 'off',
  '@typescript-eslint/no-unsafe-call': 'off',
  '@typescript-eslint/no-unsafe-member-access': 'off',
  '@typescript-eslint/no-unsafe-return': 'off',
  '@typescript-eslint/require-await': 'off'
};

export default [
  {
    ignores: ['node_modules/**', 'docs/site/**', '.tmp/**', 'dist/**', 'harness/dist/**', 'temp/**']
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' }
  },
  {
    files: ['src/**/*.d.ts', 'index.d.ts', 'core.d.ts', '*.d.mts'],
    languageOptions: {
      parser: tsParser
    },
    plugins: { tsdoc },
    rules: {
      'tsdoc/syntax': 'error'
    }
  },
  ...tseslint.config({
    files: ['harness/src/**/*.ts', 'harness/src/**/*.mts'],
    // Declarations shipped for the programs the ArkTS lint builds, outside the harness's program.
    ignores: ['harness/src/lint/globals/**'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      ...habits,
      // The platform modules are `export =` objects, as the device's modules are, and
      // `import x = require()` is how TypeScript imports such a module (Node's built-ins too).
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      // `declare namespace` adds the type names to an `export =` module object, as the device's declarations do.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // A caught value is passed on as it was thrown, as only-throw-error already allows for `throw`.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }]
    }
  }),
  {
    files: ['harness/src/stubs/**/*.ts', 'harness/src/check/**/*.ts', 'harness/src/fleet/**/*.ts'],
    rules: {
      // Request codes, tags and result codes arrive as plain numbers from the wire or the vendor, and
      // the device's stub compares them with its enums as numbers (cloud_extension_stub.js:95, 553).
      '@typescript-eslint/no-unsafe-enum-comparison': 'off'
    }
  },
  ...tseslint.config({
    files: [
      'harness/fixtures/**/*.ts',
      'harness/fixtures/**/*.mts',
      'harness/fixtures/**/*.cts',
      'harness/fixtures/**/*.js',
      'harness/fixtures/**/*.mjs',
      'harness/fixtures/**/*.cjs',
      'examples/**/*.ts'
    ],
    // The syntax error is the fixture; rules/ is linted with types below. The third-party vendor's
    // sdk/ folder mirrors the SDK's own declarations (Object, any), which are not ours to restyle.
    ignores: ['harness/fixtures/rules/**', 'harness/fixtures/cli/syntax-error.ts', 'harness/fixtures/third-party/sdk/**'],
    extends: [tseslint.configs.recommended],
    rules: {
      // A vendor's method declares its interface's parameters whether it uses them or not.
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', ignoreRestSiblings: true }]
    }
  }),
  {
    files: ['harness/fixtures/third-party/extension/**/*.ts', 'examples/**/*.ts'],
    rules: {
      // ArkTS code names `Object` for "any object": the linter refuses `object` and `unknown` there.
      '@typescript-eslint/no-wrapper-object-types': 'off'
    }
  },
  {
    files: ['harness/fixtures/**/*.cjs'],
    rules: {
      // A CommonJS extension loads the platform modules with require(), which is what these fixtures test.
      '@typescript-eslint/no-require-imports': 'off'
    }
  },
  ...tseslint.config({
    files: ['harness/fixtures/rules/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: './harness/fixtures/tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      ...habits,
      // A vendor's method is async to return the promise its interface asks for, and declares the
      // interface's parameters whether it uses them or not.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', ignoreRestSiblings: true }]
    }
  }),
  ...tseslint.config({
    files: [
      'scripts/**/*.mjs',
      'bench/**/*.mjs',
      'test/*.mjs',
      'test/lib/**/*.mjs',
      'harness/test/**/*.mjs',
      'examples/**/*.mjs',
      'eslint.config.mjs'
    ],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname }
    },
    rules: { ...habits, ...javascriptOff }
  })
];
