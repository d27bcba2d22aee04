/**
 * Simplified↔Traditional conversion bench: our prebuilt tables (server/src/service/convert) beside
 * opencc-js used directly and the native OpenCC command-line tool, in one run; plus a quality check
 * against a real Hong Kong Traditional text.
 *
 *   node out/bench/convert.js [--quick]       (after npm run build)
 *
 * Import runConvertBench() to run it from another bench. GONGWEN_CORPUS overrides the corpus
 * location (default ../shared/corpus beside the repository).
 *
 * For each locale pair: construction time (cold: the data file read and the tables set up), heap
 * held once built (gc forced before and after; heapUsed and ArrayBuffer memory separately), the
 * time to convert every corpus document, and throughput on a 10 MB text made from the corpus —
 * ours, opencc-js and native opencc on the same text — with the check that our output is
 * identical to opencc-js's (apart from the line-break rule; see below).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as OpenCC from 'opencc-js';
import { getConverter, resetConverters, type ConvertLocale } from '../server/src/service/convert';
import { CORPUS_DIR, corpusFiles, type CorpusFile } from './corpus';
import { int, ms, nowMs, summarize, table } from './stats';

/** 10 MB: 10,485,760 bytes of UTF-8 (about 3.6 million characters of this corpus). */
export const BIG_TEXT_BYTES = 10 * 1024 * 1024;

/** The pairs measured, with the native OpenCC config for each. */
export const BENCH_PAIRS: readonly { from: ConvertLocale; to: ConvertLocale; native: string }[] = [
  { from: 'cn', to: 't', native: 's2t.json' },
  { from: 'cn', to: 'hk', native: 's2hk.json' },
  { from: 'cn', to: 'tw', native: 's2tw.json' },
  { from: 'cn', to: 'twp', native: 's2twp.json' },
  { from: 't', to: 'cn', native: 't2s.json' },
  { from: 'hk', to: 'cn', native: 'hk2s.json' },
  { from: 'tw', to: 'cn', native: 'tw2s.json' },
  { from: 'twp', to: 'cn', native: 'tw2sp.json' },
  { from: 't', to: 'hk', native: 't2hk.json' },
  { from: 't', to: 'tw', native: 't2tw.json' },
];

/** Targets from the task. */
const TARGET_BUILD_MS = 100;
const TARGET_HEAP_MB = 40;
const TARGET_CHARS_PER_S = 8_000_000;
const TARGET_30K_MS = 4;

export interface PairResult {
  pair: string;
  buildMs: number;
  heapMB: number;
  arrayBuffersMB: number;
  bigMs: number;
  bigCharsPerS: number;
  identical: boolean;
  openccBuildMs: number;
  openccHeapMB: number;
  openccCharsPerS: number;
  nativeCharsPerS: number | null;
  nativeStartMs: number | null;
  /** Share of the 10 MB text's lines where native opencc's output equals opencc-js's. */
  nativeSameLines: number | null;
  /** ms per 30,000 characters, worst over the corpus documents of at least 5,000 characters. */
  worstPer30kMs: number;
}

export interface QualityResult {
  locale: ConvertLocale;
  matchRate: number;
  equal: number;
  substituted: number;
  onlyOurs: number;
  onlyReference: number;
  top: [string, number][];
}

export interface ConvertBenchResult {
  pairs: PairResult[];
  quality: QualityResult[];
}

type Log = (line: string) => void;

function getGc(): () => void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

function fullGc(gc: () => void): void {
  for (let i = 0; i < 3; i++) gc();
}

const MB = 1024 * 1024;

/** Heap and ArrayBuffer memory held by what make() returns, measured around it with forced gcs. */
function measureHeld<T>(gc: () => void, make: () => T): { value: T; ms: number; heapMB: number; arrayBuffersMB: number } {
  fullGc(gc);
  const before = process.memoryUsage();
  const t0 = nowMs();
  const value = make();
  const elapsed = nowMs() - t0;
  fullGc(gc);
  const after = process.memoryUsage();
  return { value, ms: elapsed, heapMB: (after.heapUsed - before.heapUsed) / MB, arrayBuffersMB: (after.arrayBuffers - before.arrayBuffers) / MB };
}

function bestOf(runs: number, f: () => void): { best: number; median: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = nowMs();
    f();
    samples.push(nowMs() - t0);
  }
  return { best: Math.min(...samples), median: summarize(samples).median };
}

