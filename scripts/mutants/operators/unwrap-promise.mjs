// unwrap-promise: `Promise<T>` → `T`.
import ts from 'typescript';

export default {
  kind: 'unwrap-promise',
  mutate(node, { sf, replaceType }) {
    if (!ts.isTypeReferenceNode(node)) return;
    const args = node.typeArguments ?? [];
    if (ts.isIdentifier(node.typeName) && node.typeName.text === 'Promise' && args.length === 1) {
      replaceType('unwrap-promise', node, args[0].getText(sf));
    }
  }
};
