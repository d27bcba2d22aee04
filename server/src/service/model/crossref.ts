/**
 * Cross-references and defined terms of a document, resolved against its clause tree.
 *
 * A reference is resolved relative to the clause it stands in: 本条 is that article, 前款 the
 * paragraph before this one, 第（三）项 the nearest （三） that the reference can see (under the same
 * part first), 第十二条 the twelfth article. What 款 and 项 name depends on the legal system: in
 * mainland law 款 is a paragraph of an article and 项 an item （一）; in Taiwan law 項 is the paragraph
 * and 款 the item 一、 (目 is then （一）).
 *
 * References to another document (《中华人民共和国行政许可法》第十二条, 专利法第二十四条) are kept
 * but not resolved against this one.
 */
import { findReferences, type RefComponent, type Reference } from '../parse/references';
import { findTermDefinitions, type TermDefinition } from '../parse/terms';
import { formatChineseNumber } from '../text/chineseNumber';
import type { Clause, DocumentModel, Paragraph } from './document';

/** What a reference points at: a clause, or one paragraph (款) of an article. */
export interface Target {
  readonly clause: Clause;
  /** The index of the paragraph in `clause.paragraphs` when the target is a paragraph (款). */
  readonly paragraphIndex?: number;
  readonly start: number;
  readonly end: number;
}

export type ReferenceProblem =
  | { kind: 'missing'; component: RefComponent; scope?: Target; nearest?: Target }
  | { kind: 'deleted'; target: Target }
  | { kind: 'self'; target: Target };

export interface ResolvedReference {
  readonly ref: Reference;
  /** Undefined for references to other documents, and when resolution fails. */
  readonly target?: Target;
  /** For ranges and 前两款: every target the reference covers. */
  readonly targets: readonly Target[];
  readonly external: boolean;
  readonly problem?: ReferenceProblem;
}

export interface Term {
  readonly definition: TermDefinition;
  /** Later definitions of the same abbreviation (term/redefined). */
  readonly redefinitions: TermDefinition[];
  /** Occurrences of the abbreviation outside its definition and outside the full name. */
  readonly uses: Array<{ start: number; end: number }>;
  /** Occurrences of the full name after the definition, outside titles in 《》. */
  readonly fullNameUses: Array<{ start: number; end: number }>;
  /** Uses in running text before the definition (headings are titles, not sentences). */
  readonly beforeDefinition: Array<{ start: number; end: number }>;
}

export interface CrossReferences {
  readonly references: readonly ResolvedReference[];
  readonly terms: readonly Term[];
  /** Mainland usage (款 = paragraph, 项 = item) or Taiwan usage (項 = paragraph, 款 = item). */
  readonly legalSystem: 'mainland' | 'taiwan';
}

const cache = new WeakMap<DocumentModel, CrossReferences>();

export function crossReferences(model: DocumentModel): CrossReferences {
  let result = cache.get(model);
  if (!result) {
    result = analyze(model);
    cache.set(model, result);
  }
  return result;
}

function analyze(model: DocumentModel): CrossReferences {
  const refs: Reference[] = [];
  const definitions: TermDefinition[] = [];
  const markerStarts = new Set<number>();
  for (const c of model.allClauses) if (c.marker) markerStarts.add(c.marker.start);
  for (const p of model.paragraphs) {
    const hasReference = model.has(p, 'reference');
    const hasDefinition = model.has(p, 'definition');
    if (!hasReference && !hasDefinition) continue;
    const pt = model.paragraphText(p);
    const before = refs.length;
    if (hasReference) findReferences(pt, p, refs);
    // A heading's own marker (第十二条 at the start of its line) is not a reference to itself.
    for (let i = before; i < refs.length; i++) {
      if (markerStarts.has(refs[i].start)) refs.splice(i--, 1);
    }
    if (hasDefinition) findTermDefinitions(pt, p, definitions);
  }
  const legalSystem = model.allClauses.some((c) => c.kind === 'article' && c.marker?.script === 'traditional') ? 'taiwan' : 'mainland';
  const terms = buildTerms(model, definitions);
  // 申请不符合专利法第二十二条: where the text defines 专利法, that is the name.
  for (let i = 0; i < refs.length; i++) {
    const scope = refs[i].scope;
    if (scope.kind !== 'external' || !scope.name) continue;
    const name = scope.name;
    const term = terms.find((t) => name.endsWith(t.definition.name) && name !== t.definition.name);
    if (!term) continue;
    const cut = name.length - term.definition.name.length;
    refs[i] = { ...refs[i], start: refs[i].start + cut, text: refs[i].text.slice(cut), scope: { ...scope, name: term.definition.name, start: scope.start + cut } };
  }
  const resolver = new Resolver(model, legalSystem);
  const references = refs.map((ref) => resolver.resolve(ref));
  return { references, terms, legalSystem };
}