/** The corpus, repeated (documents separated by a blank line) to at least `bytes` of UTF-8. */
export function bigText(files: readonly CorpusFile[], bytes = BIG_TEXT_BYTES): string {
  const all = files.map((f) => f.text).join('\n\n');
  if (all.length === 0) return '';
  const parts: string[] = [];
  let size = 0;
  const allBytes = Buffer.byteLength(all, 'utf8');
  while (size + allBytes <= bytes) {
    parts.push(all);
    size += allBytes;
  }
  // The rest: whole characters from the start of the corpus.
  let rest = '';
  for (const ch of all) {
    const b = Buffer.byteLength(ch, 'utf8');
    if (size + b > bytes) break;
    rest += ch;
    size += b;
  }
  parts.push(rest);
  return parts.join('');
}

// The line-break rule, as in the tests: a line break and its indentation between two CJK ideographs.
const CJK = '[\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\u3007]|[\\uD840-\\uD8BF][\\uDC00-\\uDFFF]';
const TRANSPARENT = new RegExp(`(?<=${CJK})(?:\\r\\n|\\n|\\r)[ \\t\\u3000]*(?=${CJK})`, 'g');
const stripTransparent = (s: string): string => s.replace(TRANSPARENT, '');

interface Native {
  available: boolean;
  why?: string;
}

function nativeOpencc(): Native {
  const r = spawnSync('opencc', ['--version'], { encoding: 'utf8' });
  if (r.error) return { available: false, why: 'native opencc not installed' };
  return { available: true, why: (r.stdout + r.stderr).match(/Version:\s*(\S+)/)?.[1] };
}

/** Wall-clock ms of one native run converting inFile (including its dictionary loading). */
function runNative(config: string, inFile: string, outFile: string): number {
  const t0 = nowMs();
  const r = spawnSync('opencc', ['-c', config, '-i', inFile, '-o', outFile], { encoding: 'utf8' });
  const elapsed = nowMs() - t0;
  if (r.status !== 0) throw new Error(`opencc -c ${config} failed: ${r.stderr}`);
  return elapsed;
}

// ---------------------------------------------------------------------------------------------
// Quality: our conversion of the simplified plan against the published Hong Kong text.

/**
 * Characters treated as equal in the comparison: two glyph forms of one character, which the
 * standards write differently (產 in OpenCC and Taiwan, 産 in the Hong Kong text; 爲 in OpenCC's
 * standard, 為 in Hong Kong and Taiwan; 戶/户, 稅/税, 蘊/藴 Hong Kong's variants; 着 in Hong Kong,
 * 著 in Taiwan). Not treated as equal, since they are different characters that a standard chooses
 * between: 臺/台, 佈/布, 週/周, 遊/游, 覈/核, 纔/才, 製/制 — they appear among the differences.
 */
export const VARIANT_PAIRS: readonly [string, string][] = [
  ['産', '產'],
  ['爲', '為'],
  ['羣', '群'],
  ['户', '戶'],
  ['税', '稅'],
  ['藴', '蘊'],
  ['着', '著'],
  ['僞', '偽'],
  ['兑', '兌'],
  ['悦', '悅'],
  ['温', '溫'],
  ['衆', '眾'],
  ['衞', '衛'],
  ['説', '說'],
  ['脱', '脫'],
  ['鋭', '銳'],
  ['閲', '閱'],
  ['綫', '線'],
  ['峯', '峰'],
  ['啓', '啟'],
  ['敍', '敘'],
  ['鈎', '鉤'],
  ['葱', '蔥'],
];

const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };

function normalizeForQuality(s: string, canon: Map<string, string>): string[] {
  const out: string[] = [];
  for (const ch of s) {
    if (/\s/u.test(ch) || ch === '\u3000' || ch === '\uFEFF') continue;
    const full = HALF_TO_FULL[ch] ?? ch;
    out.push(canon.get(full) ?? full);
  }
  return out;
}

