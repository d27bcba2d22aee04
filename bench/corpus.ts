/** Finding the shared corpus of real documents. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root, from out/bench/*.js (compiled) two levels up. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** ../shared/corpus beside the repository (as in CI); GONGWEN_CORPUS overrides it. */
export const CORPUS_DIR = process.env.GONGWEN_CORPUS
  ? path.resolve(process.env.GONGWEN_CORPUS)
  : path.resolve(REPO_ROOT, '..', 'shared', 'corpus');

export const CORPUS_PLAN = 'plan-suigang-simplified.txt';

export interface CorpusFile {
  /** Path relative to the corpus directory, with forward slashes. */
  name: string;
  file: string;
  text: string;
}

/** Every .txt file under the corpus, recursively, sorted by relative path (top level first). */
export function corpusFiles(dir = CORPUS_DIR): CorpusFile[] {
  if (!fs.existsSync(dir)) return [];
  const out: CorpusFile[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.txt')) {
        out.push({ name: path.relative(dir, full).split(path.sep).join('/'), file: full, text: fs.readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dir);
  const depth = (n: string): number => n.split('/').length;
  return out.sort((a, b) => depth(a.name) - depth(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
