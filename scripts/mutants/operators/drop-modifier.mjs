// drop-modifier: removes `static` or `abstract` from a member or a class.
import ts from 'typescript';
import { modifiersOf } from '../source-context.mjs';

export default {
  kind: 'drop-modifier',
  mutate(node, { sf, add, declPath }) {
    for (const mod of modifiersOf(node, [ts.SyntaxKind.StaticKeyword, ts.SyntaxKind.AbstractKeyword])) {
      add('drop-modifier', declPath(node), `drop ${ts.tokenToString(mod.kind)}`, mod.getStart(sf), mod.end, '');
    }
  }
};
