/**
 * Inline comments that silence rules where the drafter means it, as a line of its own in plain
 * text or as an HTML comment in Markdown:
 *
 *   gongwen-disable-next-line numbering/gap
 *   gongwen-disable punct/unbalanced, numbering/marker-format
 *   …
 *   gongwen-enable
 *
 * Without rule codes a comment applies to every rule.
 */
import type { TextModel } from '../text/textModel';

const DIRECTIVE_RE = /^[ \t\u3000]*(?:<!--[ \t]*)?gongwen-(disable-next-line|disable|enable)(?:[ \t]+([a-z/\-, \t]*?))?[ \t]*(?:-->)?[ \t]*$/;

export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Empty: every rule. */
  codes: string[];
}

const ANY_DIRECTIVE_RE = /^[ \t\u3000]*(?:<!--[ \t]*)?gongwen-[a-z-]+(?:[ \t]+[a-z/\-, \t]*)?[ \t]*(?:-->)?[ \t]*$/;

/** A line that is only a Gongwen comment (disable, enable, convert-off, script …): no text of the document. */
export function isDirectiveLine(line: string): boolean {
  return line.includes('gongwen-') && ANY_DIRECTIVE_RE.test(line);
}

/** The document's own script, when a `gongwen-script traditional` line says so. */
export function scriptDirective(text: string): 'simplified' | 'traditional' | undefined {
  if (!text.includes('gongwen-script')) return undefined;
  const m = /^[ \t\u3000]*(?:<!--[ \t]*)?gongwen-script[ \t]+(simplified|traditional)\b/m.exec(text);
  return m ? (m[1] as 'simplified' | 'traditional') : undefined;
}

/** The directive a line holds, if it is one. */
export function directiveOf(line: string): Directive | undefined {
  if (!line.includes('gongwen-')) return undefined;
  const m = DIRECTIVE_RE.exec(line);
  if (!m) return undefined;
  const codes = (m[2] ?? '').split(/[,\s]+/).filter(Boolean);
  return { kind: m[1] as Directive['kind'], codes };
}

/** Answers whether a rule is silenced on a line. */
export type Suppressed = (line: number, code: string) => boolean;

export function findSuppressions(text: TextModel): Suppressed {
  const nextLine = new Map<number, string[]>();
  /** Ranges [from, to) of lines where a set of codes is off. */
  const blocks: Array<{ from: number; to: number; codes: string[] }> = [];
  const open: Array<{ from: number; codes: string[] }> = [];
  if (!text.text.includes('gongwen-')) return () => false;
  for (let i = 0; i < text.lineCount; i++) {
    const d = directiveOf(text.text.slice(text.lineStart(i), text.lineEnd(i)));
    if (!d) continue;
    if (d.kind === 'disable-next-line') {
      let next = i + 1;
      // The next line with text: a comment may stand above a blank line in Markdown.
      while (next < text.lineCount && text.lineStart(next) === text.lineEnd(next)) next++;
      nextLine.set(next, d.codes);
    } else if (d.kind === 'disable') {
      open.push({ from: i, codes: d.codes });
    } else {
      // gongwen-enable closes the blocks it names (all of them without codes).
      for (let k = open.length - 1; k >= 0; k--) {
        const o = open[k];
        if (d.codes.length === 0 || o.codes.length === 0 || o.codes.some((c) => d.codes.includes(c))) {
          blocks.push({ from: o.from, to: i, codes: o.codes });
          open.splice(k, 1);
        }
      }
    }
  }
  for (const o of open) blocks.push({ from: o.from, to: text.lineCount, codes: o.codes });
  const applies = (codes: string[], code: string) => codes.length === 0 || codes.includes(code);
  return (line, code) => {
    const n = nextLine.get(line);
    if (n && applies(n, code)) return true;
    return blocks.some((b) => line >= b.from && line < b.to && applies(b.codes, code));
  };
}
