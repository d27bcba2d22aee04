/**
 * A deterministic generator of a large, well-formed 实施方案: parts 一、 with （一） sections,
 * 1. items, （1） subitems, an inline list 一是…二是… after an announced count, dash items ——,
 * first-line indentation and lines hard-wrapped as in text taken from a PDF. The running text is
 * sentences reused from a real plan in the corpus.
 */
import { seededRandom } from '../server/src/service/testUtil';
import { formatChineseNumber } from '../server/src/service/text/chineseNumber';

const WRAP = 50;
const INDENT = '\u3000\u3000';

/** Fallback sentences, used only if the corpus plan cannot be read. */
const FALLBACK = [
  '加强与香港高校、科研机构和企业在工业机器人、高端装备、智能检测等领域合作。',
  '推动营造优质创新创业生态，携手打造离岸“再工业化”的新空间新模式。',
  '发挥香港科技优势和合作区制造业优势，促进穗港创新链产业链互补。',
  '共建高水平研发平台、科技成果转移转化平台和公共服务平台。',
  '加速汇聚国际高端创新资源，共同推进智能制造等领域关键核心技术攻关。',
  '加快规则制度开放步伐，破解产业发展空间瓶颈，集聚高质量发展要素。',
  '重点推进城区更新改造，建设完善5G应用、智能医疗、智能交通等配套设施。',
  '拓展穗港教育、医疗、文化、旅游等领域合作，为港澳青年和高端人才创新创业创造更加便利条件。',
];

const FALLBACK_HEADINGS = ['协同推进制造业智能化转型', '打造智能制造合作新空间', '强化科技创新支撑', '完善公共服务配套', '深化规则衔接'];

/** Chinese numerals, as the service writes them (一, 十, 十一, 一百零五). */
export const chineseNumeral = formatChineseNumber;

const rng = seededRandom;

const MARKER_START_RE = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9０-９]+[）)]|[0-9０-９]+[.．、]|第[一二三四五六七八九十百零〇]+[条章节款项]|——|[①-⑳])/;
/** Sentences that would add structure of their own (counts, inline lists, references, dates). */
const STRUCTURE_RE = /[：:]|(?:^|[。；，、“）])[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十百]+[条步款项章]|〔|[0-9]{4}年[0-9]{1,2}月|[①-⑳]|——/;

function balanced(s: string): boolean {
  const pairs: [string, string][] = [['“', '”'], ['（', '）'], ['《', '》'], ['(', ')'], ['「', '」'], ['【', '】'], ['‘', '’']];
  for (const [open, close] of pairs) if (s.split(open).length !== s.split(close).length) return false;
  return true;
}

export interface SentencePool {
  sentences: string[];
  /** Short phrases for headings (the first clause of a sentence). */
  headings: string[];
}

/** Sentences of a real document: paragraphs joined across wrapped lines, markers stripped, split at 。 */
export function sentencePool(source: string | undefined): SentencePool {
  const sentences: string[] = [];
  const headings: string[] = [];
  if (source) {
    const paragraphs = source.split(/\r?\n[ \t\u3000]*\r?\n/).map((p) => p.split(/\r?\n/).map((l) => l.trim()).join(''));
    const seen = new Set<string>();
    for (let p of paragraphs) {
      p = p.replace(MARKER_START_RE, '');
      for (const raw of p.split('。')) {
        const s = raw.trim().replace(MARKER_START_RE, '').replace(/[ \u3000]+/g, '');
        if (s.length < 12 || s.length > 110 || seen.has(s)) continue;
        if (STRUCTURE_RE.test(s) || MARKER_START_RE.test(s) || !balanced(s) || /[!?！？]/.test(s)) continue;
        seen.add(s);
        sentences.push(s + '。');
        const clause = s.split(/[，,；]/)[0];
        if (clause.length >= 6 && clause.length <= 16 && balanced(clause) && !/[0-9]/.test(clause)) headings.push(clause);
      }
    }
  }
  return {
    sentences: sentences.length >= 20 ? sentences : FALLBACK,
    headings: headings.length >= 10 ? headings : FALLBACK_HEADINGS,
  };
}

export interface GeneratedPlan {
  text: string;
  parts: number;
  sections: number;
  items: number;
  subitems: number;
  inlineLists: number;
  dashItems: number;
}

