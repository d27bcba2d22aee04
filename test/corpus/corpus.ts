/** The shared corpus beside the repository (../shared/corpus), as every developer and CI has it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GongwenDocument } from '../../server/src/service';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');

export function corpusPath(name: string): string {
  const file = path.join(CORPUS, name);
  if (!fs.existsSync(file)) throw new Error(`corpus file ${file} is missing: the tests expect ../shared beside the repository`);
  return file;
}

export function corpusText(name: string): string {
  return fs.readFileSync(corpusPath(name), 'utf8');
}

export function corpusDocument(name: string): GongwenDocument {
  const text = corpusText(name);
  return { uri: pathToFileURL(corpusPath(name)).href, version: 1, getText: () => text };
}

export function corpusFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(CORPUS, folder))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `${folder}/${f}`);
}
