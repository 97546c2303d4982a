// toggle-optional: adds or removes the `?` of a property, a method or a parameter (a parameter
// only where the list stays valid: no required parameter after an optional one).
import ts from 'typescript';
import { isMethod, isProperty } from '../source-context.mjs';

const KIND = 'toggle-optional';

function toggle(node, { sf, add, declPath }) {
  if (node.questionToken) {
    add(KIND, declPath(node), 'remove ?', node.questionToken.getStart(sf), node.questionToken.end, '');
  } else {
    add(KIND, declPath(node), 'add ?', node.name.end, node.name.end, '?');
  }
}

/** Whether toggling parameter `index` keeps every required parameter before the optional ones. */
function staysValid(params, index) {
  const becomesOptional = !params[index].questionToken;
  let seenOptional = false;
  let valid = true;
  params.forEach((p, i) => {
    if (p.dotDotDotToken) return;
    const optional = i === index ? becomesOptional : Boolean(p.questionToken || p.initializer);
    if (optional) seenOptional = true;
    else if (seenOptional) valid = false; // a required parameter cannot follow an optional one
  });
  return valid;
}

export default {
  kind: KIND,
  mutate(node, ctx) {
    if (isProperty(node) || isMethod(node)) toggle(node, ctx);
    else if (ts.isParameter(node) && !node.dotDotDotToken) {
      const params = node.parent.parameters;
      if (staysValid(params, params.indexOf(node))) toggle(node, ctx);
    }
  }
};
