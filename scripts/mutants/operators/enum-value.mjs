// enum-value: changes an enum member's value: an explicit number + 1, a string with `_` added, or
// a wrong explicit value (the implicit one + 1) for an implicit member.
import ts from 'typescript';

/** An explicit numeric initializer's value (`7`, `-1`), or undefined. */
function numberOf(init) {
  if (ts.isNumericLiteral(init)) return Number(init.text);
  if (ts.isPrefixUnaryExpression(init) && init.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(init.operand)) {
    return -Number(init.operand.text);
  }
  return undefined;
}

export default {
  kind: 'enum-value',
  mutate(node, { sf, add, declPath }) {
    if (!ts.isEnumDeclaration(node)) return;
    let next = 0;
    for (const member of node.members) {
      const init = member.initializer;
      const value = init ? numberOf(init) : next;
      const target = declPath(member);
      if (init && ts.isStringLiteral(init)) {
        const changed = JSON.stringify(`${init.text}_`);
        add('enum-value', target, `${init.getText(sf)} → ${changed}`, init.getStart(sf), init.end, changed);
      } else if (value !== undefined && init) {
        add('enum-value', target, `${init.getText(sf)} → ${value + 1}`, init.getStart(sf), init.end, String(value + 1));
      } else if (value !== undefined) {
        add('enum-value', target, `implicit ${value} → = ${value + 1}`, member.name.end, member.name.end, ` = ${value + 1}`);
      }
      next = value === undefined ? undefined : value + 1;
    }
  }
};
