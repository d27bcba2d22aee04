import * as assert from 'node:assert/strict';
import { Reviews } from './reviews';

describe('conversion review notes', () => {
  const note = (start: number) => ({ start, end: start + 1, source: '发', converted: '發', alternatives: ['髮'] });

  it('become active when the text becomes the converted text, and not before', () => {
    const r = new Reviews();
    r.expect('u', '头发发展', '頭髮發展', [note(1), note(2)]);
    assert.deepEqual(r.update('u', '头发发展'), []);
    assert.equal(r.update('u', '頭髮發展').length, 2);
  });

  it('drop where the text is edited and move after it', () => {
    const r = new Reviews();
    r.expect('u', '', '頭髮發展很好', [note(1), note(2)]);
    r.update('u', '頭髮發展很好');
    const after = r.update('u', '頭X髮發展很好'); // inserted before both
    assert.deepEqual(after.map((n) => n.start), [2, 3]);
    const edited = r.update('u', '頭X髮Y展很好'); // 發 replaced
    assert.deepEqual(edited.map((n) => n.start), [2]);
  });

  it('can be dismissed one by one or all at once', () => {
    const r = new Reviews();
    r.expect('u', '', '頭髮發展', [note(1), note(2)]);
    r.update('u', '頭髮發展');
    r.dismiss('u', 1);
    assert.deepEqual(r.update('u', '頭髮發展').map((n) => n.start), [2]);
    r.dismiss('u');
    assert.deepEqual(r.update('u', '頭髮發展'), []);
  });
});
