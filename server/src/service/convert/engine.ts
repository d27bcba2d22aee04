/**
 * The conversion engine: longest-match over prebuilt double-array tries, reproducing opencc-js's
 * Converter({from, to}) output exactly (see scripts/build-convert-tables.mjs for how a pair's chain
 * becomes tables), plus the line-break rule.
 *
 * One conversion:
 *  1. The text as UTF-16 code units.
 *  2. Pairs whose opencc-js config normalises: CJK compatibility ideographs → unified ideographs
 *     (only when the text has any; OpenCC's CJK_Compatibility_Ideographs, one code point to one).
 *  3. The line-break rule: each single line break (\n, \r\n or \r) plus the spaces, tabs and U+3000
 *     right after it, standing between two CJK ideographs, is taken out, so phrases match across it.
 *  4. The core: at each position the longest key of the pair's main table; the unmatched stretches
 *     between matches ("runs") go through the pair's run tables (one composed table for cn→hk/tw/twp,
 *     a chain for the others). Unmatched ideographic description sequences stay whole, as in opencc-js.
 *  5. The line breaks go back where they were: between the same two characters, or, inside a match
 *     whose replacement has another length, after the same number of characters (at most all of them).
 * Changed stretches ("units") are tracked only when they are needed: for an onMatch callback, or,
 * sparingly, to put back a line break taken out.
 */
import type { ConvertData, PairHeader, TableRef, TrieArrays } from './data';

export type MatchCallback = (srcStart: number, srcEnd: number, dstStart: number, dstEnd: number) => void;

/** A longest-match table: a trie and the value (pool index, or -1) of each of its keys for one use. */
export interface Table {
  readonly alpha: Uint16Array;
  readonly base: Int32Array;
  readonly check: Int32Array;
  readonly term: Int32Array;
  readonly values: Int32Array;
  readonly maxRatio: number;
}

/** A growable UTF-16 buffer. */
class Buf {
  a: Uint16Array;
  n = 0;
  constructor(cap: number) {
    this.a = new Uint16Array(Math.max(16, cap));
  }
  ensure(extra: number): void {
    const need = this.n + extra;
    if (need <= this.a.length) return;
    let cap = this.a.length * 2;
    while (cap < need) cap *= 2;
    const b = new Uint16Array(cap);
    b.set(this.a.subarray(0, this.n));
    this.a = b;
  }
}

/**
 * Changed stretches: (srcStart, srcEnd, dstStart, dstEnd) quadruples, in order.
 * With a filter (the compacted positions of the line breaks taken out, when nobody asked for the
 * matches), only the stretches needed to put the breaks back are kept: those that change the length
 * and those with a break strictly inside; the others change no position.
 */
