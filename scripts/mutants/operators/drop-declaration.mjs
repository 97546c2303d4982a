// drop-declaration: removes a whole statement of a file or namespace (with its doc comment), other
// than an import or an export statement.
import ts from 'typescript';
import { statementsOf } from '../source-context.mjs';

export default {
  kind: 'drop-declaration',
  mutate(node, { sf, add, declPath, textOf, startWithDoc }) {
    for (const st of statementsOf(node)) {
      if (ts.isImportDeclaration(st) || ts.isExportDeclaration(st) || ts.isExportAssignment(st)) continue;
      const target = declPath(st) === '<file>' ? textOf(st).slice(0, 60) : declPath(st);
      add('drop-declaration', target, 'drop declaration', startWithDoc(st), st.end, '', st.getStart(sf));
    }
  }
};
