/**
 * Rename a defined abbreviation everywhere in the document: its definition and every use. A new
 * name that is empty, holds punctuation, is another term's name, or already stands in the text
 * (so old and new could not be told apart afterwards) is refused with the reason.
 */
import { crossReferences, type Term } from '../model/crossref';
import type { DocumentModel } from '../model/document';
import type { Locale } from '../rules/rule';
import type { Range, WorkspaceEdit } from '../types';
import { locate } from './locate';
import { message } from './messages';

export interface RenameTarget {
  range: Range;
  placeholder: string;
}

/** The editable part of a name: 规划纲要 in 《规划纲要》. */
function inner(start: number, end: number, name: string): { start: number; end: number } {
  return name.startsWith('《') ? { start: start + 1, end: end - 1 } : { start, end };
}

function termAt(model: DocumentModel, offset: number): { term: Term; start: number; end: number } | undefined {
  const at = locate(model, offset);
  return at?.kind === 'term' ? { term: at.term, start: at.start, end: at.end } : undefined;
}

export function prepareRename(model: DocumentModel, offset: number): RenameTarget | undefined {
  const at = termAt(model, offset);
  if (!at) return undefined;
  const name = at.term.definition.name;
  const r = inner(at.start, at.end, name);
  return { range: model.text.rangeOf(r.start, r.end), placeholder: name.replace(/^《|》$/g, '') };
}

export class RenameError extends Error {}

export function rename(model: DocumentModel, uri: string, offset: number, newName: string, locale: Locale): WorkspaceEdit {
  const t = (zh: string, en: string) => message(locale, zh, en);
  const at = termAt(model, offset);
  if (!at) throw new RenameError(t('此处不是已定义的简称，只能重命名简称', 'Only a defined abbreviation can be renamed'));
  const term = at.term;
  const old = term.definition.name.replace(/^《|》$/g, '');
  const name = newName.trim();
  if (!name) throw new RenameError(t('新名称不能为空', 'The new name is empty'));
  if (/[\s，。；：、！？,.;:!?（）()《》〈〉“”"‘’「」【】〔〕]/.test(name)) throw new RenameError(t(`新名称“${name}”含有空格或标点`, `The new name "${name}" holds spaces or punctuation`));
  if (name === old) return { changes: {} };
  const others = crossReferences(model).terms.filter((x) => x !== term).map((x) => x.definition.name.replace(/^《|》$/g, ''));
  if (others.includes(name)) throw new RenameError(t(`“${name}”已是本文另一个简称`, `"${name}" is already another abbreviation in this document`));
  if (model.text.text.includes(name)) throw new RenameError(t(`“${name}”已出现在本文中，重命名后将无法区分`, `"${name}" already occurs in this document; the two could not be told apart after renaming`));
  const ranges = [
    ...[term.definition, ...term.redefinitions].map((d) => inner(d.nameStart, d.nameEnd, d.name)),
    ...term.uses.map((u) => inner(u.start, u.end, term.definition.name)),
  ];
  return { changes: { [uri]: ranges.map((r) => ({ range: model.text.rangeOf(r.start, r.end), newText: name })) } };
}
