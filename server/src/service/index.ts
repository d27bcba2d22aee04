/**
 * The Gongwen language service: parse → document model → rules and features, over plain text.
 * It knows nothing of editors, connections or processes; the language server and the CLI are
 * thin adapters over it.
 */
import { completions } from './features/completion';
import { definitions } from './features/definitions';
import { computeDiagnostics } from './features/diagnostics';
import { documentHighlights } from './features/highlights';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { documentLinks } from './features/links';
import type { NavigationContext } from './features/navigation';
import { references } from './features/references';
import { structure, type StructureView } from './features/structure';
import { convertDocument, type ConversionOptions, type ConversionResult } from './features/conversion';
import { summarizeScript, type ScriptSummary } from './features/script';
import { referencesReport, type ReferencesReport } from './features/refsReport';
import { prepareRename, rename, type RenameTarget } from './features/rename';
import { isMarkdownDocument, isProse, markdownParseOptions, maskMarkdown, proseText, type MarkdownView } from './markdown';
import { foldingRanges } from './features/folding';
import { documentSymbols, outlineTree, type OutlineNode } from './features/outline';
import { isPolicyDocument, summarize, type DocumentSummary } from './features/summary';
import { workspaceSymbols } from './features/workspaceSymbols';
import type { DocumentModel } from './model/document';
import { parseDocument, type ParseOptions } from './parse/parser';
import { DEFAULT_SETTINGS, type GongwenSettings } from './settings';
import { TextModel } from './text/textModel';
import type {
  CompletionItem,
  Diagnostic,
  DocumentHighlight,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
  SymbolInformation,
  WorkspaceEdit,
} from './types';

export * from './types';
export type { DocumentModel } from './model/document';
export type { OutlineNode } from './features/outline';
export type { DocumentSummary } from './features/summary';
export { DEFAULT_SETTINGS, readSettings, normalizeLocale, type GongwenSettings } from './settings';
export { message } from './features/messages';
export { RULES } from './rules/registry';

import type { GongwenDocument, Workspace } from './features/workspace';
export type { GongwenDocument, Workspace } from './features/workspace';
export { RenameError, type RenameTarget } from './features/rename';
export type { ReferencesReport } from './features/refsReport';
export type { StructureView, StructureNode } from './features/structure';
export type { ConversionOptions, ConversionResult, ConversionReview } from './features/conversion';
export type { ScriptSummary } from './features/script';
export { CONVERT_LOCALES, type ConvertLocale } from './convert';

export interface LanguageService {
  /** The parsed model of a document (cached per URI and version). */
  getModel(doc: GongwenDocument): DocumentModel;
  getDiagnostics(doc: GongwenDocument): Diagnostic[];
  getDocumentSymbols(doc: GongwenDocument): DocumentSymbol[];
  getFoldingRanges(doc: GongwenDocument): FoldingRange[];
  getOutline(doc: GongwenDocument): OutlineNode[];
  getSummary(doc: GongwenDocument): DocumentSummary;
  isPolicyDocument(doc: GongwenDocument): boolean;
  getWorkspaceSymbols(docs: Iterable<GongwenDocument>, query: string): SymbolInformation[];
  /** From a reference to its clause, from an abbreviation to its definition, from 《title》 to its document. */
  getDefinition(doc: GongwenDocument, position: Position): Location[];
  getReferences(doc: GongwenDocument, position: Position, includeDeclaration: boolean): Location[];
  getHover(doc: GongwenDocument, position: Position): Hover | null;
  getDocumentHighlights(doc: GongwenDocument, position: Position): DocumentHighlight[];
  getDocumentLinks(doc: GongwenDocument): DocumentLink[];
  getCompletions(doc: GongwenDocument, position: Position): CompletionItem[];
  getInlayHints(doc: GongwenDocument, range: Range): InlayHint[];
  prepareRename(doc: GongwenDocument, position: Position): RenameTarget | null;
  /** Renames a defined abbreviation; throws a RenameError that says why a name is refused. */
  rename(doc: GongwenDocument, position: Position, newName: string): WorkspaceEdit;
  /**
   * Converts [start, end) of a document (all of it by default) between Simplified and Traditional,
   * leaving markers, document numbers, protected words, URLs, Latin text and Markdown code alone.
   */
  convert(doc: GongwenDocument, options: Omit<ConversionOptions, 'protectedWords' | 'extraProtected'> & { protectedWords?: readonly string[] }, range?: Range): ConversionResult;
  /** Which script the document is written in (简 / 繁 / 混 in the status bar). */
  getScript(doc: GongwenDocument): ScriptSummary;
  /** The structure view: clause tree with problem counts, defined terms, cited documents. */
  getStructure(doc: GongwenDocument): StructureView;
  /** Every reference with its target, and every defined term with its uses (the CLI's `refs`). */
  getReferencesReport(doc: GongwenDocument): ReferencesReport;
  /** Settings for later calls; documents are checked again under new settings. */
  configure(settings: GongwenSettings): void;
  /** The settings in force. */
  settings(): GongwenSettings;
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
}