/** Myers' O(ND) diff of two sequences: a list of operations ('=' equal, '-' only in a, '+' only in b). */
export function diff<T>(a: readonly T[], b: readonly T[]): ('=' | '-' | '+')[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const off = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    const next = v;
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[off + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
    v = next;
  }
  // Walk back through the trace.
  const ops: ('=' | '-' | '+')[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const t = trace[d]; // v before step d, window [off-d-1, off+d+1]
    const at = (k: number): number => t[k + d + 1];
    const k = x - y;
    let prevK: number;
    if (d === 0) prevK = 0;
    else prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('=');
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push('+');
      else ops.push('-');
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push('=');
    x--;
    y--;
  }
  return ops.reverse();
}

/**
 * Aligns ours with the reference by the diff; a hunk with as many characters on each side counts as
 * that many substitutions (character against character), any other hunk as text only one side has.
 */
export function compareQuality(ours: string[], reference: string[]): Omit<QualityResult, 'locale'> {
  const ops = diff(ours, reference);
  let i = 0;
  let j = 0;
  let equal = 0;
  let substituted = 0;
  let onlyOurs = 0;
  let onlyReference = 0;
  const pairs = new Map<string, number>();
  let k = 0;
  while (k < ops.length) {
    if (ops[k] === '=') {
      equal++;
      i++;
      j++;
      k++;
      continue;
    }
    let del = 0;
    let ins = 0;
    while (k < ops.length && ops[k] !== '=') {
      if (ops[k] === '-') del++;
      else ins++;
      k++;
    }
    if (del === ins) {
      for (let q = 0; q < del; q++) {
        const key = `${ours[i + q]}→${reference[j + q]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
      substituted += del;
    } else {
      onlyOurs += del;
      onlyReference += ins;
    }
    i += del;
    j += ins;
  }
  const top = [...pairs].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return { matchRate: equal / Math.max(1, equal + substituted), equal, substituted, onlyOurs, onlyReference, top };
}

function quality(files: readonly CorpusFile[], log: Log): QualityResult[] {
  const simplified = files.find((f) => f.name === 'plan-suigang-simplified.txt');
  const reference = files.find((f) => f.name === 'plan-suigang-traditional-hk.txt');
  if (!simplified || !reference) {
    log('(plan-suigang-simplified.txt / plan-suigang-traditional-hk.txt not in the corpus: quality skipped)');
    return [];
  }
  const canon = new Map<string, string>();
  for (const [a, b] of VARIANT_PAIRS) canon.set(a, b);
  const ref = normalizeForQuality(reference.text, canon);
  const results: QualityResult[] = [];
  for (const locale of ['t', 'hk', 'tw', 'twp'] as const) {
    const ours = normalizeForQuality(getConverter('cn', locale).convert(simplified.text), canon);
    results.push({ locale, ...compareQuality(ours, ref) });
  }
  return results;
}

// ---------------------------------------------------------------------------------------------

export function runConvertBench(options: { log?: Log; quick?: boolean; files?: CorpusFile[] } = {}): ConvertBenchResult {
  const log = options.log ?? ((line: string) => console.log(line));
  const gc = getGc();
  const files = options.files ?? corpusFiles();
  const runs = options.quick ? 2 : 5;
  log(`\n## Simplified ↔ Traditional conversion\n`);
  if (files.length === 0) {
    log(`(no corpus at ${CORPUS_DIR}: conversion bench skipped)`);
    return { pairs: [], quality: [] };
  }
  const big = bigText(files, options.quick ? BIG_TEXT_BYTES / 10 : BIG_TEXT_BYTES);
  const bigStripped = stripTransparent(big);
  const native = nativeOpencc();
  log(
    `10 MB text: the ${files.length} corpus documents repeated, ${int(Buffer.byteLength(big, 'utf8'))} bytes of UTF-8 = ${int(big.length)} UTF-16 chars, ` +
      `${int(big.split('\n').length)} lines; ${int(big.length - bigStripped.length)} chars of line breaks the line-break rule makes transparent.`,
  );
  log(`Native OpenCC: ${native.available ? `opencc ${native.why ?? ''} (Debian), its own dictionaries (older than opencc-js's 1.4.2 data, so its output differs)` : native.why}.`);
  log(
    `Ours: build = getConverter on a cold start (data file read + tables set up); heap = heapUsed / ArrayBuffer memory held after forced gcs. ` +
      `Throughput: ${runs} runs, best and median. opencc-js: Converter({from, to}) and one run on the same text. Native: opencc -c X -i file -o file, ` +
      `minus its run on an empty file (its start-up and dictionary loading, shown as "native start"). ` +
      `Ours runs on the 10 MB text as it is (hard-wrapped: the line-break rule at work); opencc-js and native on the same text with the transparent ` +
      `line breaks taken out (${int(bigStripped.length)} chars), since they do not know the rule.`,
  );

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-convert-bench-'));
  const bigFile = path.join(tmp, 'big.txt');
  const emptyFile = path.join(tmp, 'empty.txt');
  const outFile = path.join(tmp, 'out.txt');
  fs.writeFileSync(bigFile, bigStripped);
  fs.writeFileSync(emptyFile, '');

  const results: PairResult[] = [];
  const perDoc = new Map<string, number[]>(); // document → ms per pair
  try {
    for (const { from, to, native: config } of BENCH_PAIRS) {
      const pair = `${from}→${to}`;
      // Ours: cold construction and memory.
      resetConverters();
      const built = measureHeld(gc, () => {
        const c = getConverter(from, to);
        c.convert('预热');
        return c;
      });
      const conv = built.value;
      // Every corpus document.
      for (let w = 0; w < 3; w++) for (const f of files) conv.convert(f.text); // warm-up
      const docMs: number[] = [];
      let worstPer30k = 0;
      for (const f of files) {
        const t = bestOf(options.quick ? 5 : 21, () => conv.convert(f.text));
        docMs.push(t.median);
        if (f.text.length >= 5000) worstPer30k = Math.max(worstPer30k, (t.median * 30000) / f.text.length);
      }
      files.forEach((f, i) => {
        const row = perDoc.get(f.name) ?? [];
        row.push(docMs[i]);
        perDoc.set(f.name, row);
      });
      // The 10 MB text (one warm-up run first).
      conv.convert(big);
      let ours = '';
      const t = bestOf(runs, () => {
        ours = conv.convert(big);
      });
      // opencc-js on the same text (without the transparent breaks, which it does not know).
      const ref = measureHeld(gc, () => OpenCC.Converter({ from, to } as Parameters<typeof OpenCC.Converter>[0]) as (s: string) => string);
      const r0 = nowMs();
      const refOut = ref.value(bigStripped);
      const refMs = nowMs() - r0;
      const identical = stripTransparent(ours) === refOut && conv.convert(bigStripped) === refOut;
      ours = '';
      // Native.
      let nativeCharsPerS: number | null = null;
      let nativeStartMs: number | null = null;
      let nativeSameLines: number | null = null;
      if (native.available) {
        const start = Math.min(runNative(config, emptyFile, outFile), runNative(config, emptyFile, outFile));
        const total = runNative(config, bigFile, outFile);
        nativeStartMs = start;
        nativeCharsPerS = bigStripped.length / (Math.max(1, total - start) / 1000);
        const nativeLines = fs.readFileSync(outFile, 'utf8').split('\n');
        const refLines = refOut.split('\n');
        let same = 0;
        for (let i = 0; i < refLines.length; i++) if (nativeLines[i] === refLines[i]) same++;
        nativeSameLines = same / refLines.length;
      }
      results.push({
        pair,
        buildMs: built.ms,
        heapMB: built.heapMB,
        arrayBuffersMB: built.arrayBuffersMB,
        bigMs: t.median,
        bigCharsPerS: big.length / (t.best / 1000),
        identical,
        openccBuildMs: ref.ms,
        openccHeapMB: ref.heapMB,
        openccCharsPerS: bigStripped.length / (refMs / 1000),
        nativeCharsPerS,
        nativeStartMs,
        nativeSameLines,
        worstPer30kMs: worstPer30k,
      });
      fullGc(gc);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const mark = (ok: boolean): string => (ok ? 'MET' : 'MISSED');
  log('');
  log(
    table(
      [
        { title: 'pair', align: 'left' },
        { title: 'build ms', align: 'right' },
        { title: 'heap MB', align: 'right' },
        { title: 'ArrayBuf MB', align: 'right' },
        { title: 'Mchar/s best', align: 'right' },
        { title: '10MB med ms', align: 'right' },
        { title: '30k chars ms', align: 'right' },
        { title: '= opencc-js', align: 'left' },
        { title: 'opencc-js build', align: 'right' },
        { title: 'opencc-js heap MB', align: 'right' },
        { title: 'opencc-js Mchar/s', align: 'right' },
        { title: 'native Mchar/s', align: 'right' },
        { title: 'native start ms', align: 'right' },
        { title: 'native = opencc-js lines', align: 'right' },
        { title: 'targets', align: 'left' },
      ],
      results.map((r) => [
        r.pair,
        ms(r.buildMs, 1),
        ms(r.heapMB, 2),
        ms(r.arrayBuffersMB, 2),
        (r.bigCharsPerS / 1e6).toFixed(1),
        ms(r.bigMs, 0),
        ms(r.worstPer30kMs, 2),
        r.identical ? 'yes' : 'NO',
        ms(r.openccBuildMs, 0),
        ms(r.openccHeapMB, 1),
        (r.openccCharsPerS / 1e6).toFixed(2),
        r.nativeCharsPerS === null ? '-' : (r.nativeCharsPerS / 1e6).toFixed(2),
        r.nativeStartMs === null ? '-' : ms(r.nativeStartMs, 0),
        r.nativeSameLines === null ? '-' : `${(r.nativeSameLines * 100).toFixed(1)}%`,
        [
          `build ${mark(r.buildMs < TARGET_BUILD_MS)}`,
          `heap ${mark(r.heapMB + r.arrayBuffersMB < TARGET_HEAP_MB)}`,
          `speed ${mark(r.bigCharsPerS >= TARGET_CHARS_PER_S)}`,
          `30k ${mark(r.worstPer30kMs < TARGET_30K_MS)}`,
        ].join(', '),
      ]),
    ),
  );
  log(
    `\nTargets: built in < ${TARGET_BUILD_MS} ms, < ${TARGET_HEAP_MB} MB held (heap + ArrayBuffers), >= ${TARGET_CHARS_PER_S / 1e6} M chars/s on the 10 MB text, ` +
      `a 30,000-char document in < ${TARGET_30K_MS} ms ("30k chars ms": the worst corpus document of >= 5,000 chars, scaled to 30,000 chars).`,
  );
  log(
    `"= opencc-js": our output on the 10 MB text, with the transparent line breaks taken out, equals opencc-js's output on the text without them, ` +
      `and our output on that text equals opencc-js's exactly.`,
  );

  log('\nPer corpus document, our conversion time (median ms):\n');
  log(
    table(
      [{ title: 'document', align: 'left' }, { title: 'chars', align: 'right' }, ...results.map((r) => ({ title: r.pair, align: 'right' as const }))],
      files.map((f) => [f.name, int(f.text.length), ...(perDoc.get(f.name) ?? []).map((v) => ms(v, 3))]),
    ),
  );

  const q = quality(files, log);
  if (q.length > 0) {
    log('\nQuality: plan-suigang-simplified.txt converted with each locale against plan-suigang-traditional-hk.txt.');
    log(
      'Both normalised: whitespace and BOM removed, half-width , : ; ( ) ! ? made full-width, and these pairs treated as the same character: ' +
        VARIANT_PAIRS.map(([a, b]) => `${a}/${b}`).join(' ') +
        '.',
    );
    log(
      'Aligned with a character diff (Myers, shortest edit script); a hunk with as many characters on each side is counted character by character ' +
        '(substitutions), any other hunk as text only one side has (the news lead in the simplified file, the source line in the HK file). ' +
        'Match rate = equal / (equal + substituted).\n',
    );
    log(
      table(
        [
          { title: 'locale', align: 'left' },
          { title: 'match rate', align: 'right' },
          { title: 'equal', align: 'right' },
          { title: 'substituted', align: 'right' },
          { title: 'only ours', align: 'right' },
          { title: 'only HK text', align: 'right' },
          { title: 'top differences (ours→HK text ×count)', align: 'left' },
        ],
        q.map((r) => [
          `cn→${r.locale}`,
          `${(r.matchRate * 100).toFixed(2)}%`,
          int(r.equal),
          int(r.substituted),
          int(r.onlyOurs),
          int(r.onlyReference),
          r.top
            .slice(0, 12)
            .map(([k, n]) => `${k} ×${n}`)
            .join(', '),
        ]),
      ),
    );
  }
  return { pairs: results, quality: q };
}

if (require.main === module) {
  const t0 = nowMs();
  runConvertBench({ quick: process.argv.includes('--quick') });
  console.log(`\n(convert bench: ${ms((nowMs() - t0) / 1000, 1)} s)`);
}