const STARTS_STRUCTURE_RE = /^(?:[0-9０-９（(第一二三四五六七八九十—①-⑳]|附)/;

/** Hard-wraps a paragraph at WRAP characters, never leaving a continuation line that could read as a marker. */
function wrap(paragraph: string, out: string[]): void {
  let rest = INDENT + paragraph;
  while (rest.length > WRAP) {
    let cut = WRAP;
    while (cut < rest.length && cut < WRAP + 8 && STARTS_STRUCTURE_RE.test(rest.slice(cut))) cut++;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) out.push(rest);
}

/**
 * Generates a plan of at least `targetChars` UTF-16 code units (it stops after the part that
 * reaches the target, so it overshoots by less than one part).
 */
export function generatePlan(source: string | undefined, targetChars = 1_000_000, seed = 20210202): GeneratedPlan {
  const random = rng(seed);
  const pool = sentencePool(source);
  const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const sentences = (lo: number, hi: number): string => {
    let s = '';
    for (let i = between(lo, hi); i > 0; i--) s += pick(pool.sentences);
    return s;
  };
  /** A sentence with its final 。 dropped, for 一是……；二是…… */
  const clause = (): string => pick(pool.sentences).slice(0, -1);

  const lines: string[] = [];
  let length = 0;
  const paragraph = (text: string): void => {
    const start = lines.length;
    wrap(text, lines);
    lines.push('');
    for (let i = start; i < lines.length; i++) length += lines[i].length + 1;
  };
  const headingLine = (text: string): void => {
    lines.push(INDENT + text, '');
    length += INDENT.length + text.length + 2;
  };

  const stats: GeneratedPlan = { text: '', parts: 0, sections: 0, items: 0, subitems: 0, inlineLists: 0, dashItems: 0 };
  lines.push('广州穗港智造合作区建设实施方案（基准测试生成稿）', '');
  length = lines[0].length + 2;
  paragraph(sentences(2, 3).slice(0, -1) + '，制定本方案。');

  while (length < targetChars && stats.parts < 99) {
    const part = ++stats.parts;
    headingLine(`${chineseNumeral(part)}、${pick(pool.headings)}`);
    const sectionCount = between(5, 9);
    for (let s = 1; s <= sectionCount; s++) {
      stats.sections++;
      headingLine(`（${chineseNumeral(s)}）${pick(pool.headings)}。`);
      const shape = random();
      if (shape < 0.25) {
        // An announced count followed by an inline list in the same paragraph.
        const n = between(2, 5);
        let text = `${clause()}，重点抓好以下${chineseNumeral(n)}个方面：`;
        for (let k = 1; k <= n; k++) text += `${chineseNumeral(k)}是${clause()}${k < n ? '；' : '。'}`;
        paragraph(text);
        stats.inlineLists++;
      } else if (shape < 0.4) {
        // An announced count followed by dash items, one paragraph each.
        const n = between(2, 4);
        paragraph(`${clause()}，主要包括${chineseNumeral(n)}个部分：`);
        for (let k = 1; k <= n; k++) paragraph(`——${pick(pool.headings)}。${sentences(1, 3)}`);
        stats.dashItems += n;
      } else {
        paragraph(sentences(2, 5));
      }
      if (shape >= 0.25 && shape < 0.4) continue;
      const itemCount = between(3, 8);
      for (let i = 1; i <= itemCount; i++) {
        stats.items++;
        paragraph(`${i}.${pick(pool.headings)}。${sentences(2, 5)}`);
        if (random() < 0.5) {
          const subCount = between(2, 5);
          for (let k = 1; k <= subCount; k++) {
            stats.subitems++;
            paragraph(`（${k}）${sentences(1, 2)}`);
          }
        }
      }
    }
  }
  stats.text = lines.join('\n');
  return stats;
}

export interface GeneratedRegulation {
  text: string;
  articles: number;
  references: number;
  terms: number;
}

/**
 * A regulation of `articles` articles in chapters of 20, each with one to three paragraphs and
 * sometimes an item list, holding `references` cross-references in all the forms drafters use:
 * 本办法第N条, 第N条第M款, 第N条第（K）项, 前款, 本条, 前条, ranges, lists, and references to other laws.
 */
export function generateRegulation(articles = 1000, references = 5000, seed = 20231211): GeneratedRegulation {
  const random = rng(seed);
  const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const cn = chineseNumeral;
  const paragraphs: number[] = [];
  const items: number[] = [];
  for (let a = 1; a <= articles; a++) {
    paragraphs.push(between(1, 3));
    items.push(random() < 0.3 ? between(2, 5) : 0);
  }
  const perArticle = Math.ceil(references / articles);
  let written = 0;
  const reference = (self: number): string => {
    const a = between(1, articles);
    switch (between(0, 9)) {
      case 0:
        return `本办法第${cn(a)}条`;
      case 1:
        return `第${cn(a)}条第${cn(between(1, paragraphs[a - 1]))}款`;
      case 2:
        return items[a - 1] > 0 ? `第${cn(a)}条第（${cn(between(1, items[a - 1]))}）项` : `第${cn(a)}条`;
      case 3:
        return self > 1 ? '前条' : '本条';
      case 4:
        return `第${cn(a)}条至第${cn(Math.min(articles, a + between(1, 3)))}条`;
      case 5:
        return `第${cn(a)}条、第${cn(between(1, articles))}条和第${cn(between(1, articles))}条`;
      case 6:
        return `《中华人民共和国行政许可法》第${cn(between(1, 83))}条`;
      case 7:
        return `专利法第${cn(between(1, 82))}条`;
      case 8:
        return '本条';
      default:
        return `第${cn(a)}条第一款、第二款`;
    }
  };
  const lines: string[] = ['某某管理办法（基准测试生成稿）', ''];
  lines.push('第一章 总则', '');
  let terms = 0;
  for (let a = 1; a <= articles; a++) {
    if (a > 1 && (a - 1) % 20 === 0) lines.push(`第${cn((a - 1) / 20 + 1)}章 第${cn((a - 1) / 20 + 1)}部分规定`, '');
    for (let p = 1; p <= paragraphs[a - 1]; p++) {
      let text = p === 1 ? `第${cn(a)}条 ` : '';
      if (a === 1 && p === 1) {
        text += '为了规范管理，根据《中华人民共和国专利法》（以下简称专利法）和有关规定，设立某某管理服务中心（以下简称服务中心），制定本办法。';
        terms += 2;
      } else {
        const refs: string[] = [];
        for (let k = 0; k < perArticle && written < references; k++) {
          refs.push(reference(a));
          written++;
        }
        text += `服务中心依照${refs.join('规定，并参照')}规定办理有关事项${p > 1 ? '，前款规定的期限另行规定' : ''}。`;
        if (p > 1) written++;
      }
      if (p === 1 && items[a - 1] > 0) text = text.replace(/。$/, '，包括下列事项：');
      lines.push(text, '');
      if (p === 1) for (let i = 1; i <= items[a - 1]; i++) lines.push(`（${cn(i)}）第${cn(i)}类事项${i < items[a - 1] ? '；' : '。'}`, '');
    }
  }
  return { text: lines.join('\n'), articles, references: written, terms };
}
