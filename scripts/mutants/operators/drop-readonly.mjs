// drop-readonly: removes `readonly` from a member.
import ts from 'typescript';
import { modifiersOf } from '../source-context.mjs';

export default {
  kind: 'drop-readonly',
  mutate(node, { sf, add, declPath }) {
    for (const mod of modifiersOf(node, [ts.SyntaxKind.ReadonlyKeyword])) {
      add('drop-readonly', declPath(node), 'drop readonly', mod.getStart(sf), mod.end, '');
    }
  }
};