class Units {
  a: Int32Array;
  n = 0; // number of ints used (4 per unit)
  private readonly filter: Int32Array | null;
  private fp = 0;
  constructor(cap = 256, filter: Int32Array | null = null) {
    this.a = new Int32Array(cap * 4);
    this.filter = filter;
  }
  /** Whether only the stretches needed for the line breaks are kept. */
  get filtered(): boolean {
    return this.filter !== null;
  }
  /** With a filter: whether a break lies strictly inside [s0, s1) (positions only increase). */
  breakInside(s0: number, s1: number): boolean {
    const f = this.filter;
    if (f === null) return true;
    let p = this.fp;
    while (p < f.length && f[p] <= s0) p++;
    this.fp = p;
    return p < f.length && f[p] < s1;
  }
  /** Whether a changed match [s0, s1) → length dl should be recorded (positions only increase). */
  wants(s0: number, s1: number, dl: number): boolean {
    const f = this.filter;
    if (f === null || dl !== s1 - s0) return true;
    let p = this.fp;
    while (p < f.length && f[p] <= s0) p++;
    this.fp = p;
    return p < f.length && f[p] < s1;
  }
  push(s0: number, s1: number, d0: number, d1: number): void {
    if (this.n + 4 > this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    const a = this.a;
    const n = this.n;
    a[n] = s0;
    a[n + 1] = s1;
    a[n + 2] = d0;
    a[n + 3] = d1;
    this.n = n + 4;
  }
  append(o: Units): void {
    for (let i = 0; i < o.n; i += 4) this.push(o.a[i], o.a[i + 1], o.a[i + 2], o.a[i + 3]);
  }
}

function sameText(x: Uint16Array, x0: number, x1: number, y: Uint16Array, y0: number, y1: number): boolean {
  if (x1 - x0 !== y1 - y0) return false;
  for (let i = x0, j = y0; i < x1; i++, j++) if (x[i] !== y[j]) return false;
  return true;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** opencc-js's code point length at i within [.., end). */
function cpLen(s: Uint16Array, i: number, end: number): number {
  return isHigh(s[i]) && i + 1 < end && isLow(s[i + 1]) ? 2 : 1;
}

function idcArity(c: number): number {
  if (c >= 0x2ff0 && c <= 0x2ff1) return 2;
  if (c >= 0x2ff2 && c <= 0x2ff3) return 3;
  if (c >= 0x2ff4 && c <= 0x2fff) return 2;
  return 0;
}

/** opencc-js's getIdeographicDescriptionSequenceEnd within [.., end): the end, or 0. */
export function idsEnd(s: Uint16Array, i: number, end: number): number {
  const arity = idcArity(s[i]);
  if (arity === 0) return 0;
  let e = i + 1;
  for (let k = 0; k < arity; k++) {
    if (e >= end) return 0;
    const child = idsEnd(s, e, end);
    e = child || e + cpLen(s, e, end);
  }
  return e;
}

/** The result of {@link longestMatch}: reused, so the hot loop allocates nothing. */
const match = { end: -1, value: 0 };

/**
 * The longest key of table t that starts at src[i] and ends by `limit`: sets match.end to its end
 * (-1: none) and match.value to its value.
 */
function longestMatch(t: Table, src: Uint16Array, i: number, limit: number): void {
  const { alpha, base, check, term, values } = t;
  match.end = -1;
  match.value = 0;
  let lab = alpha[src[i]];
  if (lab === 0 || check[lab] !== 0) return;
  let s = lab;
  let tt = term[s];
  if (tt >= 0 && values[tt] !== -1) {
    match.end = i + 1;
    match.value = values[tt];
  }
  for (let j = i + 1; j < limit; ) {
    lab = alpha[src[j]];
    if (lab === 0) break;
    const ns = base[s] + lab;
    if (check[ns] !== s) break;
    s = ns;
    j++;
    tt = term[s];
    if (tt >= 0 && values[tt] !== -1) {
      match.end = j;
      match.value = values[tt];
    }
  }
}

/**
 * Longest match of table t over src[a, b), writing to dst. Units (absolute positions in src and
 * dst) are pushed for the matches that changed text, when units is given.
 */
function scan(t: Table, pc: Uint16Array, ps: Uint32Array, src: Uint16Array, a: number, b: number, dst: Buf, units: Units | null): void {
  dst.ensure(Math.ceil((b - a) * t.maxRatio) + 2);
  const out = dst.a;
  let o = dst.n;
  let i = a;
  while (i < b) {
    const c = src[i];
    longestMatch(t, src, i, b);
    const bestEnd = match.end;
    const bestV = match.value;
    if (bestEnd >= 0) {
      if (bestV < 0) {
        const u = -bestV - 2;
        if (units !== null && (bestEnd - i !== 1 || src[i] !== u) && units.wants(i, bestEnd, 1)) units.push(i, bestEnd, o, o + 1);
        out[o++] = u;
      } else {
        const vs = ps[bestV];
        const ve = ps[bestV + 1];
        if (units !== null && units.wants(i, bestEnd, ve - vs) && !sameText(src, i, bestEnd, pc, vs, ve)) units.push(i, bestEnd, o, o + ve - vs);
        for (let k = vs; k < ve; k++) out[o++] = pc[k];
      }
      i = bestEnd;
    } else if (c >= 0x2ff0 && c <= 0x2fff) {
      const e = idsEnd(src, i, b);
      if (e > i) {
        while (i < e) out[o++] = src[i++];
      } else {
        out[o++] = c;
        i++;
      }
    } else {
      // A high surrogate left alone is followed by its low surrogate, where no key starts: the same
      // as opencc-js stepping over the whole code point.
      out[o++] = c;
      i++;
    }
  }
  dst.n = o;
}

/**
 * Composes changed stretches x→y (list 1, positions in x and y) with y→z (list 2, positions in y and
 * z) into x→z, merging stretches that overlap in y; keeps those whose text changed.
 * d1 = yBase - xBase and d2 = zBase - yBase: where neither list has a stretch, y = x + d1 and z = y + d2.
 */
function composeUnits(u1: Units, u2: Units, d1: number, d2: number, x: Uint16Array, z: Uint16Array, out: Units): void {
  const a1 = u1.a;
  const a2 = u2.a;
  const n1 = u1.n;
  const n2 = u2.n;
  let p1 = 0;
  let p2 = 0;
  let D1 = d1; // y - x in the stretch-free region reached so far
  let D2 = d2; // z - y
  while (p1 < n1 || p2 < n2) {
    const s1 = p1 < n1 ? a1[p1 + 2] : Infinity;
    const s2 = p2 < n2 ? a2[p2] : Infinity;
    const g0 = Math.min(s1, s2);
    const x0 = g0 - D1;
    const z0 = g0 + D2;
    let gEnd = g0;
    let absorbed = true;
    let first = true;
    while (absorbed) {
      absorbed = false;
      while (p1 < n1 && (a1[p1 + 2] < gEnd || (first && a1[p1 + 2] === g0))) {
        gEnd = Math.max(gEnd, a1[p1 + 3]);
        D1 += a1[p1 + 3] - a1[p1 + 2] - (a1[p1 + 1] - a1[p1]);
        p1 += 4;
        absorbed = true;
      }
      while (p2 < n2 && (a2[p2] < gEnd || (first && a2[p2] === g0))) {
        gEnd = Math.max(gEnd, a2[p2 + 1]);
        D2 += a2[p2 + 3] - a2[p2 + 2] - (a2[p2 + 1] - a2[p2]);
        p2 += 4;
        absorbed = true;
      }
      first = false;
    }
    const x1 = gEnd - D1;
    const z1 = gEnd + D2;
    if (!sameText(x, x0, x1, z, z0, z1)) out.push(x0, x1, z0, z1);
  }
}

const isCjkBmp = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;

/** Is there a CJK ideograph ending just before position i (exclusive)? */
function cjkBefore(s: Uint16Array, i: number): boolean {
  if (i <= 0) return false;
  const c = s[i - 1];
  if (isLow(c)) return i >= 2 && s[i - 2] >= 0xd840 && s[i - 2] <= 0xd8bf; // U+20000–U+3FFFF
  return isCjkBmp(c);
}

/** Is there a CJK ideograph starting at position i? */
function cjkAt(s: Uint16Array, i: number, n: number): boolean {
  if (i >= n) return false;
  const c = s[i];
  if (c >= 0xd840 && c <= 0xd8bf) return i + 1 < n && isLow(s[i + 1]);
  return isCjkBmp(c);
}

/** The pieces taken out for the line-break rule: for each, its position in the compacted text and its range in the text. */
interface Breaks {
  v: number[];
  s0: number[];
  s1: number[];
  /** Total code units taken out. */
  total: number;
}

/** Positions of the line breaks' last code units (\n, and \r not followed by \n). */
function lineBreaksOf(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i);
  let cr = text.indexOf('\r');
  if (cr >= 0) {
    for (; cr >= 0; cr = text.indexOf('\r', cr + 1)) if (text.charCodeAt(cr + 1) !== 10) out.push(cr);
    out.sort((x, y) => x - y);
  }
  return out;
}

/** Whether the text has a CJK compatibility ideograph (U+F900–U+FAFF, or U+2F800–U+2FA1F behind U+D87E). */
function hasCompat(s: Uint16Array, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const c = s[i];
    if ((c >= 0xf900 && c <= 0xfaff) || c === 0xd87e) return true;
  }
  return false;
}

