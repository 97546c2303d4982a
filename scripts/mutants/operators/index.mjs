// The mutation operators, one per file, each named after the kind of mutant it makes. Every
// operator is offered every node of a declaration file (see ../generate.mjs) and records the
// mutants it makes of that node.
import addReadonly from './add-readonly.mjs';
import dropDeclaration from './drop-declaration.mjs';
import dropExport from './drop-export.mjs';
import dropExtends from './drop-extends.mjs';
import dropMember from './drop-member.mjs';
import dropModifier from './drop-modifier.mjs';
import dropParameter from './drop-parameter.mjs';
import dropReadonly from './drop-readonly.mjs';
import dropReference from './drop-reference.mjs';
import dropTypeOnly from './drop-type-only.mjs';
import dropUnionMember from './drop-union-member.mjs';
import enumValue from './enum-value.mjs';
import genericArg from './generic-arg.mjs';
import swapPrimitive from './swap-primitive.mjs';
import toggleOptional from './toggle-optional.mjs';
import typeToUnknown from './type-to-unknown.mjs';
import unwrapPromise from './unwrap-promise.mjs';

/** Every operator: `{ kind, mutate(node, context) }`. */
export const operators = [
  toggleOptional,
  dropReadonly,
  dropModifier,
  addReadonly,
  dropMember,
  dropParameter,
  enumValue,
  dropExtends,
  swapPrimitive,
  dropUnionMember,
  unwrapPromise,
  typeToUnknown,
  genericArg,
  dropExport,
  dropTypeOnly,
  dropDeclaration,
  dropReference
];
