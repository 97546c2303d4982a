// drop-parameter: removes one parameter (and one comma) from a parameter list.
import ts from 'typescript';

export default {
  kind: 'drop-parameter',
  mutate(node, { sf, add, declPath, listRemoval }) {
    if (!ts.isParameter(node)) return;
    const params = node.parent.parameters;
    const [start, end] = listRemoval(params, params.indexOf(node));
    add('drop-parameter', declPath(node), 'drop parameter', start, end, '', node.getStart(sf));
  }
};
