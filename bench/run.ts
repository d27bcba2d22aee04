/**
 * Gongwen benchmark: in-process parse + check of every corpus document and of a generated 1 MB
 * plan, and the real server's didChange → publishDiagnostics latency over stdio.
 *
 *   npm run bench        (builds, then node out/bench/run.js)
 *
 * GONGWEN_CORPUS=<dir> overrides the corpus location (default ../shared/corpus beside the repo).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createLanguageService } from '../server/src/service';
import { CORPUS_DIR, CORPUS_PLAN, REPO_ROOT, corpusFiles } from './corpus';
import { runConvertBench } from './convert';
import { generatePlan, generateRegulation } from './generate';
import { timeDocument, type InProcessResult } from './inprocess';
import { SERVER_DEBOUNCE_MS, SERVER_JS, ServerSession, measureLatency, type LatencyResult } from './lsp';
import { int, ms, nowMs, table } from './stats';

/** The target for the generated plan: fully checked in under this many ms. */
const TARGET_1MB_MS = 50;
/** A 1 MB file: 1,048,576 bytes of UTF-8, about 360,000 characters of Chinese text. */
const TARGET_BYTES = 1_048_576;
/** The same plan at 1,000,000 characters (about 2.9 MB of UTF-8), for scale. */
const TARGET_CHARS = 1_000_000;
const EDITS = 20;

function heading(title: string): void {
  console.log(`\n## ${title}\n`);
}

