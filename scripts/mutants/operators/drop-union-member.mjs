// drop-union-member: removes one member of a union type.
import ts from 'typescript';

export default {
  kind: 'drop-union-member',
  mutate(node, { sf, add, typeTarget, typeDetail, outermostType }) {
    if (!ts.isUnionTypeNode(node)) return;
    node.types.forEach((member, i) => {
      const rest = node.types
        .filter((_, j) => j !== i)
        .map((t) => t.getText(sf))
        .join(' | ');
      add('drop-union-member', typeTarget(outermostType(node)), typeDetail(member, null), node.getStart(sf), node.end, rest);
    });
  }
};
