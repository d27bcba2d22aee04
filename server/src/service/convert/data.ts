/**
 * The prebuilt conversion data: one binary file made at build time by
 * scripts/build-convert-tables.mjs from the opencc-js dictionaries, read synchronously from disk on
 * first use (never from the network).
 *
 * Layout: "GWCNV001", u32 header length, the JSON header, then 8-byte-aligned typed-array sections
 * whose offsets (relative to the end of the header, rounded up to 8) the header lists.
 *
 * Where the file is looked for, in order: the bytes given to {@link setConvertData}; the path in
 * GONGWEN_CONVERT_DATA; `convert-data.bin` beside this module (out/server/src/service/convert/ for
 * the tsc output, dist/ for the esbuild bundle dist/server.js, whose __dirname is dist/).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const DATA_FILE_NAME = 'convert-data.bin';
const MAGIC = 'GWCNV001';
const FORMAT = 3;

type SectionType = 'i32' | 'u32' | 'u16' | 'u8';

interface SectionEntry {
  name: string;
  type: SectionType;
  offset: number;
  length: number;
}

export interface TableRef {
  trie: number;
  /** The section of values (per key of the trie: -1 none, <= -2 one code unit -(u + 2), >= 0 a pool index). */
  values: string;
  /** (key index, value) pairs that replace entries of `values` for this use. */
  overrides?: string;
  /** The largest value length / key length (UTF-16 units) among this table's entries, at least 1. */
  maxRatio: number;
  keys: number;
}

export interface PairHeader {
  /** Which opencc-js chain this pair reproduces: "config s2hk" or "default chain from.X + to.Y". */
  source: string;
  normalize: boolean;
  segmentation: string[] | null;
  stages: string[][];
  runsComposed: boolean;
  main: TableRef | null;
  runs: TableRef[];
}

interface TrieHeader {
  id: number;
  keys: number;
  nodes: number;
  size: number;
  alpha: string;
  base: string;
  check: string;
  term: string;
}

interface Header {
  format: number;
  fingerprint: string;
  generator: string;
  tries: TrieHeader[];
  pool: { chars: string; start: string; count: number };
  pairs: Record<string, PairHeader>;
  chars: string;
  compat: string;
  sections: SectionEntry[];
}

/** A double-array trie over UTF-16 code units (see the build script for the layout). */
export interface TrieArrays {
  /** Code unit → label (0: the unit is in no key). */
  readonly alpha: Uint16Array;
  readonly base: Int32Array;
  readonly check: Int32Array;
  /** Slot → index of the key ending there, or -1. */
  readonly term: Int32Array;
}

export interface CharData {
  simplifiedOnly: string;
  traditionalOnly: string;
  candidates: Record<'s2t' | 't2s' | 't' | 'hk' | 'tw', Record<string, string>>;
}

export class ConvertData {
  readonly header: Header;
  /** Total bytes of the data file held in memory (outside the JS heap, as an ArrayBuffer). */
  readonly byteLength: number;
  private readonly bytes: Uint8Array;
  private readonly dataStart: number;
  private readonly sections = new Map<string, SectionEntry>();
  private readonly tries = new Map<number, TrieArrays>();
  private charData: CharData | undefined;
  private compatMap: Map<number, number> | undefined;
  readonly poolChars: Uint16Array;
  readonly poolStart: Uint32Array;

