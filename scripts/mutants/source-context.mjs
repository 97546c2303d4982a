// What every mutation operator needs to know about the file it mutates: the parsed source, how
// to name a declaration (`Interface.member(param)`), where tokens, doc comments and list elements
// start and end, and how to record a mutant.
import ts from 'typescript';

export const oneLine = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * The context of one declaration file's mutation: its syntax tree, helpers over it, and `found`,
 * the mutants recorded so far (with `at`, where the mutant is shown, besides the edit's range).
 *
 * @param {string} file - Path relative to the package root (used in ids and messages).
 * @param {string} text - The file's contents.
 */
export function createSourceContext(file, text) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  // `at` is where the mutant is shown (the mutated node), `start`/`end` what the edit replaces.
  const add = (kind, target, detail, start, end, replacement, at = start) => {
    found.push({ file, kind, target, detail, start, end, replacement, at });
  };
  const textOf = (node) => oneLine(node.getText(sf));

  // --- naming -------------------------------------------------------------------------------
  const nameOf = (node) => {
    if (ts.isConstructorDeclaration(node) || ts.isConstructSignatureDeclaration(node)) return 'constructor';
    if (ts.isCallSignatureDeclaration(node)) return '()';
    if (ts.isIndexSignatureDeclaration(node)) return '[]';
    if (!node.name) return ts.isClassDeclaration(node) || ts.isFunctionDeclaration(node) ? 'default' : undefined;
    if (ts.isStringLiteral(node.name)) return `'${node.name.text}'`;
    return node.name.getText(sf);
  };
  const isNamed = (node) =>
    ts.isModuleDeclaration(node) ||
    ts.isInterfaceDeclaration(node) ||
    ts.isClassDeclaration(node) ||
    ts.isEnumDeclaration(node) ||
    ts.isTypeAliasDeclaration(node) ||
    ts.isFunctionDeclaration(node) ||
    ts.isMethodSignature(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isPropertySignature(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isEnumMember(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isConstructSignatureDeclaration(node) ||
    ts.isCallSignatureDeclaration(node) ||
    ts.isIndexSignatureDeclaration(node) ||
    ts.isImportEqualsDeclaration(node) ||
    ts.isVariableDeclaration(node);
  /** `Interface.member(param)`-style path of the declaration that holds `node`. */
  const declPath = (node) => {
    let result = '';
    for (let n = node; n && !ts.isSourceFile(n); n = n.parent) {
      if (ts.isParameter(n)) result = `(${n.name.getText(sf)})${result}`;
      else if (isNamed(n)) result = `${nameOf(n)}${result && !result.startsWith('(') ? '.' : ''}${result}`;
    }
    return result || '<file>';
  };

  // --- positions ----------------------------------------------------------------------------
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  /** The first token at or after `pos`, skipping trivia. */
  const tokenAt = (pos) => {
    scanner.resetTokenState(pos);
    const kind = scanner.scan();
    return { kind, start: scanner.getTokenStart(), end: scanner.getTokenEnd() };
  };
  /** Where a member's own doc comment starts (so it goes with the member), else its first token. */
  const startWithDoc = (node) => {
    const docs = (ts.getLeadingCommentRanges(text, node.pos) ?? []).filter((r) => text.startsWith('/**', r.pos));
    return docs.length > 0 ? docs[docs.length - 1].pos : node.getStart(sf);
  };
  /** Range that removes element `i` of a comma-separated list, with one comma. */
  const listRemoval = (list, i) => {
    const el = list[i];
    if (list.length === 1) {
      const next = tokenAt(el.end);
      return [el.pos, next.kind === ts.SyntaxKind.CommaToken ? next.end : el.end];
    }
    if (i < list.length - 1) return [startWithDoc(el), startWithDoc(list[i + 1])];
    return [list[i - 1].end, el.end];
  };

  // --- type positions -----------------------------------------------------------------------
  const outermostType = (node) => {
    let n = node;
    while (n.parent && ts.isTypeNode(n.parent) && !ts.isExpressionWithTypeArguments(n.parent)) n = n.parent;
    return n;
  };
  const typeTarget = (outer) => {
    const owner = outer.parent;
    if (ts.isFunctionLike(owner) && owner.type === outer) return `${declPath(owner)} return`;
    return declPath(owner);
  };
  /** The declared type around `node`, with the mutated part shown as `[old → new]` or `[-old]`. */
  const typeDetail = (node, replacement) => {
    const outer = outermostType(node);
    const whole = outer.getText(sf);
    const from = node.getStart(sf) - outer.getStart(sf);
    const to = node.end - outer.getStart(sf);
    const old = node.getText(sf);
    const mark = replacement === null ? `[-${old}]` : `[${old} → ${replacement}]`;
    return oneLine(whole.slice(0, from) + mark + whole.slice(to));
  };
  const replaceType = (kind, node, replacement) => {
    add(kind, typeTarget(outermostType(node)), typeDetail(node, replacement), node.getStart(sf), node.end, replacement);
  };
  /** Whether `node` is the whole declared type of a property, parameter, alias or function. */
  const isOwnerType = (node) => {
    const p = node.parent;
    return (
      (ts.isParameter(p) ||
        ts.isPropertySignature(p) ||
        ts.isPropertyDeclaration(p) ||
        ts.isTypeAliasDeclaration(p) ||
        ts.isFunctionLike(p)) &&
      p.type === node
    );
  };

  return {
    file,
    text,
    sf,
    found,
    add,
    textOf,
    declPath,
    tokenAt,
    startWithDoc,
    listRemoval,
    outermostType,
    typeTarget,
    typeDetail,
    replaceType,
    isOwnerType
  };
}

/** Whether `node` is a property, method, constructor or signature: a member that can be dropped. */
export const isMember = (node) =>
  ts.isPropertySignature(node) ||
  ts.isPropertyDeclaration(node) ||
  ts.isMethodSignature(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isConstructorDeclaration(node) ||
  ts.isConstructSignatureDeclaration(node) ||
  ts.isCallSignatureDeclaration(node) ||
  ts.isIndexSignatureDeclaration(node);

/** Whether `node` is a property (signature or class property). */
export const isProperty = (node) => ts.isPropertySignature(node) || ts.isPropertyDeclaration(node);

/** Whether `node` is a method (signature or class method). */
export const isMethod = (node) => ts.isMethodSignature(node) || ts.isMethodDeclaration(node);

/** The statements of a file or a namespace body, when `node` is one. */
export const statementsOf = (node) => (ts.isSourceFile(node) || ts.isModuleBlock(node) ? node.statements : []);

/** The modifiers of `node` of the given kinds, when it is a member or a class; else none. */
export const modifiersOf = (node, kinds) =>
  isMember(node) || ts.isClassDeclaration(node) ? (node.modifiers ?? []).filter((mod) => kinds.includes(mod.kind)) : [];
