/**
 * The documents the service can see beyond the one being edited, and the index of their titles
 * that lets 《广州穗港智造合作区建设实施方案》 lead to the file holding that plan.
 */
import type { DocumentModel } from '../model/document';

/** A document as the service sees it: the shape of an LSP `TextDocument`. */
export interface GongwenDocument {
  readonly uri: string;
  readonly version: number;
  /** `markdown` parses the text as Markdown; without one, a .md/.markdown URI does. */
  readonly languageId?: string;
  getText(): string;
}

/** The documents of the workspace: open editors and files. The server implements it; tests use memory. */
export interface Workspace {
  documents(): Iterable<GongwenDocument>;
}

/** Titles are compared without 《》〈〉, spaces and line breaks. */
export function normalizeTitle(title: string): string {
  return title.replace(/[《》〈〉<>\s\u3000]/g, '');
}

/** Every title a document can be cited by: its title lines (the plan's own title, the notice's title). */
export function documentTitles(model: DocumentModel): Array<{ title: string; start: number; end: number }> {
  return model.preamble.titles.map((t) => ({ title: normalizeTitle(t.text), start: t.start, end: t.end }));
}

export interface TitleMatch {
  uri: string;
  model: DocumentModel;
  start: number;
  end: number;
}

/** Finds the workspace document whose title is `title`. */
export function findByTitle(
  title: string,
  workspace: Workspace | undefined,
  modelOf: (doc: GongwenDocument) => DocumentModel,
  exceptUri?: string,
): TitleMatch | undefined {
  if (!workspace) return undefined;
  const wanted = normalizeTitle(title);
  if (!wanted) return undefined;
  for (const doc of workspace.documents()) {
    if (doc.uri === exceptUri) continue;
    const model = modelOf(doc);
    const hit = documentTitles(model).find((t) => t.title === wanted);
    if (hit) return { uri: doc.uri, model, start: hit.start, end: hit.end };
  }
  return undefined;
}
