/**
 * Finding cross-references in running text: 本方案第二部分第（三）项, 本办法第十二条, 第十二条第一款第（三）项,
 * 第十条之一, 本条第二款, 前款, 前两款, 前条, 本章第三节, ranges (第五条至第八条) and lists (第三条、第五条和第七条,
 * 第二十三条第一款、第二款), in Simplified and Traditional script, and the Taiwan forms (第 1-1 條, 前項).
 *
 * A reference is a chain of components. What each component names (款 is a paragraph in mainland
 * law and an item in Taiwan law) is decided when it is resolved, not here.
 */
import type { Paragraph } from '../model/document';
import { CHINESE_NUMERAL_CHARS, parseArabic, parseChineseNumber } from '../text/chineseNumber';
import type { ParagraphText } from './paragraphText';

/** The word a component ends with. */
export type UnitWord = '部分' | '编' | '章' | '节' | '条' | '款' | '项' | '目' | '点';

export interface RefComponent {
  readonly unit: UnitWord;
  /** Absent for relative components (本条, 前款). */
  readonly number?: number;
  readonly sub?: number;
  /** 第（三）项: the number in brackets, as plan items are written. */
  readonly parens: boolean;
  /** Written with an Arabic number (第5项, 第 12 條). */
  readonly arabic: boolean;
  /** 本条 → 'this'; 前款 → 'previous' (with `count` for 前两款). */
  readonly relative?: 'this' | 'previous';
  readonly count?: number;
  readonly start: number;
  readonly end: number;
}

export type RefScope =
  /** 本办法第十二条 */
  | { kind: 'this'; word: string }
  /** 《中华人民共和国行政许可法》第十二条, 专利法第二十四条 */
  | { kind: 'external'; title?: string; name?: string; start: number; end: number }
  /** 第十二条 with nothing before it: this document. */
  | { kind: 'implicit' };

export interface Reference {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly scope: RefScope;
  readonly components: RefComponent[];
  /** Components taken from the reference before it in a list (第二十三条第一款、第二款 → 第二十三条). */
  readonly inherited: number;
  /** The reference that opens a range this one closes (第五条至第八条). */
  rangeStart?: Reference;
  readonly paragraph: Paragraph;
}

const N = `[${CHINESE_NUMERAL_CHARS}]`;
const UNIT_WORDS: Readonly<Record<string, UnitWord>> = {
  部分: '部分', 编: '编', 編: '编', 章: '章', 节: '节', 節: '节', 条: '条', 條: '条',
  款: '款', 项: '项', 項: '项', 目: '目', 点: '点', 點: '点',
};
/** The words that mean “this document”. 本条例 is a document, 本条 an article: longest first. */
const DOC_WORDS = [
  '实施细则', '實施細則', '实施方案', '實施方案', '条例', '條例', '办法', '辦法', '规定', '規定', '细则', '細則', '规则', '規則',
  '方案', '意见', '意見', '通知', '规划', '規劃', '决定', '決定', '纲要', '綱要', '法',
];

const COMPONENT = new RegExp(
  [
    // 第十二条之一, 第 1-1 條, 第三款, 第二部分
    `第[ \\u3000]?(${N}+|[0-9]+)(?:-([0-9]+))?[ \\u3000]?(部分|[编編章节節条條款项項目点點])(?:之(${N}+))?`,
    // 第（三）项, 第(十二)条
    `第[（(](${N}+|[0-9]+)[）)](项|項|条|條|点|點|款)`,
    // 本条, 本款, 本章第三节 (本条例 is excluded below)
    `本(部分|[编編章节節条條款项項])`,
    // 前款, 前两款, 前条, 前項
    `前([两兩二三四五六七八九]?)([款条條项項])`,
  ].join('|'),
  'y',
);

/** Words a document's short name does not run back across. */
const NAME_STOP_WORDS = [
  '依照', '依据', '根据', '按照', '参照', '适用', '適用', '违反', '違反', '规定', '規定', '符合', '具备', '具備', '超出', '提交', '认为', '認為',
  '是指', '条', '條', '款', '项', '項', '有', '是', '除',
  '依', '按', '照', '据', '據', '及', '和', '与', '與', '或', '的', '对', '對', '在', '由', '于', '於', '经', '經', '将', '并', '並',
];

