#!/usr/bin/env node
/**
 * The Gongwen command line: the same language service as the editor, over files.
 *
 *   gongwen check   [--format text|json] [--rule CODE=SEVERITY]... [--config FILE] PATH...
 *   gongwen outline [--format text|json] PATH
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService, readSettings, RULES, type GongwenDocument, type OutlineNode } from './service';
import { serverInfo } from './version';

const USAGE = `Usage:
  gongwen check   [--format text|json] [--rule CODE=SEVERITY]... [--config FILE] PATH...
  gongwen outline [--format text|json] PATH
  gongwen refs    [--format text|json] PATH
  gongwen convert --to cn|t|hk|tw|twp [--from auto|cn|t|hk|tw|twp] [--punctuation] [--protect WORD]... [-o OUT] PATH
  gongwen rules
  gongwen --version

check     reports problems as file:line:col severity code message (line and column 1-based;
          columns count UTF-16 code units, as LSP does). Exit 0: no error; 1: errors; 2: bad usage
          or a file that cannot be read. A directory is searched for .txt, .md, .gw and .gongwen files.
outline   prints the document's structure as an indented tree (or JSON).
refs      lists every cross-reference with the clause it resolves to, and every defined term
          with its full name and uses (or JSON).
convert   converts between Simplified and Traditional (OpenCC): to stdout, or to OUT with -o (never over
          its input unless -o names it). Markers, document numbers, URLs, Latin text and protected
          words stay as they are; line endings and a BOM are kept. --punctuation also converts
          quotes (“” ↔ 「」) and half-width , : ; ( ) in Chinese text.
rules     lists every rule code with its default severity.
--rule    sets a rule's severity (error, warning, information, hint) or turns it off: --rule numbering/single-child=off
--config  reads settings from a JSON file: {"rules": {...}, "numbering": {"convention": {"（一）": "continuous"}}}
--lang    message language: zh-cn (default) or en
`;

class UsageError extends Error {}

interface Options {
  command: string;
  format: 'text' | 'json';
  to?: string;
  from?: string;
  punctuation: boolean;
  protect: string[];
  output?: string;
  rules: Record<string, string>;
  config?: string;
  lang?: string;
  paths: string[];
}

function parseArgs(argv: readonly string[]): Options {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('no command given');
  const options: Options = { command, format: 'text', rules: {}, paths: [], punctuation: false, protect: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = (name: string): string => {
      const eq = arg.indexOf('=');
      if (eq > 0 && arg.startsWith('--')) return arg.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'text' && f !== 'json') throw new UsageError(`unknown format "${f}" (text or json)`);
      options.format = f;
    } else if (arg === '--rule' || arg.startsWith('--rule=')) {
      const spec = value('--rule');
      const eq = spec.lastIndexOf('=');
      const code = eq > 0 ? spec.slice(0, eq) : '';
      const severity = spec.slice(eq + 1);
      if (!RULES.some((r) => r.code === code)) throw new UsageError(`unknown rule "${code}" (see: gongwen rules)`);
      if (!['error', 'warning', 'information', 'hint', 'off'].includes(severity)) throw new UsageError(`unknown severity "${severity}" for ${code}`);
      options.rules[code] = severity;
    } else if (arg === '--config' || arg.startsWith('--config=')) {
      options.config = value('--config');
    } else if (arg === '--to' || arg.startsWith('--to=')) {
      options.to = value('--to');
    } else if (arg === '--from' || arg.startsWith('--from=')) {
      options.from = value('--from');
    } else if (arg === '--punctuation') {
      options.punctuation = true;
    } else if (arg === '--protect' || arg.startsWith('--protect=')) {
      options.protect.push(value('--protect'));
    } else if (arg === '-o' || arg === '--output' || arg.startsWith('--output=')) {
      options.output = value('--output');
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      options.lang = value('--lang');
    } else if (arg === '--') {
      options.paths.push(...rest.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}"`);
    } else {
      options.paths.push(arg);
    }
  }
  return options;
}

/** An error reading input: a clear message on stderr and exit code 2. */
class InputError extends Error {}

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.gw', '.gongwen']);

