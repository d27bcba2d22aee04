/**
 * Defined abbreviations: （下称合作区）, （以下简称《规划纲要》）, （简称X）, （以下简称“X”）, （以下称X）, and the
 * Traditional forms. The full name is taken from the words just before the bracket: a 《title》, or
 * the longest run of words back to punctuation or to a verb or preposition (加快推动广州穗港智造合作区
 * defines 合作区 = 广州穗港智造合作区); a parenthesis right before the bracket belongs to the name
 * (海牙协定（1999年文本）（以下简称海牙协定）).
 */
import type { Paragraph } from '../model/document';
import type { ParagraphText } from './paragraphText';

export interface TermDefinition {
  /** The abbreviation as it is used: 合作区, 《规划纲要》. */
  readonly name: string;
  /** The full name: 广州穗港智造合作区, 《粤港澳大湾区发展规划纲要》. */
  readonly fullName: string;
  /** The whole bracket （下称合作区）. */
  readonly start: number;
  readonly end: number;
  /** The name inside the bracket. */
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly fullNameStart: number;
  readonly fullNameEnd: number;
  readonly paragraph: Paragraph;
}

const DEFINITION_RE =
  /[（(](?:以下|下文|下)?(?:简称|簡稱|称|稱)(?:为|為)?[:：]?([“"《「]?)([^（）()“”"《》「」，,。；;、]{1,30}?)([”"》」]?)[）)]/g;

/** Words a name does not run back across: verbs and prepositions that govern it. */
const STOP_WORDS = [
  '加快推动', '组成', '組成', '适用于', '適用於', '用于', '用於', '属于', '屬於', '是指', '包括', '缴纳', '繳納', '推动', '推进', '加快', '设立', '成立', '组建', '制定', '印发', '实施', '贯彻', '落实', '根据', '依据', '按照', '依照',
  '支持', '鼓励', '开展', '深化', '发挥', '构建', '打造', '会同', '通过', '参加', '享受', '提交', '选择', '指定', '加入', '建立',
  '推動', '推進', '設立', '製定', '制訂', '實施', '貫徹', '落實', '根據', '依據', '按照', '依照', '支援', '參加', '提交',
  '关于', '關於', '与', '與', '由', '将', '將', '把', '为', '為', '向', '从', '從', '同', '对', '對', '在', '以',
];

const NAME_STOP = /[。，、；：！？,;:!?“”‘’「」『』\s]/;
const MAX_NAME = 40;

export function findTermDefinitions(pt: ParagraphText, paragraph: Paragraph, out: TermDefinition[]): void {
  const text = pt.text;
  if (text.indexOf('称') < 0 && text.indexOf('稱') < 0) return;
  DEFINITION_RE.lastIndex = 0;
  for (let m = DEFINITION_RE.exec(text); m; m = DEFINITION_RE.exec(text)) {
    const open = m[1];
    const close = m[3];
    const bookTitle = open === '《' && close === '》';
    if (open && !close) continue;
    const name = bookTitle ? `《${m[2]}》` : m[2];
    const nameIndex = m.index + m[0].indexOf(m[2]) - (bookTitle ? 1 : 0);
    const full = fullNameBefore(text, m.index, m[2].length);
    if (!full) continue;
    out.push({
      name,
      fullName: full.text,
      start: pt.offsetAt(m.index),
      end: pt.offsetAt(m.index + m[0].length - 1) + 1,
      nameStart: pt.offsetAt(nameIndex),
      nameEnd: pt.offsetAt(nameIndex + name.length - 1) + 1,
      fullNameStart: pt.offsetAt(full.start),
      fullNameEnd: pt.offsetAt(full.start + full.text.length - 1) + 1,
      paragraph,
    });
  }
}

function fullNameBefore(text: string, bracket: number, abbreviationLength: number): { text: string; start: number } | undefined {
  const end = bracket;
  let s = end;
  // A parenthesis just before the bracket is part of the name: 海牙协定（1999年文本）.
  if (text.charAt(s - 1) === '）' || text.charAt(s - 1) === ')') {
    const open = Math.max(text.lastIndexOf('（', s - 1), text.lastIndexOf('(', s - 1));
    if (open > 0) s = open;
  }
  if (text.charAt(s - 1) === '》') {
    const open = text.lastIndexOf('《', s - 1);
    if (open < 0) return undefined;
    return { text: text.slice(open, end), start: open };
  }
  while (s > 0 && end - s < MAX_NAME && !NAME_STOP.test(text.charAt(s - 1)) && text.charAt(s - 1) !== '）' && text.charAt(s - 1) !== '》') s--;
  let name = text.slice(s, end);
  // Cut at the last verb or preposition that governs the name, keeping a name at least as long
  // as the abbreviation (享受退休待遇的人员 for 退休人员, not 人员).
  const minLength = Math.max(2, abbreviationLength);
  let cut = 0;
  for (const word of STOP_WORDS) {
    for (let at = name.lastIndexOf(word); at >= 0; at = at > 0 ? name.lastIndexOf(word, at - 1) : -1) {
      if (name.length - (at + word.length) >= minLength) {
        cut = Math.max(cut, at + word.length);
        break;
      }
    }
  }
  name = name.slice(cut);
  s += cut;
  if (name.length < 2) return undefined;
  return { text: name, start: s };
}