/**
 * The line breaks that the rule makes transparent, from the positions of the line breaks' last code
 * units: a CJK ideograph before the break (\n, \r\n or \r), and one after it and its indentation.
 */
function findBreaks(s: Uint16Array, n: number, lineBreaks: readonly number[]): Breaks | null {
  let br: Breaks | null = null;
  let removed = 0;
  let lastEnd = 0;
  for (const last of lineBreaks) {
    const i = last > 0 && s[last] === 10 && s[last - 1] === 13 ? last - 1 : last;
    if (i < lastEnd || !cjkBefore(s, i)) continue;
    let j = last + 1;
    while (j < n && (s[j] === 32 || s[j] === 9 || s[j] === 0x3000)) j++;
    if (!cjkAt(s, j, n)) continue;
    if (!br) br = { v: [], s0: [], s1: [], total: 0 };
    br.v.push(i - removed);
    br.s0.push(i);
    br.s1.push(j);
    removed += j - i;
    lastEnd = j;
  }
  if (br) br.total = removed;
  return br;
}

function compact(s: Uint16Array, n: number, br: Breaks): Uint16Array {
  const v = new Uint16Array(n - br.total);
  let o = 0;
  let from = 0;
  for (let k = 0; k < br.s0.length; k++) {
    v.set(s.subarray(from, br.s0[k]), o);
    o += br.s0[k] - from;
    from = br.s1[k];
  }
  v.set(s.subarray(from, n), o);
  return v;
}

