/**
 * The Gongwen language service: parse → document model → rules and features, over plain text.
 * It knows nothing of editors, connections or processes; the language server and the CLI are
 * thin adapters over it.
 */
import { computeDiagnostics } from './features/diagnostics';
import { foldingRanges } from './features/folding';
import { documentSymbols, outlineTree, type OutlineNode } from './features/outline';
import { isPolicyDocument, summarize, type DocumentSummary } from './features/summary';
import { workspaceSymbols } from './features/workspaceSymbols';
import type { DocumentModel } from './model/document';
import { parseDocument, type ParseOptions } from './parse/parser';
import { DEFAULT_SETTINGS, type GongwenSettings } from './settings';
import { TextModel } from './text/textModel';
import type { Diagnostic, DocumentSymbol, FoldingRange, SymbolInformation } from './types';

export * from './types';
export type { DocumentModel } from './model/document';
export type { OutlineNode } from './features/outline';
export type { DocumentSummary } from './features/summary';
export { DEFAULT_SETTINGS, readSettings, type GongwenSettings } from './settings';
export { RULES } from './rules/registry';

/** A document as the service sees it: the shape of an LSP `TextDocument`. */
export interface GongwenDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

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
  /** Settings for later calls; documents are checked again under new settings. */
  configure(settings: GongwenSettings): void;
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
}

export interface LanguageServiceOptions {
  settings?: GongwenSettings;
  /** Parse options a front end adds (the Markdown front end marks code blocks). */
  parseOptions?: (doc: GongwenDocument) => Omit<ParseOptions, 'numbering'> | undefined;
}

interface CacheEntry {
  version: number;
  text: string;
  settingsKey: string;
  model: DocumentModel;
  diagnostics?: Diagnostic[];
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  let settings = options.settings ?? DEFAULT_SETTINGS;
  let settingsKey = JSON.stringify(settings);
  const cache = new Map<string, CacheEntry>();

  const entry = (doc: GongwenDocument): CacheEntry => {
    const text = doc.getText();
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.text === text && hit.settingsKey === settingsKey) return hit;
    const model = parseDocument(new TextModel(text), { ...options.parseOptions?.(doc), numbering: settings.numbering });
    const fresh: CacheEntry = { version: doc.version, text, settingsKey, model };
    cache.set(doc.uri, fresh);
    return fresh;
  };

  const diagnostics = (doc: GongwenDocument): Diagnostic[] => {
    const e = entry(doc);
    e.diagnostics ??= computeDiagnostics(e.model, doc.uri, settings);
    return e.diagnostics;
  };

  return {
    getModel: (doc) => entry(doc).model,
    getDiagnostics: diagnostics,
    getDocumentSymbols: (doc) => documentSymbols(entry(doc).model),
    getFoldingRanges: (doc) => foldingRanges(entry(doc).model),
    getOutline: (doc) => outlineTree(entry(doc).model),
    getSummary: (doc) => summarize(entry(doc).model, diagnostics(doc)),
    isPolicyDocument: (doc) => isPolicyDocument(entry(doc).model),
    getWorkspaceSymbols: (docs, query) => workspaceSymbols([...docs].map((d) => ({ uri: d.uri, model: entry(d).model })), query),
    configure(next) {
      const key = JSON.stringify(next);
      if (key === settingsKey) return;
      settings = next;
      settingsKey = key;
    },
    forget: (uri) => void cache.delete(uri),
  };
}
