// drop-export: removes a re-export (`export * from`), one name of an `export {…}`, or an
// `export default` / `export =`.
import ts from 'typescript';
import { statementsOf } from '../source-context.mjs';

export default {
  kind: 'drop-export',
  mutate(node, { sf, add, declPath, textOf, startWithDoc, listRemoval }) {
    const dropStatement = (st) => add('drop-export', declPath(st), `drop ${textOf(st)}`, startWithDoc(st), st.end, '', st.getStart(sf));
    for (const st of statementsOf(node)) {
      if (ts.isExportAssignment(st)) dropStatement(st);
      if (!ts.isExportDeclaration(st)) continue;
      if (!st.exportClause || !ts.isNamedExports(st.exportClause)) {
        dropStatement(st);
        continue;
      }
      const from = st.moduleSpecifier ? ` from ${st.moduleSpecifier.getText(sf)}` : '';
      st.exportClause.elements.forEach((spec, i) => {
        const [start, end] = listRemoval(st.exportClause.elements, i);
        add('drop-export', declPath(st), `drop ${textOf(spec)} from export {…}${from}`, start, end, '', spec.getStart(sf));
      });
    }
  }
};
