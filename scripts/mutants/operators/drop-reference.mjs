// drop-reference: removes a `/// <reference path>` or `/// <reference types>` line at the head of a
// file.
import ts from 'typescript';
import { oneLine } from '../source-context.mjs';

export default {
  kind: 'drop-reference',
  mutate(node, { sf, text, add }) {
    if (!ts.isSourceFile(node)) return;
    const headComments = ts.getLeadingCommentRanges(text, 0) ?? [];
    for (const ref of [...sf.referencedFiles, ...sf.typeReferenceDirectives]) {
      const comment = headComments.find((r) => r.pos <= ref.pos && ref.end <= r.end);
      if (!comment) continue;
      const end = text[comment.end] === '\n' ? comment.end + 1 : comment.end;
      add('drop-reference', '<file>', `drop ${oneLine(text.slice(comment.pos, comment.end))}`, comment.pos, end, '');
    }
  }
};
