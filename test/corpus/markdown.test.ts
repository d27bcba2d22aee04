import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createLanguageService, type GongwenDocument, type OutlineNode } from '../../server/src/service';
import { REPO_ROOT, corpusText } from './corpus';

const FIXTURE = path.join(REPO_ROOT, 'server', 'src', 'service', 'markdown', 'fixtures', 'plan-suigang-simplified.md');

function flatten(nodes: readonly OutlineNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    out.push(`${n.range.start.line} ${n.marker}${n.title}`);
    flatten(n.children, out);
  }
  return out;
}

describe('corpus: the Markdown version of the plan', () => {
  const service = createLanguageService();
  const md: GongwenDocument = { uri: 'file:///plan.md', version: 1, languageId: 'markdown', getText: () => fs.readFileSync(FIXTURE, 'utf8') };
  // The Markdown fixture drops the PDF's leading spaces: compare with the text without them.
  const plainText = corpusText('plan-suigang-simplified.txt').replace(/^ +/gm, '');
  const txt: GongwenDocument = { uri: 'file:///plan.txt', version: 1, getText: () => plainText };

  it('gives the same outline, line for line', () => {
    assert.deepEqual(flatten(service.getOutline(md)), flatten(service.getOutline(txt)));
  });

  it('gives the same references and terms', () => {
    const a = service.getReferencesReport(md);
    const b = service.getReferencesReport(txt);
    assert.deepEqual(
      a.terms.map((t) => [t.name, t.fullName, t.uses.map((u) => u.start.line)]),
      b.terms.map((t) => [t.name, t.fullName, t.uses.map((u) => u.start.line)]),
    );
    assert.deepEqual(
      a.references.map((r) => [r.text, r.range.start.line]),
      b.references.map((r) => [r.text, r.range.start.line]),
    );
  });

  it('gives the same diagnostics, line for line, with a mistake put in both', () => {
    const slip = (text: string) => text.replace('（三）空间布局', '（四）空间布局');
    const mdSlip: GongwenDocument = { ...md, uri: 'file:///slip.md', getText: () => slip(md.getText()) };
    const txtSlip: GongwenDocument = { ...txt, uri: 'file:///slip.txt', getText: () => slip(plainText) };
    const shape = (doc: GongwenDocument) => service.getDiagnostics(doc).map((d) => `${d.range.start.line} ${d.code} ${d.message}`);
    const expected = shape(txtSlip);
    assert.ok(expected.some((d) => d.includes('numbering/gap')));
    assert.deepEqual(shape(mdSlip), expected);
  });
});