function expand(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      throw new InputError(`cannot read ${p}: ${describe(e)}`);
    }
    if (stat.isDirectory()) {
      const entries = fs.readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
      const inner = entries
        .filter((e) => !e.name.startsWith('.') && (e.isDirectory() || TEXT_EXTENSIONS.has(path.extname(e.name).toLowerCase())))
        .map((e) => path.join(p, e.name));
      out.push(...expand(inner));
    } else {
      out.push(p);
    }
  }
  return out;
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return e instanceof Error ? e.message : String(e);
}

/** Reads a file as UTF-8; a BOM is dropped so that columns match what an editor shows. */
function readDocument(file: string): GongwenDocument {
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${describe(e)}`);
  }
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\uFFFD') && !buffer.includes(Buffer.from('\uFFFD', 'utf8'))) {
    throw new InputError(`cannot read ${file}: it is not UTF-8 text (convert it to UTF-8 first, e.g. iconv -f GB18030 -t UTF-8)`);
  }
  const uri = pathToFileURL(path.resolve(file)).href;
  return { uri, version: 0, getText: () => text };
}

function loadSettings(options: Options) {
  let raw: Record<string, unknown> = {};
  if (options.config) {
    try {
      raw = JSON.parse(fs.readFileSync(options.config, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new InputError(`cannot read settings from ${options.config}: ${describe(e)}`);
    }
  }
  const rules = { ...(typeof raw.rules === 'object' && raw.rules ? (raw.rules as Record<string, unknown>) : {}), ...options.rules };
  return readSettings({ ...raw, rules }, options.lang ?? 'zh-cn');
}

const SEVERITY_NAME = ['', 'error', 'warning', 'information', 'hint'];

function check(options: Options, out: NodeJS.WritableStream): number {
  if (options.paths.length === 0) throw new UsageError('check needs at least one PATH');
  const service = createLanguageService({ settings: loadSettings(options) });
  const files = expand(options.paths);
  let errors = 0;
  const results: Array<{ path: string; diagnostics: unknown[] }> = [];
  for (const file of files) {
    const doc = readDocument(file);
    const diagnostics = service.getDiagnostics(doc);
    service.forget(doc.uri);
    errors += diagnostics.filter((d) => d.severity === 1).length;
    if (options.format === 'json') {
      results.push({ path: file, diagnostics });
    } else {
      for (const d of diagnostics) {
        out.write(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAME[d.severity]} ${d.code} ${d.message}\n`);
      }
    }
  }
  if (options.format === 'json') out.write(JSON.stringify({ files: results }, null, 2) + '\n');
  return errors > 0 ? 1 : 0;
}

function outline(options: Options, out: NodeJS.WritableStream): number {
  if (options.paths.length !== 1) throw new UsageError('outline takes exactly one PATH');
  const file = options.paths[0];
  const doc = readDocument(file);
  const service = createLanguageService({ settings: loadSettings(options) });
  const symbols = service.getOutline(doc);
  if (options.format === 'json') {
    out.write(JSON.stringify({ path: file, symbols }, null, 2) + '\n');
    return 0;
  }
  const walk = (nodes: readonly OutlineNode[], indent: string) => {
    for (const n of nodes) {
      const sep = n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section' || n.kind === 'article' ? ' ' : '';
      const title = n.title.length > 40 ? n.title.slice(0, 40) + '…' : n.title;
      const label = `${n.marker}${n.marker && title ? sep : ''}${title}`;
      out.write(`${indent}${label}  (${n.range.start.line + 1})\n`);
      walk(n.children, indent + '  ');
    }
  };
  walk(symbols, '');
  return 0;
}

