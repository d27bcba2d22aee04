/**
 * The server's view of the workspace for the language service: open documents first, then the
 * text files in the workspace folders (read lazily, re-read when they change on disk). Only the
 * server touches the file system; the service sees `GongwenDocument`s.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { GongwenDocument, Workspace } from './service';

const EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.gw', '.gongwen']);
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode-test', 'out', 'dist']);
const MAX_FILES = 2000;
const MAX_BYTES = 4 * 1024 * 1024;
/** How long a folder listing is trusted before it is read again. */
const LIST_TTL_MS = 5000;

export class WorkspaceFiles implements Workspace {
  private folders: string[] = [];
  private listed: { at: number; files: string[] } | undefined;
  private readonly cache = new Map<string, { mtime: number; doc: GongwenDocument }>();

  constructor(private readonly openDocuments: () => Iterable<GongwenDocument>) {}

  setFolders(uris: readonly string[]): void {
    this.folders = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    this.listed = undefined;
  }

  /** A file's path relative to the workspace folder holding it, with / separators. */
  relativePath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const file = fileURLToPath(uri);
    for (const folder of this.folders) {
      const rel = path.relative(folder, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
    }
    return undefined;
  }

  *documents(): Iterable<GongwenDocument> {
    const open = new Set<string>();
    for (const doc of this.openDocuments()) {
      open.add(doc.uri);
      yield doc;
    }
    for (const file of this.files()) {
      const uri = pathToFileURL(file).href;
      if (open.has(uri)) continue;
      const doc = this.read(file, uri);
      if (doc) yield doc;
    }
  }

  private files(): string[] {
    if (this.listed && Date.now() - this.listed.at < LIST_TTL_MS) return this.listed.files;
    const files: string[] = [];
    const walk = (dir: string, depth: number) => {
      if (files.length >= MAX_FILES || depth > 8) return;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.name.startsWith('.') && e.name !== '.') continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) walk(full, depth + 1);
        } else if (e.isFile() && EXTENSIONS.has(path.extname(e.name).toLowerCase())) {
          files.push(full);
          if (files.length >= MAX_FILES) return;
        }
      }
    };
    for (const folder of this.folders) walk(folder, 0);
    this.listed = { at: Date.now(), files };
    return files;
  }

  private read(file: string, uri: string): GongwenDocument | undefined {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return undefined;
    }
    if (stat.size > MAX_BYTES) return undefined;
    const hit = this.cache.get(file);
    if (hit && hit.mtime === stat.mtimeMs) return hit.doc;
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const doc: GongwenDocument = { uri, version: -Math.round(stat.mtimeMs), getText: () => text };
    this.cache.set(file, { mtime: stat.mtimeMs, doc });
    return doc;
  }
}