/**
 * Resolves a reference another document makes to this one (《本文标题》第十二条), from the top of
 * this document.
 */
export function resolveInDocument(model: DocumentModel, components: readonly RefComponent[]): Target[] | undefined {
  return new Resolver(model, crossReferences(model).legalSystem).resolveFromRoot(components);
}

// ----------------------------------------------------------------------------------------------
// Resolution

type Unit = 'part' | 'volume' | 'chapter' | 'section' | 'article' | 'paragraph' | 'item' | 'subitem' | 'point';

class Resolver {
  private readonly articles: Clause[];
  /** Articles by number and inserted number (12:0, 10:1), and their place in document order. */
  private readonly articleByKey = new Map<string, Clause>();
  private readonly articleIndex = new Map<Clause, number>();

  constructor(
    private readonly model: DocumentModel,
    private readonly system: 'mainland' | 'taiwan',
  ) {
    this.articles = model.allClauses.filter((c) => c.kind === 'article');
    this.articles.forEach((a, i) => {
      const key = `${a.number}:${a.sub ?? 0}`;
      if (!this.articleByKey.has(key)) this.articleByKey.set(key, a);
      this.articleIndex.set(a, i);
    });
  }

  resolve(ref: Reference): ResolvedReference {
    if (ref.scope.kind === 'external') return { ref, targets: [], external: true };
    const context = this.contextAt(ref.start);
    let current: Target | undefined;
    const targets: Target[] = [];
    for (let i = 0; i < ref.components.length; i++) {
      const c = ref.components[i];
      const found = this.step(c, current, context);
      if (!found || found.length === 0) {
        return { ref, targets: [], external: false, problem: { kind: 'missing', component: c, scope: current, nearest: this.nearest(c, current, context) } };
      }
      current = found[0];
      if (i === ref.components.length - 1) targets.push(...found);
    }
    const target = targets[0];
    if (!target) return { ref, targets: [], external: false };
    if (target.clause.deleted && target.paragraphIndex === undefined) return { ref, target, targets, external: false, problem: { kind: 'deleted', target } };
    const last = ref.components[ref.components.length - 1];
    if (!last.relative && ref.scope.kind !== 'this' && isSelf(target, context)) return { ref, target, targets, external: false, problem: { kind: 'self', target } };
    return { ref, target, targets, external: false };
  }

  /** Resolves components from the top of the document (for a reference made in another document). */
  resolveFromRoot(components: readonly RefComponent[]): Target[] | undefined {
    const ctx: Context = { offset: -1 };
    let current: Target[] | undefined;
    for (const c of components) {
      if (c.relative) return undefined;
      current = this.step(c, current?.[0], ctx);
      if (!current || current.length === 0) return undefined;
    }
    return current;
  }

  /** What a component names here. */
  private unit(c: RefComponent): Unit {
    switch (c.unit) {
      case '部分':
        return 'part';
      case '编':
        return 'volume';
      case '章':
        return 'chapter';
      case '节':
        return 'section';
      case '条':
        return c.parens ? 'item' : 'article';
      case '款':
        return this.system === 'taiwan' ? 'item' : 'paragraph';
      case '项':
        return this.system === 'taiwan' ? 'paragraph' : 'item';
      case '目':
        return 'subitem';
      case '点':
        return 'point';
    }
  }

