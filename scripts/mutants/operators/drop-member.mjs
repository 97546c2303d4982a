// drop-member: removes a member (property, method, constructor, signature) with its doc comment,
// or an enum member with its comma.
import ts from 'typescript';
import { isMember } from '../source-context.mjs';

export default {
  kind: 'drop-member',
  mutate(node, { sf, add, declPath, startWithDoc, listRemoval }) {
    if (isMember(node)) {
      add('drop-member', declPath(node), 'drop member', startWithDoc(node), node.end, '', node.getStart(sf));
    } else if (ts.isEnumDeclaration(node)) {
      node.members.forEach((member, i) => {
        const [start, end] = listRemoval(node.members, i);
        add('drop-member', declPath(member), 'drop member', start, end, '', member.getStart(sf));
      });
    }
  }
};