const SEPARATOR = /^(?:、|，|和|及|以及|或者|或|与|與|至|到|、以及)$/;
const STOP_BEFORE_NAME = /[。，、；：！？,;:!?（）()“”‘’「」\s]|^$/;

function num(text: string): number | undefined {
  return /^[0-9]+$/.test(text) ? parseArabic(text) : parseChineseNumber(text);
}

/** What may follow 第 (a numeral, a digit, a space, a bracket), 本 and 前 in a component. */
const AFTER_DI = new Set([...CHINESE_NUMERAL_CHARS, ...'0123456789 \u3000（(']);
const AFTER_BEN = new Set([...'部编編章节節条條款项項']);
const AFTER_QIAN = new Set([...'两兩二三四五六七八九款条條项項']);

/** Reads one component at `i` (in paragraph text), or undefined. */
function readComponent(text: string, i: number, pt: ParagraphText): (RefComponent & { length: number }) | undefined {
  // Most 第, 本 and 前 in running text start no reference; look at the next character first.
  const first = text.charAt(i);
  const second = text.charAt(i + 1);
  if (first === '第' ? !AFTER_DI.has(second) : first === '本' ? !AFTER_BEN.has(second) : first === '前' ? !AFTER_QIAN.has(second) : true) return undefined;
  COMPONENT.lastIndex = i;
  const m = COMPONENT.exec(text);
  if (!m) return undefined;
  const length = m[0].length;
  const start = pt.offsetAt(i);
  const end = pt.offsetAt(i + length - 1) + 1;
  if (m[3] !== undefined) {
    const number = num(m[1]);
    const sub = m[2] !== undefined ? parseArabic(m[2]) : m[4] !== undefined ? parseChineseNumber(m[4]) : undefined;
    if (!number) return undefined;
    return { unit: UNIT_WORDS[m[3]], number, sub, parens: false, arabic: /[0-9]/.test(m[1]), start, end, length };
  }
  if (m[6] !== undefined) {
    const number = num(m[5]);
    if (!number) return undefined;
    return { unit: UNIT_WORDS[m[6]], number, parens: true, arabic: /[0-9]/.test(m[5]), start, end, length };
  }
  if (m[7] !== undefined) {
    // 本条例, 本条件: not 本条. 本章程: not 本章.
    const next = text.charAt(i + length);
    if ((m[7] === '条' || m[7] === '條') && /[例件目]/.test(next)) return undefined;
    if (m[7] === '章' && next === '程') return undefined;
    if ((m[7] === '款' || m[7] === '项' || m[7] === '項') && /[目额額]/.test(next)) return undefined;
    return { unit: UNIT_WORDS[m[7]], parens: false, arabic: false, relative: 'this', start, end, length };
  }
  const count = m[8] ? parseChineseNumber(m[8]) : 1;
  // 前项 in 前项规定 is a reference; 前条件 or 前款项 are words.
  const next = text.charAt(i + length);
  if ((m[9] === '条' || m[9] === '條') && /[件例]/.test(next)) return undefined;
  return { unit: UNIT_WORDS[m[9]], parens: false, arabic: false, relative: 'previous', count, start, end, length };
}

/** What stands just before a chain: 本办法, 《…》, a short name such as 专利法. */
/** The last characters of the document words (法, 例, 则 …), to skip most chains at once. */
const DOC_WORD_ENDS = new Set(DOC_WORDS.map((w) => w.charAt(w.length - 1)));