function machineInfo(): void {
  const cpus = os.cpus();
  const models = [...new Set(cpus.map((c) => c.model.trim()))].join(', ') || 'unknown';
  heading('Machine');
  console.log(
    table(
      [{ title: 'item', align: 'left' }, { title: 'value', align: 'left' }],
      [
        ['node', `${process.version} (V8 ${process.versions.v8})`],
        ['platform', `${os.platform()} ${os.release()} ${os.arch()}`],
        ['CPU', models],
        ['cores', `${cpus.length} logical (availableParallelism ${os.availableParallelism()})`],
        ['speed', cpus[0]?.speed ? `${cpus[0].speed} MHz (reported)` : 'unknown'],
        ['memory', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(os.freemem() / 2 ** 30).toFixed(1)} GiB free`],
        ['corpus', CORPUS_DIR],
      ],
    ),
  );
}

function inProcessTable(results: readonly InProcessResult[], targetFor?: (r: InProcessResult) => string): string {
  const columns = [
    { title: 'document', align: 'left' as const },
    { title: 'chars', align: 'right' as const },
    { title: 'UTF-8 KB', align: 'right' as const },
    { title: 'clauses', align: 'right' as const },
    { title: 'diags', align: 'right' as const },
    { title: 'runs', align: 'right' as const },
    { title: 'refs', align: 'right' as const },
    { title: 'terms', align: 'right' as const },
    { title: 'parse med', align: 'right' as const },
    { title: 'resolve med', align: 'right' as const },
    { title: 'rules med', align: 'right' as const },
    { title: 'total med ms', align: 'right' as const },
    { title: 'total p90 ms', align: 'right' as const },
    { title: 'Mchar/s', align: 'right' as const },
  ];
  if (targetFor) columns.push({ title: 'target', align: 'left' as const });
  const rows = results.map((r) => {
    const row = [
      r.name,
      int(r.chars),
      (r.utf8Bytes / 1024).toFixed(1),
      int(r.clauses),
      int(r.diagnostics),
      String(r.total.runs),
      int(r.references),
      int(r.terms),
      ms(r.parse.median),
      ms(r.refs.median),
      ms(r.rules.median),
      ms(r.total.median),
      ms(r.total.p90),
      (r.chars / r.total.median / 1000).toFixed(1),
    ];
    if (targetFor) row.push(targetFor(r));
    return row;
  });
  return table(columns, rows);
}

function latencyTable(results: readonly LatencyResult[], checkMedian: Map<string, number>): string {
  return table(
    [
      { title: 'document', align: 'left' },
      { title: 'chars', align: 'right' },
      { title: 'didChange', align: 'left' },
      { title: 'edits', align: 'right' },
      { title: 'diags', align: 'right' },
      { title: 'open ms', align: 'right' },
      { title: 'latency med', align: 'right' },
      { title: 'latency p90', align: 'right' },
      { title: `med - ${SERVER_DEBOUNCE_MS}`, align: 'right' },
      { title: `p90 - ${SERVER_DEBOUNCE_MS}`, align: 'right' },
      { title: 'in-proc check med', align: 'right' },
      { title: 'other med', align: 'right' },
    ],
    results.map((r) => {
      const check = checkMedian.get(r.name) ?? NaN;
      return [
        r.name,
        int(r.chars),
        r.mode === 'full' ? 'full text' : '1-char range',
        String(r.latency.runs),
        int(r.diagnostics),
        ms(r.openMs, 1),
        ms(r.latency.median),
        ms(r.latency.p90),
        ms(r.latency.median - SERVER_DEBOUNCE_MS),
        ms(r.latency.p90 - SERVER_DEBOUNCE_MS),
        ms(check),
        ms(r.latency.median - SERVER_DEBOUNCE_MS - check),
      ];
    }),
  );
}

function topCodes(results: readonly InProcessResult[]): string {
  const all = new Map<string, number>();
  for (const r of results) for (const [code, n] of r.byCode) all.set(code, (all.get(code) ?? 0) + n);
  return [...all].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ') || 'none';
}

async function main(): Promise<void> {
  const started = nowMs();
  console.log('# Gongwen bench');
  machineInfo();

  const files = corpusFiles();
  if (files.length === 0) console.log(`\n(no corpus at ${CORPUS_DIR}; corpus rows and the corpus plan are skipped)`);
  const planSource = files.find((f) => f.name === CORPUS_PLAN)?.text;

  // Generate the 1 MB plan first, so the generator's own garbage is gone before timing.
  const g0 = nowMs();
  const plan = generatePlan(planSource, TARGET_CHARS);
  const generateMs = nowMs() - g0;
  const planName = 'generated-plan-1M-chars';
  let mb = generatePlan(planSource, Math.round(TARGET_BYTES / 2.95));
  for (let chars = mb.text.length; Buffer.byteLength(mb.text, 'utf8') < TARGET_BYTES; ) mb = generatePlan(planSource, (chars += 10_000));
  const mbName = 'generated-plan-1MB';

  // One shared warm-up pass over everything, so the first document measured is not the JIT's.
  const service = createLanguageService();
  for (const f of files) timeDocument(f.name, f.text, { warmup: 1, maxRuns: 1, minRuns: 1 }, service);
  timeDocument(planName, plan.text, { warmup: 2, maxRuns: 1, minRuns: 1 }, service);
  timeDocument(mbName, mb.text, { warmup: 2, maxRuns: 1, minRuns: 1 }, service);

  heading('1. Corpus: in-process parse + check (getDiagnostics on a fresh version each run)');
  console.log('Times in ms; parse = getModel, resolve = every reference and defined term resolved on that model,');
  console.log('rules = getDiagnostics after that, total = all three.');
  console.log('5 warm-up runs per document, then up to 30 measured runs (fewer for big inputs, at least 5).\n');
  const corpusResults: InProcessResult[] = [];
  for (const f of files) corpusResults.push(timeDocument(f.name, f.text, { maxRuns: 30, minRuns: 5, budgetMs: 1500 }, service));
  console.log(inProcessTable(corpusResults));
  const totalChars = corpusResults.reduce((a, r) => a + r.chars, 0);
  const totalMedian = corpusResults.reduce((a, r) => a + r.total.median, 0);
  console.log(
    `\n${corpusResults.length} documents, ${int(totalChars)} chars; sum of medians ${ms(totalMedian)} ms` +
      (totalMedian > 0 ? ` (${(totalChars / totalMedian / 1000).toFixed(1)} Mchar/s).` : '.'),
  );
  console.log(`Diagnostics by rule across the corpus: ${topCodes(corpusResults)}.`);

  heading('2. Generated plans, 1 MB and 1,000,000 characters: in-process parse + check');
  console.log(
    `${mbName}: a 1 MB file, ${int(Buffer.byteLength(mb.text, 'utf8'))} bytes of UTF-8 = ${int(mb.text.length)} characters.\n` +
      `${planName}: the same kind of plan at ${int(TARGET_CHARS)} UTF-16 code units (JavaScript string length, i.e. characters for CJK text);\n` +
      `it is ${int(plan.text.length)} chars = ${int(Buffer.byteLength(plan.text, 'utf8'))} bytes of UTF-8 ` +
      `(${(Buffer.byteLength(plan.text, 'utf8') / 2 ** 20).toFixed(2)} MiB), ${int(plan.text.split('\n').length)} lines.`,
  );
  console.log(
    `Structure: ${plan.parts} parts 一、, ${plan.sections} sections （一）, ${plan.items} items 1., ${plan.subitems} subitems （1）, ` +
      `${plan.inlineLists} inline lists 一是…, ${plan.dashItems} dash items ——; lines wrapped at 50 chars; ` +
      `sentences reused from ${planSource ? CORPUS_PLAN : 'a built-in list (corpus plan not found)'}; generated in ${ms(generateMs, 1)} ms.\n`,
  );
  const mbResult = timeDocument(mbName, mb.text, { maxRuns: 30, minRuns: 10, budgetMs: 3000, warmup: 5 }, service);
  const planResult = timeDocument(planName, plan.text, { maxRuns: 30, minRuns: 10, budgetMs: 3000, warmup: 5 }, service);
  console.log(
    inProcessTable([mbResult, planResult], (r) => `< ${TARGET_1MB_MS} ms: ${r.total.median < TARGET_1MB_MS ? 'MET' : 'MISSED'} (median), ${r.total.p90 < TARGET_1MB_MS ? 'MET' : 'MISSED'} (p90)`),
  );
  if (planResult.diagnostics > 0) console.log(`Diagnostics by rule: ${topCodes([mbResult, planResult])}.`);

  heading('2b. Generated regulation: 1,000 articles, 5,000 references');
  const regulation = generateRegulation(1000, 5000);
  console.log(
    `${int(regulation.text.length)} chars; ${int(regulation.references)} references written (articles, paragraphs, items, 前款, 本条, ranges, lists,\n` +
      `references to other laws) and ${regulation.terms} defined terms.\n`,
  );
  const regulationResult = timeDocument('generated-regulation', regulation.text, { maxRuns: 30, minRuns: 10, budgetMs: 3000, warmup: 3 }, service);
  console.log(inProcessTable([regulationResult]));
  if (regulationResult.diagnostics > 0) console.log(`Diagnostics by rule: ${topCodes([regulationResult])}.`);

  heading(`3. Server: didChange -> publishDiagnostics latency (node ${path.relative(REPO_ROOT, SERVER_JS)} --stdio)`);
  if (!fs.existsSync(SERVER_JS)) {
    console.log(`(server not built at ${SERVER_JS}; skipped)`);
  } else {
    const latency: LatencyResult[] = [];
    const session = new ServerSession();
    try {
      await session.initialize();
      const docs: [string, string][] = [];
      if (planSource) docs.push([CORPUS_PLAN, planSource]);
      docs.push([mbName, mb.text]);
      docs.push([planName, plan.text]);
      for (const mode of ['full', 'incremental'] as const) {
        for (const [name, text] of docs) latency.push(await measureLatency(session, name, text, mode, EDITS));
      }
    } finally {
      await session.close();
    }
    console.log(
      `Each row: open the document (languageId gongwen), wait for its diagnostics, then ${EDITS} didChange notifications one\n` +
        `at a time (3 untimed first), each toggling one character in running text near the middle, with a new version;\n` +
        `latency = from sending the didChange until publishDiagnostics for that version arrives, in ms.\n` +
        `The server debounces ${SERVER_DEBOUNCE_MS} ms after a change before it checks, so "- ${SERVER_DEBOUNCE_MS}" columns subtract that;\n` +
        `"other" = latency - debounce - in-process check median (transport, JSON, TextDocument update, timer slack).\n` +
        `"full text" is what the task specifies; "1-char range" is the incremental sync the server advertises.\n`,
    );
    const checkMedian = new Map<string, number>([
      [planName, planResult.total.median],
      [mbName, mbResult.total.median],
    ]);
    const corpusPlan = corpusResults.find((r) => r.name === CORPUS_PLAN);
    if (corpusPlan) checkMedian.set(CORPUS_PLAN, corpusPlan.total.median);
    console.log(latencyTable(latency, checkMedian));
    if (session.errors.trim()) console.log(`\nServer stderr:\n${session.errors.trim()}`);
  }

  heading('4. Simplified ↔ Traditional conversion');
  runConvertBench({ log: (line: string) => console.log(line), files });

  console.log(`\nBench finished in ${((nowMs() - started) / 1000).toFixed(1)} s.`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