function refs(options: Options, out: NodeJS.WritableStream): number {
  if (options.paths.length !== 1) throw new UsageError('refs takes exactly one PATH');
  const file = options.paths[0];
  const doc = readDocument(file);
  const service = createLanguageService({ settings: loadSettings(options) });
  const report = service.getReferencesReport(doc);
  if (options.format === 'json') {
    out.write(JSON.stringify({ path: file, ...report }, null, 2) + '\n');
    return 0;
  }
  const at = (r: { start: { line: number; character: number } }) => `${r.start.line + 1}:${r.start.character + 1}`;
  for (const r of report.references) {
    let target: string;
    if (r.external) target = `(other document${r.external.title ? ` 《${r.external.title}》` : r.external.name ? ` ${r.external.name}` : ''})`;
    else if (!r.target) target = `✗ ${r.problem ?? 'unresolved'}`;
    else target = `${r.target.marker}${r.target.title ? ' ' + r.target.title.slice(0, 24) : ''} (${at(r.target.range)})${r.problem ? ` [${r.problem}]` : ''}`;
    out.write(`${file}:${at(r.range)} ${r.text} → ${target}\n`);
  }
  for (const t of report.terms) {
    out.write(`${file}:${at(t.definition)} ${t.name} = ${t.fullName} (${t.uses.length} uses)\n`);
  }
  return 0;
}

const LOCALES = ['cn', 't', 'hk', 'tw', 'twp'];

function convert(options: Options, out: NodeJS.WritableStream): number {
  if (options.paths.length !== 1) throw new UsageError('convert takes exactly one PATH');
  if (!options.to) throw new UsageError('convert needs --to cn|t|hk|tw|twp');
  if (!LOCALES.includes(options.to)) throw new UsageError(`unknown locale "${options.to}" for --to (cn, t, hk, tw or twp)`);
  const from = options.from ?? 'auto';
  if (from !== 'auto' && !LOCALES.includes(from)) throw new UsageError(`unknown locale "${from}" for --from (auto, cn, t, hk, tw or twp)`);
  const file = options.paths[0];
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${describe(e)}`);
  }
  const raw = buffer.toString('utf8');
  if (raw.includes('\uFFFD') && !buffer.includes(Buffer.from('\uFFFD', 'utf8'))) throw new InputError(`cannot read ${file}: it is not UTF-8 text`);
  const bom = raw.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const text = bom ? raw.slice(1) : raw;
  const service = createLanguageService({ settings: loadSettings(options) });
  const doc: GongwenDocument = { uri: pathToFileURL(path.resolve(file)).href, version: 0, getText: () => text };
  const result = service.convert(doc, {
    from: from as 'auto',
    to: options.to as 'cn',
    punctuation: options.punctuation,
    protectedWords: [...service.settings().protectedWords, ...options.protect],
  });
  const converted = bom + result.text;
  if (options.output) {
    try {
      fs.writeFileSync(options.output, converted);
    } catch (e) {
      throw new InputError(`cannot write ${options.output}: ${describe(e)}`);
    }
  } else {
    out.write(converted);
  }
  return 0;
}

function listRules(out: NodeJS.WritableStream): number {
  for (const r of RULES) out.write(`${r.code.padEnd(26)} ${r.severity.padEnd(12)} ${r.doc.zh}\n`);
  return 0;
}

export function main(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  if (argv[0] === '--version' || argv[0] === '-v') {
    out.write(`${serverInfo.version}\n`);
    return 0;
  }
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    (argv.length === 0 ? err : out).write(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  try {
    const options = parseArgs(argv);
    switch (options.command) {
      case 'check':
        return check(options, out);
      case 'outline':
        return outline(options, out);
      case 'refs':
        return refs(options, out);
      case 'convert':
        return convert(options, out);
      case 'rules':
        return listRules(out);
      default:
        throw new UsageError(`unknown command "${options.command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`gongwen: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof InputError) {
      err.write(`gongwen: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  // `gongwen outline … | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const code = main(process.argv.slice(2));
  process.exitCode = code;
}