function scopeBefore(text: string, i: number, pt: ParagraphText): { scope: RefScope; from: number } {
  const before = text.charAt(i - 1);
  if (!DOC_WORD_ENDS.has(before) && before !== '》' && before !== '）' && before !== ')') return { scope: { kind: 'implicit' }, from: i };
  // 本办法第十二条
  for (const word of DOC_WORDS) {
    const w = '本' + word;
    if (text.startsWith(w, i - w.length)) return { scope: { kind: 'this', word: w }, from: i - w.length };
  }
  // 《中华人民共和国行政许可法》第十二条, 《……的通知》（穗府办规〔2020〕24号）第三十一条
  let t = i;
  if (text.charAt(t - 1) === '）' || text.charAt(t - 1) === ')') {
    const open = Math.max(text.lastIndexOf('（', t - 1), text.lastIndexOf('(', t - 1));
    if (open > 0 && text.charAt(open - 1) === '》') t = open;
  }
  if (text.charAt(t - 1) === '》') {
    const open = text.lastIndexOf('《', t - 1);
    if (open >= 0) {
      return {
        scope: { kind: 'external', title: text.slice(open + 1, t - 1), start: pt.offsetAt(open), end: pt.offsetAt(t - 1) + 1 },
        from: t === i ? open : i,
      };
    }
  }
  // 专利法第二十四条, 个人所得税法第四条: a name ending in a document word.
  for (const word of DOC_WORDS) {
    if (!text.startsWith(word, i - word.length)) continue;
    let s = i - word.length;
    while (s > 0 && s > i - 24 && !STOP_BEFORE_NAME.test(text.charAt(s - 1))) s--;
    let name = text.slice(s, i);
    // Cut after the last verb or preposition: 依照专利法 → 专利法, 第二款的规定不适用专利法 → 专利法.
    let cut = 0;
    for (const w of NAME_STOP_WORDS) {
      const at = name.lastIndexOf(w);
      if (at >= 0 && at + w.length > cut && name.length - (at + w.length) >= 2) cut = at + w.length;
    }
    name = name.slice(cut);
    if (name === word || name === '本' + word || name.length < 2) break;
    const start = i - name.length;
    if (/^(该|該|同|其他|有关|有關|相关|相關)/.test(name)) {
      return { scope: { kind: 'external', start: pt.offsetAt(start), end: pt.offsetAt(i - 1) + 1 }, from: start };
    }
    return { scope: { kind: 'external', name, start: pt.offsetAt(start), end: pt.offsetAt(i - 1) + 1 }, from: start };
  }
  return { scope: { kind: 'implicit' }, from: i };
}

const UNIT_RANK: Readonly<Record<UnitWord, number>> = { 部分: 0, 编: 0, 章: 1, 节: 2, 条: 3, 款: 4, 项: 5, 点: 5, 目: 6 };

const DI = 0x7b2c; // 第
const BEN = 0x672c; // 本
const QIAN = 0x524d; // 前

export function findReferences(pt: ParagraphText, paragraph: Paragraph, out: Reference[]): void {
  const text = pt.text;
  let previous: Reference | undefined;
  let previousEnd = -1;
  let i = 0;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch !== DI && ch !== BEN && ch !== QIAN) {
      i++;
      continue;
    }
    const components: RefComponent[] = [];
    let k = i;
    for (;;) {
      const c = readComponent(text, k, pt);
      // A relative component only opens a chain (本条第二款); it does not continue one.
      if (!c || (components.length > 0 && c.relative)) break;
      components.push(c);
      k += c.length;
      while (text.charAt(k) === ' ' || text.charAt(k) === '\u3000') k++;
    }
    if (components.length === 0) {
      i++;
      continue;
    }
    const { scope, from } = components[0].relative ? { scope: { kind: 'implicit' } as RefScope, from: i } : scopeBefore(text, i, pt);
    // A chain that continues a list or range takes the higher components of the one before it.
    const between = previous ? text.slice(previousEnd, from) : '';
    const continues = previous !== undefined && SEPARATOR.test(between);
    // 违反第二十七条第一项或未依第二项订定: a bare lower component a few words on in the same sentence
    // belongs to the same article, as drafters write it.
    const sameSentence =
      previous !== undefined && previous.components.some((c) => c.unit === '条') && between.length <= 15 && !/[。；;！？!?]/.test(between);
    let inherited: RefComponent[] = [];
    let refScope = scope;
    if ((continues || sameSentence) && previous && scope.kind === 'implicit' && !components[0].relative) {
      const firstRank = UNIT_RANK[components[0].unit];
      inherited = previous.components.filter((c) => UNIT_RANK[c.unit] < firstRank);
      refScope = previous.scope;
    }
    while (k > i && (text.charAt(k - 1) === ' ' || text.charAt(k - 1) === '\u3000')) k--;
    const ref: Reference = {
      start: pt.offsetAt(from),
      end: pt.offsetAt(k - 1) + 1,
      text: text.slice(from, k),
      scope: refScope,
      components: [...inherited, ...components],
      inherited: inherited.length,
      paragraph,
    };
    if (continues && previous && (between === '至' || between === '到')) ref.rangeStart = previous;
    out.push(ref);
    previous = ref;
    previousEnd = k;
    i = k;
  }
}