  private contextAt(offset: number): Context {
    let clause: Clause | undefined;
    // The innermost clause whose range holds the offset.
    const all = this.model.allClauses;
    let lo = 0;
    let hi = all.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].start <= offset) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let c: Clause | undefined = idx >= 0 ? all[idx] : undefined; c; c = c.parent) {
      if (offset <= c.end) {
        clause = c;
        break;
      }
    }
    const article = ancestor(clause, (c) => c.kind === 'article');
    const paragraphIndex = article ? paragraphIndexAt(article, offset) : undefined;
    return { offset, clause, article, paragraphIndex };
  }

  private step(c: RefComponent, current: Target | undefined, ctx: Context): Target[] | undefined {
    const unit = this.unit(c);
    if (c.relative) return this.relative(c, unit, ctx);
    const n = c.number!;
    switch (unit) {
      case 'part':
        return one(this.model.clauses.find((x) => x.kind === 'cn' && x.number === n) ?? findKind(this.model.allClauses, 'cn', n, (x) => !x.parent || x.parent.kind === 'appendix'));
      case 'volume':
        return one(findKind(within(this.model, current), 'part', n));
      case 'chapter':
        return one(findKind(within(this.model, current), 'chapter', n));
      case 'section': {
        const scope = current?.clause ?? ancestor(ctx.clause, (x) => x.kind === 'chapter');
        return one(findKind(scope ? descendants(scope) : this.model.allClauses, 'section', n));
      }
      case 'article': {
        const article = this.articleByKey.get(`${n}:${c.sub ?? 0}`);
        // Within a chapter or section named first (第二章第十条), the article must stand in it.
        if (article && current && !isWithin(article, current.clause)) return undefined;
        return one(article);
      }
      case 'paragraph': {
        const article = current?.clause.kind === 'article' ? current.clause : !current ? ctx.article : undefined;
        if (!article) return undefined;
        return one(paragraphTarget(article, n - 1));
      }
      case 'item':
        return one(this.item(c, n, current, ctx));
      case 'subitem': {
        const parent = current?.clause;
        if (!parent) return undefined;
        return one(parent.children.find((x) => x.number === n && (x.kind === (this.system === 'taiwan' ? 'cnParen' : 'num'))));
      }
      case 'point':
        return one(this.nearestScope(ctx, current, (x) => x.kind === 'num' && x.number === n));
    }
  }

  private item(c: RefComponent, n: number, current: Target | undefined, ctx: Context): Clause | undefined {
    const itemKind = this.system === 'taiwan' ? 'cn' : 'cnParen';
    // Within an article (or one of its paragraphs): the items of that paragraph.
    const article = current ? (current.clause.kind === 'article' ? current.clause : undefined) : ctx.article;
    if (article && (current || !c.parens || this.model.allClauses.some((x) => x.kind === 'article'))) {
      const index = current ? current.paragraphIndex : ctx.paragraphIndex;
      const items = itemsOf(article, index, itemKind);
      const found = items.find((x) => x.number === n) ?? (index === undefined ? undefined : itemsOf(article, undefined, itemKind).find((x) => x.number === n));
      if (found || current) return found;
    }
    if (current && current.clause.kind !== 'article') {
      const kind = c.arabic ? 'num' : current.clause.kind === 'cnParen' ? 'num' : 'cnParen';
      return descendants(current.clause).find((x) => x.number === n && x.kind === kind);
    }
    // A plan: 第（三）项 is a （三）, 第5项 a 5.; the nearest one the reference can see.
    const kind = c.arabic ? 'num' : 'cnParen';
    return this.nearestScope(ctx, undefined, (x) => x.kind === kind && x.number === n);
  }

  /** The first clause matching `test` under the innermost scope that has one, from the reference outwards. */
  private nearestScope(ctx: Context, current: Target | undefined, test: (c: Clause) => boolean): Clause | undefined {
    if (current) return descendants(current.clause).find(test);
    for (let scope = ctx.clause; scope; scope = scope.parent) {
      const found = descendants(scope).find(test);
      if (found) return found;
    }
    return this.model.allClauses.find(test);
  }

  private relative(c: RefComponent, unit: Unit, ctx: Context): Target[] | undefined {
    const count = c.count ?? 1;
    switch (unit) {
      case 'article': {
        if (!ctx.article) return undefined;
        if (c.relative === 'this') return one(ctx.article);
        const i = this.articleIndex.get(ctx.article) ?? -1;
        const prev = this.articles.slice(Math.max(0, i - count), i);
        return prev.length === count ? prev.map(clauseTarget) : undefined;
      }
      case 'paragraph': {
        if (!ctx.article || ctx.paragraphIndex === undefined) return undefined;
        if (c.relative === 'this') return one(paragraphTarget(ctx.article, ctx.paragraphIndex));
        const from = ctx.paragraphIndex - count;
        if (from < 0) return undefined;
        const out: Target[] = [];
        for (let i = from; i < ctx.paragraphIndex; i++) out.push(paragraphTarget(ctx.article, i)!);
        return out;
      }
      case 'item': {
        const item = ancestor(ctx.clause, (x) => x.parent !== undefined && x.parent === ctx.article);
        if (c.relative === 'this') return one(item);
        if (!item || !item.parent) return undefined;
        const siblings = item.parent.children.filter((x) => x.kind === item.kind);
        const i = siblings.indexOf(item);
        return i - count >= 0 ? siblings.slice(i - count, i).map(clauseTarget) : undefined;
      }
      case 'chapter':
      case 'section':
      case 'volume': {
        const kind = unit === 'chapter' ? 'chapter' : unit === 'section' ? 'section' : 'part';
        return one(ancestor(ctx.clause, (x) => x.kind === kind));
      }
      case 'part':
        return one(ancestor(ctx.clause, (x) => x.kind === 'cn' && (!x.parent || x.parent.kind === 'appendix')));
      default:
        return undefined;
    }
  }

  /** The existing target closest to a missing one, for the message. */
  private nearest(c: RefComponent, current: Target | undefined, ctx: Context): Target | undefined {
    if (c.relative || c.number === undefined) return undefined;
    const unit = this.unit(c);
    let pool: Clause[];
    if (unit === 'article') pool = current ? descendants(current.clause).filter((x) => x.kind === 'article') : this.articles;
    else if (unit === 'paragraph') {
      const article = current?.clause ?? ctx.article;
      if (!article || articleParagraphs(article).length === 0) return undefined;
      return paragraphTarget(article, Math.min(c.number, articleParagraphs(article).length) - 1);
    } else if (unit === 'part') pool = this.model.clauses.filter((x) => x.kind === 'cn');
    else if (unit === 'chapter' || unit === 'section' || unit === 'volume') {
      const kind = unit === 'volume' ? 'part' : unit;
      pool = within(this.model, current).filter((x) => x.kind === kind);
    } else {
      const scope = current?.clause ?? ctx.article ?? ancestor(ctx.clause, (x) => !x.parent || x.parent.kind === 'appendix');
      const kinds = unit === 'subitem' || unit === 'point' || c.arabic ? ['num'] : ['cnParen', 'cn'];
      pool = (scope ? descendants(scope) : this.model.allClauses).filter((x) => kinds.includes(x.kind));
    }
    let best: Clause | undefined;
    for (const x of pool) {
      if (x.number === undefined || x.deleted) continue;
      if (!best || Math.abs(x.number - c.number) < Math.abs(best.number! - c.number)) best = x;
    }
    return best ? clauseTarget(best) : undefined;
  }
}

