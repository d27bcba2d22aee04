import type { Position, Range } from '../types';

/** One line of a document, without its line terminator. Offsets are UTF-16 code units. */
export interface Line {
  /** Zero-based line number. */
  readonly index: number;
  readonly start: number;
  /** Offset just past the last character before the terminator. */
  readonly end: number;
  readonly text: string;
}

/**
 * A document's text with its line table. All offsets are indices into the JavaScript string,
 * which are UTF-16 code units, exactly what LSP positions count.
 */
export class TextModel {
  readonly lines: readonly Line[];

  constructor(readonly text: string) {
    const lines: Line[] = [];
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */ || c === 13 /* \r */) {
        lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
    }
    lines.push({ index: lines.length, start, end: n, text: text.slice(start, n) });
    this.lines = lines;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** The line holding `offset` (a terminator belongs to the line it ends). */
  lineAt(offset: number): Line {
    const lines = this.lines;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo];
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line: line.index, character: Math.min(clamped, line.end) - line.start };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lines.length) return this.text.length;
    const line = this.lines[position.line];
    return line.start + Math.max(0, Math.min(position.character, line.end - line.start));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
