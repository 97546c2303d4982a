// generic-arg: a type argument, or an array's element type → `unknown` (primitives are left to
// swap-primitive).
import ts from 'typescript';
import { swappedPrimitive } from '../primitive-swaps.mjs';

const mutable = (type) => swappedPrimitive(type) === undefined && type.kind !== ts.SyntaxKind.UnknownKeyword;

export default {
  kind: 'generic-arg',
  mutate(node, { replaceType }) {
    if (ts.isTypeReferenceNode(node)) {
      for (const arg of node.typeArguments ?? []) {
        if (mutable(arg)) replaceType('generic-arg', arg, 'unknown');
      }
    } else if (ts.isArrayTypeNode(node) && mutable(node.elementType)) {
      const el = node.elementType;
      replaceType('generic-arg', el, ts.isParenthesizedTypeNode(el) ? '(unknown)' : 'unknown');
    }
  }
};
