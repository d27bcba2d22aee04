/**
 * Protocol-shaped value types used by the language service.
 *
 * They are structurally identical to the Language Server Protocol's types (positions are
 * zero-based lines and UTF-16 code-unit columns), so the server passes them through untouched,
 * but the service itself depends on no protocol or editor package.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Location {
  uri: string;
  range: Range;
}

export const DiagnosticSeverity = {
  Error: 1,
  Warning: 2,
  Information: 3,
  Hint: 4,
} as const;
export type DiagnosticSeverity = (typeof DiagnosticSeverity)[keyof typeof DiagnosticSeverity];

export interface DiagnosticRelatedInformation {
  location: Location;
  message: string;
}

export interface Diagnostic {
  range: Range;
  severity: DiagnosticSeverity;
  code: string;
  source: string;
  message: string;
  relatedInformation?: DiagnosticRelatedInformation[];
  /** Data a quick fix needs, when the fix is obvious. */
  data?: DiagnosticData;
}

/** What a quick fix for a diagnostic does: replace `range` with `newText`. */
export interface DiagnosticData {
  fix?: { title: string; range: Range; newText: string };
  /** convert/review: the other ways the character converts. */
  alternatives?: string[];
}

/** LSP `SymbolKind` values used by the outline. */
export const SymbolKind = {
  File: 1,
  Module: 2,
  Namespace: 3,
  Package: 4,
  Class: 5,
  Method: 6,
  Property: 7,
  Field: 8,
  Enum: 10,
  Interface: 11,
  Function: 12,
  Variable: 13,
  Constant: 14,
  String: 15,
  Number: 16,
  Key: 20,
  EnumMember: 22,
  Struct: 23,
  Event: 24,
} as const;
export type SymbolKind = (typeof SymbolKind)[keyof typeof SymbolKind];

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

export interface SymbolInformation {
  name: string;
  kind: SymbolKind;
  location: Location;
  containerName?: string;
}

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: string;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface WorkspaceEdit {
  changes: Record<string, TextEdit[]>;
}

export interface MarkupContent {
  kind: 'markdown' | 'plaintext';
  value: string;
}

export interface Hover {
  contents: MarkupContent;
  range?: Range;
}

export const DocumentHighlightKind = { Text: 1, Read: 2, Write: 3 } as const;
export type DocumentHighlightKind = (typeof DocumentHighlightKind)[keyof typeof DocumentHighlightKind];

export interface DocumentHighlight {
  range: Range;
  kind?: DocumentHighlightKind;
}

export interface DocumentLink {
  range: Range;
  target?: string;
  tooltip?: string;
}

export const CompletionItemKind = { Text: 1, Reference: 18, Module: 9, Field: 5, Struct: 22, EnumMember: 20 } as const;
export type CompletionItemKind = (typeof CompletionItemKind)[keyof typeof CompletionItemKind];

export interface CompletionItem {
  label: string;
  kind?: CompletionItemKind;
  detail?: string;
  documentation?: MarkupContent;
  sortText?: string;
  filterText?: string;
  textEdit?: TextEdit;
}

export interface InlayHint {
  position: Position;
  label: string;
  paddingLeft?: boolean;
  tooltip?: string;
}
