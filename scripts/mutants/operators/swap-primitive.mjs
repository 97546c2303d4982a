// swap-primitive: string → number, number → string, boolean → string, void → undefined,
// undefined → null, null → undefined, bigint → number, symbol → string, object → string.
import { swappedPrimitive } from '../primitive-swaps.mjs';

export default {
  kind: 'swap-primitive',
  mutate(node, { replaceType }) {
    const replacement = swappedPrimitive(node);
    if (replacement !== undefined) replaceType('swap-primitive', node, replacement);
  }
};
