// drop-extends: removes a base type from an `extends` or `implements` clause (the whole clause when
// it names one).
import ts from 'typescript';

export default {
  kind: 'drop-extends',
  mutate(clause, { sf, add, declPath, textOf, listRemoval }) {
    if (!ts.isHeritageClause(clause)) return;
    const owner = declPath(clause.parent);
    const word = clause.token === ts.SyntaxKind.ExtendsKeyword ? 'extends' : 'implements';
    if (clause.types.length === 1) {
      add('drop-extends', owner, `drop ${word} ${textOf(clause.types[0])}`, clause.pos, clause.end, '', clause.getStart(sf));
      return;
    }
    clause.types.forEach((type, i) => {
      const [start, end] = listRemoval(clause.types, i);
      add('drop-extends', owner, `drop ${word} ${textOf(type)}`, start, end, '', type.getStart(sf));
    });
  }
};