interface Context {
  readonly offset: number;
  readonly clause?: Clause;
  readonly article?: Clause;
  /** The paragraph (款) of the article the offset stands in. */
  readonly paragraphIndex?: number;
}

function one(clauseOrTarget: Clause | Target | undefined): Target[] | undefined {
  if (!clauseOrTarget) return undefined;
  return ['clause' in clauseOrTarget ? clauseOrTarget : clauseTarget(clauseOrTarget)];
}

function clauseTarget(clause: Clause): Target {
  return { clause, start: clause.start, end: clause.end };
}

/**
 * The paragraphs (款) of an article. A heading line that holds only the marker (第 84 條 on a
 * line of its own, as Taiwan texts are laid out) is not a paragraph.
 */
export function articleParagraphs(article: Clause): readonly Paragraph[] {
  const first = article.paragraphs[0];
  if (first && article.marker && first.end <= article.marker.end) return article.paragraphs.slice(1);
  return article.paragraphs;
}

function paragraphTarget(article: Clause, index: number): Target | undefined {
  const p = articleParagraphs(article)[index];
  if (!p) return undefined;
  // The first paragraph starts with the article's marker.
  return { clause: article, paragraphIndex: index, start: p.start <= article.marker!.end ? article.start : p.start, end: p.end };
}

function ancestor(clause: Clause | undefined, test: (c: Clause) => boolean): Clause | undefined {
  for (let c = clause; c; c = c.parent) if (test(c)) return c;
  return undefined;
}

