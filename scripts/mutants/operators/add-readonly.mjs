// add-readonly: makes a writable property `readonly`.
import ts from 'typescript';
import { isProperty } from '../source-context.mjs';

export default {
  kind: 'add-readonly',
  mutate(node, { sf, add, declPath }) {
    if (!isProperty(node) || node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword)) return;
    add('add-readonly', declPath(node), 'add readonly', node.name.getStart(sf), node.name.getStart(sf), 'readonly ');
  }
};
