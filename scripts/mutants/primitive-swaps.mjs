// The primitive types a mutant swaps for another, shared by `swap-primitive` (which swaps them)
// and `generic-arg` (which leaves them to `swap-primitive`).
import ts from 'typescript';

const PRIMITIVE_SWAPS = new Map([
  [ts.SyntaxKind.StringKeyword, 'number'],
  [ts.SyntaxKind.NumberKeyword, 'string'],
  [ts.SyntaxKind.BooleanKeyword, 'string'],
  [ts.SyntaxKind.VoidKeyword, 'undefined'],
  [ts.SyntaxKind.UndefinedKeyword, 'null'],
  [ts.SyntaxKind.BigIntKeyword, 'number'],
  [ts.SyntaxKind.SymbolKeyword, 'string'],
  [ts.SyntaxKind.ObjectKeyword, 'string']
]);

/** What a primitive type node is swapped for, or undefined when it is not a primitive. */
export function swappedPrimitive(node) {
  if (PRIMITIVE_SWAPS.has(node.kind)) return PRIMITIVE_SWAPS.get(node.kind);
  if (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword) return 'undefined';
  return undefined;
}
