/**
 * The elements around a document's body (GB/T 9704—2012 7.2, 7.3.5): 发文字号, 成文日期,
 * 主送机关, 署名, 标题 and the 附件说明 with its own numbered list.
 */
import type { AttachmentNote, DateLine, DocNumber, PreambleLine, SequenceItem, SourceLine } from '../model/document';
import { parseArabic } from '../text/chineseNumber';

/** 粤大湾区〔2021〕2号, and its wrong forms: [2021], (2021), 〔21〕, 第2号, 02号. A whole line. */
const DOCNO_RE =
  /^([\u4e00-\u9fff]{1,16}?)[ \u3000]*([〔［\[【(（<＜])[ \u3000]*([0-9０-９]{2,4})[ \u3000]*([〕］\]】)）>＞])[ \u3000]*(第?)[ \u3000]*([0-9０-９]{1,5})[ \u3000]*号$/;

/** 2021年2月2日, 二〇二一年二月二日, 2021年02月02日. A whole line. */
const DATE_RE =
  /^([0-9０-９]{2,4}|[〇○零Ｏ一二三四五六七八九]{2,4})[ \u3000]*年[ \u3000]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*月[ \u3000]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*日$/;

/** 附件：1.…… or 附件：…… (a single attachment). */
const ATTACHMENT_RE = /^附[ \u3000]*件[ \u3000]*[：:]/;
const ATTACHMENT_ITEM_RE = /^([0-9０-９]{1,2})[.．、]/;

const TITLE_END_RE = /(通知|意见|方案|办法|辦法|规定|規定|条例|條例|细则|細則|规则|規則|决定|決定|纲要|綱要|规划|規劃|报告|報告|情况|情況|批复|批覆|函|法|计划|計劃|措施|通告|公告|要点|要點)$/;

export function matchDocNumber(line: SourceLine): DocNumber | undefined {
  const m = DOCNO_RE.exec(line.content);
  if (!m) return undefined;
  return {
    start: line.contentStart,
    end: line.contentEnd,
    text: line.content,
    agency: m[1],
    open: m[2],
    year: m[3],
    close: m[4],
    hasDi: m[5] === '第',
    serial: m[6],
  };
}

export function matchDate(line: SourceLine): DateLine | undefined {
  const m = DATE_RE.exec(line.content);
  if (!m) return undefined;
  return { start: line.contentStart, end: line.contentEnd, text: line.content, year: m[1], month: m[2], day: m[3] };
}

/**
 * Finds attachment notes. Returns them and marks the lines they take, which the structure
 * parser then leaves alone (附件：1.… 2.… is not part of the body's numbering).
 */
export function findAttachmentNotes(lines: readonly SourceLine[], taken: Uint8Array): AttachmentNote[] {
  const notes: AttachmentNote[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) continue;
    const m = ATTACHMENT_RE.exec(line.content);
    if (!m) continue;
    const items: SequenceItem[] = [];
    const addItem = (l: SourceLine, from: number): boolean => {
      const im = ATTACHMENT_ITEM_RE.exec(l.content.slice(from));
      if (!im) return false;
      const n = parseArabic(im[1]);
      if (n === undefined) return false;
      const start = l.contentStart + from;
      items.push({ number: n, start, end: start + im[0].length, text: im[0] });
      return true;
    };
    let rest = m[0].length;
    while (rest < line.content.length && /[ \u3000]/.test(line.content.charAt(rest))) rest++;
    addItem(line, rest);
    taken[i] = 1;
    let end = line.contentEnd;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j];
      if (next.blank || !addItem(next, 0)) break;
      taken[j] = 1;
      end = next.contentEnd;
    }
    notes.push({ start: line.contentStart, end, items });
    i = j - 1;
  }
  return notes;
}

/** A line that reads as a document title: short, no sentence punctuation, ends with 通知/方案/…. */
export function looksLikeTitle(content: string): boolean {
  return content.length <= 60 && !/[。，；！？,;!?]/.test(content) && TITLE_END_RE.test(content.replace(/[》」”]+$/, ''));
}

export function preambleLine(line: SourceLine): PreambleLine {
  return { start: line.contentStart, end: line.contentEnd, text: line.content };
}