// Node's Buffer copies UTF-16 natively and keeps lone surrogates; elsewhere, plain loops.
const NodeBuffer: typeof Buffer | undefined = typeof Buffer === 'function' ? Buffer : undefined;

/** Code units of text, as a Uint16Array (lone surrogates kept). */
function toUnits(text: string): Uint16Array {
  const u = new Uint16Array(text.length);
  if (text.length === 0) return u;
  if (NodeBuffer) NodeBuffer.from(u.buffer, u.byteOffset, u.byteLength).write(text, 0, 'utf16le');
  else for (let i = 0; i < text.length; i++) u[i] = text.charCodeAt(i);
  return u;
}

function fromUnits(u: Uint16Array, n: number): string {
  if (NodeBuffer) return NodeBuffer.from(u.buffer, u.byteOffset, n * 2).toString('utf16le');
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode(...u.subarray(i, Math.min(n, i + 8192)));
  return s;
}

export interface PairTables {
  readonly key: string;
  readonly header: PairHeader;
  readonly main: Table | null;
  readonly runs: readonly Table[];
}

export function loadPair(data: ConvertData, key: string): PairTables | undefined {
  const header = data.pair(key);
  if (!header) return undefined;
  const table = (ref: TableRef): Table => {
    const t: TrieArrays = data.trie(ref.trie);
    return { alpha: t.alpha, base: t.base, check: t.check, term: t.term, values: data.values(ref), maxRatio: Math.max(1, ref.maxRatio) };
  };
  return { key, header, main: header.main ? table(header.main) : null, runs: header.runs.map(table) };
}

/** Converts with one pair's tables (its scratch buffers are reused from one conversion to the next). */
export class Engine {
  private readonly pc: Uint16Array;
  private readonly ps: Uint32Array;
  private readonly scratch: Buf[] = [];
  private readonly unitBufs: Units[] = [];

  /** A reusable, emptied stretch list for chain stage k (and the compositions after the stages). */
  private units(k: number): Units {
    const u = this.unitBufs[k] ?? (this.unitBufs[k] = new Units(64));
    u.n = 0;
    return u;
  }

  constructor(
    private readonly data: ConvertData,
    readonly tables: PairTables,
  ) {
    this.pc = data.poolChars;
    this.ps = data.poolStart;
  }

  convert(text: string, onMatch?: MatchCallback): string {
    const n0 = text.length;
    if (n0 === 0) return text;
    const S = toUnits(text);

    // 2. Normalisation (rare: only texts with compatibility ideographs).
    let T = S;
    let nT = n0;
    let normUnits: Units | null = null;
    let lineBreaks = lineBreaksOf(text);
    if (this.tables.header.normalize && hasCompat(S, n0)) {
      const buf = new Buf(n0 + 16);
      normUnits = new Units(16);
      this.normalize(S, n0, buf, normUnits);
      if (normUnits.n === 0) normUnits = null;
      else if (buf.n !== n0) {
        T = buf.a;
        nT = buf.n;
        lineBreaks = lineBreaksOf(fromUnits(T, nT));
      } else {
        T = buf.a;
      }
    }

    // 3. The line-break rule.
    const br = lineBreaks.length > 0 ? findBreaks(T, nT, lineBreaks) : null;
    const V = br ? compact(T, nT, br) : T;
    const nV = br ? nT - br.total : nT;

    // 4. The core.
    const track = onMatch !== undefined || br !== null;
    const units = track ? new Units(onMatch ? Math.min(1 << 16, (nV >> 2) + 16) : 256, onMatch || !br ? null : Int32Array.from(br.v)) : null;
    const W = new Buf(nV + (nV >> 3) + 16);
    this.core(V, nV, W, units);

    // 5. Line breaks back in.
    let out = W.a;
    let nOut = W.n;
    let finalUnits = units;
    if (br) {
      const r = this.reinsert(V, W, units!, br, T, onMatch !== undefined);
      out = r.out;
      nOut = r.n;
      finalUnits = r.units;
    }
    if (onMatch && finalUnits) {
      let report = finalUnits;
      if (normUnits) {
        report = new Units(finalUnits.n / 4 + 16);
        composeUnits(normUnits, finalUnits, 0, 0, S, out, report);
      }
      const a = report.a;
      for (let i = 0; i < report.n; i += 4) onMatch(a[i], a[i + 1], a[i + 2], a[i + 3]);
    }
    return fromUnits(out, nOut);
  }

