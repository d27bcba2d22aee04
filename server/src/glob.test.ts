import * as assert from 'node:assert/strict';
import { matchesAny } from './glob';

describe('glob patterns for gongwen.exclude', () => {
  it('matches **, * and ?', () => {
    assert.ok(matchesAny('drafts/old/a.txt', ['drafts/old/**']));
    assert.ok(matchesAny('a/b/c/notes.md', ['**/notes.md']));
    assert.ok(matchesAny('notes.md', ['**/notes.md']));
    assert.ok(matchesAny('x1.txt', ['x?.txt']));
    assert.ok(!matchesAny('drafts/new/a.txt', ['drafts/old/**']));
    assert.ok(!matchesAny('a/b.txt', ['*.txt']));
    assert.ok(!matchesAny('a.txt', []));
  });
});
