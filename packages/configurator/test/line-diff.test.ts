// The diff against what was opened reads like `diff -u`: only the changed lines with their context, with the line
// numbers of each side.
import { expect } from '@open-wc/testing';
import { diffLines, unifiedDiff } from '../src/model/line-diff.js';

const lines = (n: number, label = 'line') => Array.from({ length: n }, (_, i) => `${label} ${i + 1}`);

describe('line diff', () => {
  it('marks kept, removed and added lines in order', () => {
    expect(diffLines('a\nb\nc', 'a\nx\nc\nd')).to.deep.equal([
      { op: ' ', text: 'a' },
      { op: '+', text: 'x' },
      { op: '-', text: 'b' },
      { op: ' ', text: 'c' },
      { op: '+', text: 'd' },
    ]);
  });

  it('is empty for the same text', () => {
    expect(unifiedDiff('a\nb', 'a\nb')).to.deep.equal([]);
  });

  it('keeps three lines of context, in one hunk per group of changes, with both sides\' line numbers', () => {
    const before = lines(30);
    const after = [...before];
    after[4] = 'changed 5';
    after.splice(25, 0, 'inserted');
    const hunks = unifiedDiff(before.join('\n'), after.join('\n'));
    expect(hunks.map((h) => h.header)).to.deep.equal(['@@ -2,7 +2,7 @@', '@@ -23,6 +23,7 @@']);
    expect(hunks[0]!.lines.filter((l) => l.op !== ' ').map((l) => `${l.op}${l.text}`)).to.deep.equal(['+changed 5', '-line 5']);
    expect(hunks[1]!.lines.map((l) => l.text)).to.deep.equal(['line 23', 'line 24', 'line 25', 'inserted', 'line 26', 'line 27', 'line 28']);
  });
});