  /** OpenCC's normalisation pass: compatibility ideographs → unified, unmatched IDS left whole. */
  private normalize(s: Uint16Array, n: number, dst: Buf, units: Units): void {
    const map = this.data.compat();
    dst.ensure(n * 2);
    const out = dst.a;
    let o = 0;
    let i = 0;
    while (i < n) {
      const c = s[i];
      const len = cpLen(s, i, n);
      const cp = len === 2 ? ((c - 0xd800) << 10) + (s[i + 1] - 0xdc00) + 0x10000 : c;
      const to = map.get(cp);
      if (to !== undefined) {
        const o0 = o;
        if (to > 0xffff) {
          out[o++] = 0xd800 + ((to - 0x10000) >> 10);
          out[o++] = 0xdc00 + ((to - 0x10000) & 0x3ff);
        } else {
          out[o++] = to;
        }
        if (to !== cp) units.push(i, i + len, o0, o);
        i += len;
        continue;
      }
      if (c >= 0x2ff0 && c <= 0x2fff) {
        const e = idsEnd(s, i, n);
        if (e > i) {
          while (i < e) out[o++] = s[i++];
          continue;
        }
      }
      for (let k = 0; k < len; k++) out[o++] = s[i++];
    }
    dst.n = o;
  }

  /** Segmentation by the main table; runs between matches go through the run tables. */
  private core(src: Uint16Array, n: number, dst: Buf, units: Units | null): void {
    const main = this.tables.main;
    if (main === null) {
      this.flushRun(src, 0, n, dst, units);
      return;
    }
    const pc = this.pc;
    const ps = this.ps;
    let out = dst.a;
    let o = dst.n;
    const copyRuns = this.tables.runs.length === 0;
    let runStart = -1;
    let i = 0;
    while (i < n) {
      const c = src[i];
      longestMatch(main, src, i, n);
      const bestEnd = match.end;
      const bestV = match.value;
      if (bestEnd >= 0) {
        if (runStart >= 0) {
          dst.n = o;
          this.flushRun(src, runStart, i, dst, units);
          out = dst.a;
          o = dst.n;
          runStart = -1;
        }
        if (bestV < 0) {
          const u = -bestV - 2;
          if (o >= out.length) {
            dst.n = o;
            dst.ensure(1);
            out = dst.a;
          }
          if (units !== null && (bestEnd - i !== 1 || src[i] !== u) && units.wants(i, bestEnd, 1)) units.push(i, bestEnd, o, o + 1);
          out[o++] = u;
        } else {
          const vs = ps[bestV];
          const ve = ps[bestV + 1];
          if (o + ve - vs > out.length) {
            dst.n = o;
            dst.ensure(ve - vs);
            out = dst.a;
          }
          if (units !== null && units.wants(i, bestEnd, ve - vs) && !sameText(src, i, bestEnd, pc, vs, ve)) units.push(i, bestEnd, o, o + ve - vs);
          for (let k = vs; k < ve; k++) out[o++] = pc[k];
        }
        i = bestEnd;
      } else if (copyRuns) {
        // No run tables: an unmatched character (or whole IDS) is copied as it is.
        let e = i + 1;
        if (c >= 0x2ff0 && c <= 0x2fff) {
          const ie = idsEnd(src, i, n);
          if (ie > i) e = ie;
        }
        if (o + (e - i) > out.length) {
          dst.n = o;
          dst.ensure(e - i);
          out = dst.a;
        }
        while (i < e) out[o++] = src[i++];
      } else {
        if (runStart < 0) runStart = i;
        if (c >= 0x2ff0 && c <= 0x2fff) {
          const e = idsEnd(src, i, n);
          i = e > i ? e : i + 1;
        } else {
          i++;
        }
      }
    }
    dst.n = o;
    if (runStart >= 0) this.flushRun(src, runStart, n, dst, units);
  }

