// type-to-unknown: a named type without type arguments that is the whole declared type of a
// property, parameter, return or alias → `unknown`.
import ts from 'typescript';

export default {
  kind: 'type-to-unknown',
  mutate(node, { replaceType, isOwnerType }) {
    if (ts.isTypeReferenceNode(node) && (node.typeArguments ?? []).length === 0 && isOwnerType(node)) {
      replaceType('type-to-unknown', node, 'unknown');
    }
  }
};
