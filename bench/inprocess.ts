/** In-process timing of parse + check through the language service. */
import { createLanguageService, type GongwenDocument, type LanguageService } from '../server/src/service';
import { crossReferences } from '../server/src/service/model/crossref';
import { nowMs, summarize, type Summary } from './stats';

export interface InProcessResult {
  name: string;
  chars: number;
  utf8Bytes: number;
  clauses: number;
  diagnostics: number;
  /** getModel on a fresh version: parse only. */
  parse: Summary;
  /** Resolving every reference and defined term on the parsed model. */
  refs: Summary;
  /** getDiagnostics after that: the rules. */
  rules: Summary;
  references: number;
  terms: number;
  /** Both, i.e. getDiagnostics on a fresh version. */
  total: Summary;
  /** Diagnostic counts per rule code. */
  byCode: Map<string, number>;
}

export interface TimingOptions {
  /** Runs for a small document. */
  maxRuns?: number;
  minRuns?: number;
  /** Rough time budget per document for the measured runs, in ms. */
  budgetMs?: number;
  warmup?: number;
}

let uriCounter = 0;

/** A document whose version the caller bumps, so that every call misses the service's cache. */
class BenchDocument implements GongwenDocument {
  readonly uri = `file:///bench/doc-${++uriCounter}.gongwen`;
  version = 0;
  constructor(private readonly text: string) {}
  getText(): string {
    return this.text;
  }
}

export function timeDocument(name: string, text: string, options: TimingOptions = {}, service: LanguageService = createLanguageService()): InProcessResult {
  const { maxRuns = 30, minRuns = 5, budgetMs = 1500, warmup = 5 } = options;
  const doc = new BenchDocument(text);
  const once = (): [number, number, number] => {
    doc.version++;
    const t0 = nowMs();
    const model = service.getModel(doc);
    const t1 = nowMs();
    crossReferences(model);
    const t2 = nowMs();
    service.getDiagnostics(doc);
    const t3 = nowMs();
    return [t1 - t0, t2 - t1, t3 - t2];
  };

  let first = 0;
  for (let i = 0; i < warmup; i++) {
    const [p, x, r] = once();
    first = p + x + r;
  }
  const runs = Math.max(minRuns, Math.min(maxRuns, Math.floor(budgetMs / Math.max(first, 0.01))));
  const parse: number[] = [];
  const refs: number[] = [];
  const rules: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [p, x, r] = once();
    parse.push(p);
    refs.push(x);
    rules.push(r);
    total.push(p + x + r);
  }

  const model = service.getModel(doc);
  const cross = crossReferences(model);
  const diagnostics = service.getDiagnostics(doc);
  const byCode = new Map<string, number>();
  for (const d of diagnostics) {
    const code = d.code;
    byCode.set(code, (byCode.get(code) ?? 0) + 1);
  }
  service.forget(doc.uri);
  return {
    name,
    chars: text.length,
    utf8Bytes: Buffer.byteLength(text, 'utf8'),
    clauses: model.allClauses.length,
    diagnostics: diagnostics.length,
    parse: summarize(parse),
    refs: summarize(refs),
    rules: summarize(rules),
    references: cross.references.length,
    terms: cross.terms.length,
    total: summarize(total),
    byCode,
  };
}