const descendantsCache = new WeakMap<Clause, Clause[]>();

/** Every clause under `clause`, in document order (cached: the tree does not change). */
function descendants(clause: Clause): Clause[] {
  let out = descendantsCache.get(clause);
  if (out) return out;
  out = [];
  for (const child of clause.children) {
    out.push(child, ...descendants(child));
  }
  descendantsCache.set(clause, out);
  return out;
}

function isWithin(clause: Clause, ancestorClause: Clause): boolean {
  for (let c = clause.parent; c; c = c.parent) if (c === ancestorClause) return true;
  return false;
}

function within(model: DocumentModel, current: Target | undefined): readonly Clause[] {
  return current ? descendants(current.clause) : model.allClauses;
}

function findKind(pool: readonly Clause[], kind: Clause['kind'], n: number, test: (c: Clause) => boolean = () => true): Clause | undefined {
  return pool.find((x) => x.kind === kind && x.number === n && test(x));
}

/** Which paragraph (款) of an article holds an offset; items belong to the paragraph they follow. */
function paragraphIndexAt(article: Clause, offset: number): number | undefined {
  const paragraphs = articleParagraphs(article);
  let index: number | undefined;
  paragraphs.forEach((p, i) => {
    if (p.start <= offset) index = i;
  });
  return index ?? (paragraphs.length > 0 ? 0 : undefined);
}

/** The items of one paragraph of an article (or of the whole article). */
function itemsOf(article: Clause, paragraphIndex: number | undefined, kind: Clause['kind']): Clause[] {
  const items = article.children.filter((x) => x.kind === kind);
  if (paragraphIndex === undefined) return items;
  const paragraphs = articleParagraphs(article);
  const from = paragraphs[paragraphIndex]?.start ?? article.start;
  const to = paragraphs[paragraphIndex + 1]?.start ?? Infinity;
  return items.filter((x) => x.start >= from && x.start < to);
}

function isSelf(target: Target, ctx: Context): boolean {
  if (!ctx.clause) return false;
  if (target.paragraphIndex !== undefined) return target.clause === ctx.article && target.paragraphIndex === ctx.paragraphIndex;
  return target.clause === ctx.clause;
}

// ----------------------------------------------------------------------------------------------
// Terms

function buildTerms(model: DocumentModel, definitions: readonly TermDefinition[]): Term[] {
  const src = model.text.text;
  const byName = new Map<string, Term>();
  const terms: Term[] = [];
  for (const d of definitions) {
    const existing = byName.get(d.name);
    if (existing) {
      existing.redefinitions.push(d);
      continue;
    }
    const term: Term = { definition: d, redefinitions: [], uses: [], fullNameUses: [], beforeDefinition: [] };
    byName.set(d.name, term);
    terms.push(term);
  }
  if (terms.length === 0) return terms;
  // Names that are not uses: inside a title in 《》, a document number, a longer term's name or
  // full name (医保 in 医保经办机构), a full name (合作区 in 广州穗港智造合作区), a definition.
  const titles = titleRanges(src);
  const docNumbers = new SpanSet(occurrencesOf(src, DOCNO_ANYWHERE));
  // Headings: every heading's title (（一）成立试点工作小组及办公室。), but an article's first sentence is a sentence.
  const headingTitles = new SpanSet([...model.allClauses.filter((c) => c.titleOnly || c.kind !== 'article').map((c) => ({ start: c.titleStart, end: c.titleEnd })), ...model.preamble.titles]);
  const inside = (ranges: SpanSet, r: Span) => ranges.contains(r);
  const strip = (name: string) => name.replace(/^《|》$/g, '');
  for (const term of terms) {
    const d = term.definition;
    const name = strip(d.name);
    const full = strip(d.fullName);
    const fullList = name.includes(full) ? [] : occurrences(src, full);
    const fullRanges = new SpanSet(fullList);
    const longer = new SpanSet(
      terms
        .filter((t) => t !== term && strip(t.definition.name).includes(name) && strip(t.definition.name) !== name)
        .flatMap((t) => [...occurrences(src, strip(t.definition.name)), ...occurrences(src, strip(t.definition.fullName))]),
    );
    const definitionsOf = new SpanSet([d, ...term.redefinitions].map((x) => ({ start: x.start, end: x.end })));
    const otherDefinitions = new SpanSet(terms.filter((t) => t !== term).map((t) => ({ start: t.definition.start, end: t.definition.end })));
    // When the full name ends with the abbreviation (中国的专利国际申请 → 国际申请), the words just before
    // it (专利) mark a shortened full name (提交专利国际申请), not a use of the abbreviation.
    const lead = full.endsWith(name) && full.length >= name.length + 2 ? full.slice(full.length - name.length - 2, full.length - name.length) : undefined;
    for (const r of occurrences(src, d.name)) {
      if (inside(definitionsOf, r) || inside(otherDefinitions, r) || inside(fullRanges, r) || inside(longer, r) || inside(docNumbers, r)) continue;
      if (lead && src.slice(r.start - 2, r.start) === lead) continue;
      if (!d.name.startsWith('《') && titles.some((t) => r.start > t.start && r.end < t.end)) continue;
      term.uses.push(r);
      // A heading's title is not a sentence: 第十一章 关于国际申请的特别规定 may name a term defined in its articles.
      if (r.start < d.start && !inside(headingTitles, r)) term.beforeDefinition.push(r);
    }
    for (const r of fullList) {
      if (r.start <= d.fullNameEnd || inside(headingTitles, r)) continue;
      // A title in 《》 is a proper name of its own (《广州穗港智造合作区建设实施方案》), unless the full name is that title.
      const exactTitle = titles.some((t) => t.start === r.start - 1 && t.end === r.end + 1);
      if (titles.some((t) => r.start >= t.start && r.end <= t.end) && !(d.fullName.startsWith('《') && exactTitle)) continue;
      term.fullNameUses.push(r);
    }
  }
  return terms;
}

