import type { Paragraph, SourceLine } from '../model/document';
import type { TextModel } from '../text/textModel';

/**
 * A paragraph's text as one run of characters: line breaks and the indentation of wrapped lines
 * removed, so that a phrase broken across lines by PDF extraction (第十二\n条, 制\n造) reads whole.
 * `offsetAt(i)` maps an index in `text` back to the document offset.
 */
export interface ParagraphText {
  readonly text: string;
  /** Document offset of the character at `index`; `index === text.length` maps past the last one. */
  offsetAt(index: number): number;
}

export class ParagraphTexts {
  private readonly cache = new Map<number, ParagraphText>();

  constructor(
    private readonly model: TextModel,
    private readonly lines: readonly SourceLine[],
  ) {}

  get(p: Paragraph): ParagraphText {
    let pt = this.cache.get(p.index);
    if (!pt) {
      pt = build(this.model.text, this.lines, p);
      this.cache.set(p.index, pt);
    }
    return pt;
  }
}

function build(src: string, lines: readonly SourceLine[], p: Paragraph): ParagraphText {
  if (p.firstLine === p.lastLine) {
    const start = p.start;
    return { text: src.slice(p.start, p.end), offsetAt: (i) => start + i };
  }
  // Segments: [textIndex, docOffset] at the start of each line's content.
  const parts: string[] = [];
  const segText: number[] = [];
  const segDoc: number[] = [];
  let length = 0;
  for (let l = p.firstLine; l <= p.lastLine; l++) {
    const line = lines[l];
    if (line.blank) continue;
    segText.push(length);
    segDoc.push(line.contentStart);
    parts.push(line.content);
    length += line.content.length;
  }
  const end = p.end;
  return {
    text: parts.join(''),
    offsetAt(i: number): number {
      if (i >= length) return end;
      let lo = 0;
      let hi = segText.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segText[mid] <= i) lo = mid;
        else hi = mid - 1;
      }
      return segDoc[lo] + (i - segText[lo]);
    },
  };
}