  constructor(bytes: Uint8Array) {
    if (bytes.byteOffset % 8 !== 0) bytes = new Uint8Array(bytes); // typed views need alignment
    this.bytes = bytes;
    this.byteLength = bytes.byteLength;
    const magic = String.fromCharCode(...bytes.subarray(0, 8));
    if (magic !== MAGIC) throw new Error(`convert: ${DATA_FILE_NAME} is not a conversion data file`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLen = view.getUint32(8, true);
    this.header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLen))) as Header;
    if (this.header.format !== FORMAT) throw new Error(`convert: ${DATA_FILE_NAME} has format ${this.header.format}, expected ${FORMAT}; rebuild`);
    this.dataStart = (12 + headerLen + 7) & ~7;
    for (const s of this.header.sections) this.sections.set(s.name, s);
    this.poolChars = this.section('pool.chars') as Uint16Array;
    this.poolStart = this.section('pool.start') as Uint32Array;
  }

  section(name: string): Int32Array | Uint32Array | Uint16Array | Uint8Array {
    const s = this.sections.get(name);
    if (!s) throw new Error(`convert: no section ${name} in ${DATA_FILE_NAME}`);
    const off = this.bytes.byteOffset + this.dataStart + s.offset;
    const buf = this.bytes.buffer;
    switch (s.type) {
      case 'i32':
        return new Int32Array(buf, off, s.length);
      case 'u32':
        return new Uint32Array(buf, off, s.length);
      case 'u16':
        return new Uint16Array(buf, off, s.length);
      case 'u8':
        return new Uint8Array(buf, off, s.length);
    }
  }

  trie(id: number): TrieArrays {
    let t = this.tries.get(id);
    if (!t) {
      const h = this.header.tries[id];
      const pairs = this.section(h.alpha) as Uint16Array;
      const alpha = new Uint16Array(65536);
      for (let i = 0; i < pairs.length; i += 2) alpha[pairs[i]] = pairs[i + 1];
      t = {
        alpha,
        base: this.section(h.base) as Int32Array,
        check: this.section(h.check) as Int32Array,
        term: this.section(h.term) as Int32Array,
      };
      this.tries.set(id, t);
    }
    return t;
  }

  values(ref: TableRef): Int32Array {
    const base = this.section(ref.values) as Int32Array;
    if (!ref.overrides) return base;
    const v = base.slice();
    const ov = this.section(ref.overrides) as Int32Array;
    for (let i = 0; i < ov.length; i += 2) v[ov[i]] = ov[i + 1];
    return v;
  }

  pair(key: string): PairHeader | undefined {
    return Object.prototype.hasOwnProperty.call(this.header.pairs, key) ? this.header.pairs[key] : undefined;
  }

  chars(): CharData {
    if (!this.charData) this.charData = JSON.parse(new TextDecoder().decode(this.section(this.header.chars))) as CharData;
    return this.charData;
  }

  /** CJK compatibility ideograph → its unified ideograph (code points), OpenCC's normalisation. */
  compat(): Map<number, number> {
    if (!this.compatMap) {
      const flat = this.section(this.header.compat) as Uint32Array;
      const m = new Map<number, number>();
      for (let i = 0; i < flat.length; i += 2) m.set(flat[i], flat[i + 1]);
      this.compatMap = m;
    }
    return this.compatMap;
  }
}

let injected: Uint8Array | undefined;
let loaded: ConvertData | undefined;

/**
 * Supplies the data file's bytes directly (for hosts that load modules without a file system
 * beside them). Must be called before the first conversion; resets what was loaded.
 */
export function setConvertData(bytes: Uint8Array | undefined): void {
  injected = bytes;
  loaded = undefined;
}

/** Drops the loaded data (it is read again on next use). */
export function resetConvertData(): void {
  loaded = undefined;
}

/** Where the data file is looked for, in order. */
export function dataFileCandidates(): string[] {
  const out: string[] = [];
  const env = process.env.GONGWEN_CONVERT_DATA;
  if (env) out.push(path.resolve(env));
  out.push(path.join(__dirname, DATA_FILE_NAME));
  return out;
}

export function convertData(): ConvertData {
  if (loaded) return loaded;
  if (injected) {
    loaded = new ConvertData(injected);
    return loaded;
  }
  const candidates = dataFileCandidates();
  for (const file of candidates) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      continue;
    }
    loaded = new ConvertData(bytes);
    return loaded;
  }
  throw new Error(`convert: ${DATA_FILE_NAME} not found (looked in ${candidates.join(', ')}); run \`npm run build\``);
}