  /** A run: copied (no run tables), one composed table, or a chain of tables. */
  private flushRun(src: Uint16Array, a: number, b: number, dst: Buf, units: Units | null): void {
    const runs = this.tables.runs;
    if (runs.length === 0) {
      dst.ensure(b - a);
      dst.a.set(src.subarray(a, b), dst.n);
      dst.n += b - a;
      return;
    }
    if (runs.length === 1) {
      scan(runs[0], this.pc, this.ps, src, a, b, dst, units);
      return;
    }
    // A chain: each stage converts the whole previous stage's output (one opencc-js segment).
    // Kept only for the line breaks and none inside this run: one stretch for the whole run, if
    // its length changed, is all the breaks after it need.
    const o0 = dst.n;
    if (units !== null && units.filtered && !units.breakInside(a, b)) {
      this.flushRun(src, a, b, dst, null);
      if (dst.n - o0 !== b - a) units.push(a, b, o0, dst.n);
      return;
    }
    let cur = src;
    let curA = a;
    let curB = b;
    let acc: Units | null = null; // src → current stage output, relative to its base
    let flip = 0;
    for (let k = 0; k < runs.length; k++) {
      const last = k === runs.length - 1;
      let into: Buf;
      if (last) into = dst;
      else {
        into = this.scratch[k & 1] ?? (this.scratch[k & 1] = new Buf(1024));
        into.n = 0;
      }
      const base = into.n;
      const stageUnits = units !== null ? this.units(k) : null;
      scan(runs[k], this.pc, this.ps, cur, curA, curB, into, stageUnits);
      if (stageUnits !== null) {
        if (acc === null) acc = stageUnits;
        else {
          const composed = this.units(runs.length + (flip ^= 1));
          // acc: src → cur (cur positions start at curA = 0 for scratch); stage: cur → into.
          composeUnits(acc, stageUnits, curA - a, base - curA, src, into.a, composed);
          acc = composed;
        }
      }
      cur = into.a;
      curA = base;
      curB = into.n;
    }
    if (units !== null && acc !== null) units.append(acc);
  }

  /**
   * Puts the line breaks taken out back into the output; returns the output and the changed
   * stretches in positions of the text before compaction (T) and of the final output.
   */
  private reinsert(V: Uint16Array, W: Buf, units: Units, br: Breaks, T: Uint16Array, mapUnits: boolean): { out: Uint16Array; n: number; units: Units | null } {
    const nb = br.v.length;
    const out = new Uint16Array(W.n + br.total);
    const ua = units.a;
    const un = units.n;
    let p = 0; // unit pointer
    let delta = 0; // W - V after the units passed
    let wFrom = 0; // next W position to copy
    let o = 0;
    for (let k = 0; k < nb; k++) {
      const v = br.v[k];
      while (p < un && ua[p + 1] <= v) {
        delta = ua[p + 3] - ua[p + 1];
        p += 4;
      }
      let w: number;
      if (p < un && ua[p] < v && v < ua[p + 1]) {
        // Inside a changed match: after as many characters as before the break, at most all.
        let cpBefore = 0;
        for (let i = ua[p]; i < v; i += cpLen(V, i, v)) cpBefore++;
        w = ua[p + 2];
        const wEnd = ua[p + 3];
        for (let c = 0; c < cpBefore && w < wEnd; c++) w += cpLen(W.a, w, wEnd);
      } else {
        w = v + delta;
      }
      out.set(W.a.subarray(wFrom, w), o);
      o += w - wFrom;
      wFrom = w;
      const s0 = br.s0[k];
      const s1 = br.s1[k];
      out.set(T.subarray(s0, s1), o);
      o += s1 - s0;
    }
    out.set(W.a.subarray(wFrom, W.n), o);
    o += W.n - wFrom;
    if (!mapUnits) return { out, n: o, units: null };

    // Units in T / final positions: breaks at or before a unit's start shift both its starts;
    // breaks before its end shift both its ends.
    const mapped = new Units(un / 4 + 16);
    let kStart = 0;
    let kEnd = 0;
    let shiftStart = 0;
    let shiftEnd = 0;
    for (let i = 0; i < un; i += 4) {
      while (kStart < nb && br.v[kStart] <= ua[i]) {
        shiftStart += br.s1[kStart] - br.s0[kStart];
        kStart++;
      }
      while (kEnd < nb && br.v[kEnd] < ua[i + 1]) {
        shiftEnd += br.s1[kEnd] - br.s0[kEnd];
        kEnd++;
      }
      mapped.push(ua[i] + shiftStart, ua[i + 1] + shiftEnd, ua[i + 2] + shiftStart, ua[i + 3] + shiftEnd);
    }
    return { out, n: o, units: mapped };
  }
}
