// drop-type-only: `export type {…}` → `export {…}`, and `export { type X }` → `export { X }`.
import ts from 'typescript';
import { statementsOf } from '../source-context.mjs';

export default {
  kind: 'drop-type-only',
  mutate(node, { sf, add, declPath, textOf }) {
    const typeKeyword = (n) => n.getChildren(sf).find((c) => c.kind === ts.SyntaxKind.TypeKeyword);
    for (const st of statementsOf(node)) {
      if (!ts.isExportDeclaration(st) || !st.exportClause) continue;
      const from = st.moduleSpecifier ? ` from ${st.moduleSpecifier.getText(sf)}` : '';
      if (st.isTypeOnly) {
        const keyword = typeKeyword(st);
        add('drop-type-only', declPath(st), `export type {…}${from} → export {…}`, keyword.getStart(sf), keyword.end, '');
      }
      if (!ts.isNamedExports(st.exportClause)) continue;
      for (const spec of st.exportClause.elements) {
        if (!spec.isTypeOnly) continue;
        const keyword = typeKeyword(spec);
        add(
          'drop-type-only',
          declPath(st),
          `export { type ${textOf(spec.name)} } → export { ${textOf(spec.name)} }`,
          keyword.getStart(sf),
          keyword.end,
          ''
        );
      }
    }
  }
};