export interface LanguageServiceOptions {
  settings?: GongwenSettings;
  /** The documents beyond the one being edited: for 《title》 links and references across documents. */
  workspace?: Workspace;
  /** Told when a rule fails on a document (the others still report); the server logs it. */
  onRuleFailure?: (failures: string[]) => void;
  /** Parse options a front end adds (the Markdown front end marks code blocks). */
  parseOptions?: (doc: GongwenDocument) => Omit<ParseOptions, 'numbering'> | undefined;
}

interface CacheEntry {
  version: number;
  text: string;
  settingsKey: string;
  markdown?: MarkdownView;
  model: DocumentModel;
  diagnostics?: Diagnostic[];
}

function markdownOptions(view: MarkdownView): Omit<ParseOptions, 'numbering'> {
  const depth = new Map(view.headings.map((h) => [h.line, h.depth]));
  return {
    ...markdownParseOptions(view),
    titleText: (start, end) => proseText(view, start, end),
    headingDepth: (line) => depth.get(line),
  };
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  let settings = options.settings ?? DEFAULT_SETTINGS;
  let settingsKey = JSON.stringify(settings);
  const cache = new Map<string, CacheEntry>();

  const entry = (doc: GongwenDocument): CacheEntry => {
    const text = doc.getText();
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.text === text && hit.settingsKey === settingsKey) return hit;
    // A Markdown document is parsed as the text its masking leaves: same offsets, syntax blanked.
    const markdown = isMarkdownDocument(doc.uri, doc.languageId) ? maskMarkdown(text) : undefined;
    const model = parseDocument(new TextModel(markdown ? markdown.masked : text), {
      ...(markdown && markdownOptions(markdown)),
      ...options.parseOptions?.(doc),
      numbering: settings.numbering,
    });
    const fresh: CacheEntry = { version: doc.version, text, settingsKey, model, markdown };
    cache.set(doc.uri, fresh);
    return fresh;
  };

  const diagnostics = (doc: GongwenDocument): Diagnostic[] => {
    const e = entry(doc);
    e.diagnostics ??= computeDiagnostics(e.model, doc.uri, settings, {
      // A fix in Markdown must not reach into syntax: (二)** → （二） would eat the **.
      fixAllowed: e.markdown ? (start, end) => isProse(e.markdown!, start, end) : undefined,
      onRuleFailure: options.onRuleFailure,
    });
    return e.diagnostics;
  };

  const modelOf = (doc: GongwenDocument): DocumentModel => entry(doc).model;
  const nav = (doc: GongwenDocument): NavigationContext => ({ uri: doc.uri, model: modelOf(doc), workspace: options.workspace, modelOf });
  const offset = (doc: GongwenDocument, position: Position): number => modelOf(doc).text.offsetAt(position);

  return {
    getModel: modelOf,
    getDiagnostics: diagnostics,
    getDocumentSymbols: (doc) => documentSymbols(entry(doc).model),
    getFoldingRanges: (doc) => foldingRanges(entry(doc).model),
    getOutline: (doc) => outlineTree(entry(doc).model),
    getSummary: (doc) => summarize(entry(doc).model, diagnostics(doc)),
    isPolicyDocument: (doc) => isPolicyDocument(entry(doc).model),
    getWorkspaceSymbols: (docs, query) => workspaceSymbols([...docs].map((d) => ({ uri: d.uri, model: entry(d).model })), query),
    getDefinition: (doc, position) => definitions(nav(doc), offset(doc, position)),
    getReferences: (doc, position, includeDeclaration) => references(nav(doc), offset(doc, position), includeDeclaration),
    getHover: (doc, position) => hover(nav(doc), offset(doc, position), settings.locale),
    getDocumentHighlights: (doc, position) => documentHighlights(nav(doc), offset(doc, position)),
    getDocumentLinks: (doc) => documentLinks(nav(doc)),
    getCompletions: (doc, position) => completions(modelOf(doc), offset(doc, position)),
    getInlayHints: (doc, range) => {
      const model = modelOf(doc);
      return inlayHints(model, model.text.offsetAt(range.start), model.text.offsetAt(range.end));
    },
    prepareRename: (doc, position) => prepareRename(modelOf(doc), offset(doc, position)) ?? null,
    rename: (doc, position, newName) => rename(modelOf(doc), doc.uri, offset(doc, position), newName, settings.locale),
    getReferencesReport: (doc) => referencesReport(modelOf(doc)),
    convert(doc, conversion, range) {
      const e = entry(doc);
      const code = e.markdown ? e.markdown.code.map((c) => ({ start: c.start, end: c.end })) : [];
      const start = range ? e.model.text.offsetAt(range.start) : 0;
      const end = range ? e.model.text.offsetAt(range.end) : e.text.length;
      // The source text is converted; the model (of Markdown with its syntax blanked) says where
      // the markers and document numbers are, at the same offsets.
      return convertDocument(e.model, { ...conversion, protectedWords: conversion.protectedWords ?? settings.protectedWords, extraProtected: code }, start, end, e.text);
    },
    getScript: (doc) => summarizeScript(entry(doc).text),
    getStructure: (doc) => structure(modelOf(doc), diagnostics(doc), options.workspace, modelOf, doc.uri),
    configure(next) {
      const key = JSON.stringify(next);
      if (key === settingsKey) return;
      settings = next;
      settingsKey = key;
    },
    forget: (uri) => void cache.delete(uri),
    settings: () => settings,
  };
}