interface Span {
  start: number;
  end: number;
}

/** Spans, asked whether one of them holds a given span, in logarithmic time. */
class SpanSet {
  private readonly starts: number[];
  /** The furthest end among the spans up to each index. */
  private readonly reach: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.reach = [];
    let max = -1;
    for (const s of sorted) this.reach.push((max = Math.max(max, s.end)));
  }

  contains(r: Span): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= r.start) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return idx >= 0 && this.reach[idx] >= r.end;
  }
}

/** 医保发〔2020〕37号 wherever it stands. */
const DOCNO_ANYWHERE = /[\u4e00-\u9fff]{1,16}[〔［\[【(（][0-9]{2,4}[〕］\]】)）]第?[0-9]{1,5}号/g;

/** Matches of a pattern that ends with 号, looked for only just before each 号. */
function occurrencesOf(src: string, re: RegExp): Span[] {
  const out: Span[] = [];
  for (let hao = src.indexOf('号'); hao >= 0; hao = src.indexOf('号', hao + 1)) {
    const from = Math.max(0, hao - 32);
    re.lastIndex = 0;
    const window = src.slice(from, hao + 1);
    for (let m = re.exec(window); m; m = re.exec(window)) {
      if (m.index + m[0].length === window.length) out.push({ start: from + m.index, end: hao + 1 });
    }
  }
  return out;
}

function occurrences(src: string, needle: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!needle) return out;
  for (let i = src.indexOf(needle); i >= 0; i = src.indexOf(needle, i + needle.length)) out.push({ start: i, end: i + needle.length });
  return out;
}

/** Ranges of 《…》 titles (outermost), for telling names inside titles apart. */
function titleRanges(src: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x300a) {
      if (depth++ === 0) start = i;
    } else if (c === 0x300b && depth > 0) {
      if (--depth === 0) out.push({ start, end: i + 1 });
    } else if (c === 0x0a && depth > 0 && i > 0 && src.charCodeAt(i - 1) === 0x0a) {
      depth = 0; // a blank line ends an unclosed title
    }
  }
  return out;
}

/** A reference target as people name it: 第十二条第二款, （三）“…”. */
export function targetLabel(target: Target, system: 'mainland' | 'taiwan' = 'mainland'): string {
  const c = target.clause;
  const marker = c.marker?.text ?? c.title;
  if (target.paragraphIndex !== undefined) {
    return `${marker}第${formatChineseNumber(target.paragraphIndex + 1)}${system === 'taiwan' ? '項' : '款'}`;
  }
  return marker;
}
