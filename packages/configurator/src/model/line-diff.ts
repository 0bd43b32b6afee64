/**
 * A line diff of two texts, as `diff -u` shows it: what the JSON file was when opened against what it is now, for the
 * developer who reviews the change. Longest common subsequence over lines; a config is a few hundred lines, so the
 * quadratic table is small.
 */

export interface DiffLine {
  /** `' '` kept, `'-'` removed, `'+'` added. */
  readonly op: ' ' | '-' | '+';
  readonly text: string;
}

/** Every line of `before` and `after`, marked kept, removed or added, in order. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // Common prefix and suffix first: most edits touch a few lines of a long file.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) [endA, endB] = [endA - 1, endB - 1];
  const [midA, midB] = [a.slice(start, endA), b.slice(start, endB)];
  // lcs[i][j]: length of the longest common subsequence of midA[i..] and midB[j..].
  const lcs = Array.from({ length: midA.length + 1 }, () => new Array<number>(midB.length + 1).fill(0));
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = a.slice(0, start).map((text) => ({ op: ' ', text }));
  let [i, j] = [0, 0];
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      out.push({ op: ' ', text: midA[i]! });
      [i, j] = [i + 1, j + 1];
    } else if (j < midB.length && (i === midA.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) out.push({ op: '+', text: midB[j++]! });
    else out.push({ op: '-', text: midA[i++]! });
  }
  return [...out, ...a.slice(endA).map((text): DiffLine => ({ op: ' ', text }))];
}

/** A hunk of a unified diff: its `@@ -a,n +b,m @@` header and its lines. */
export interface Hunk {
  readonly header: string;
  readonly lines: readonly DiffLine[];
}

/** The changed lines with `context` kept lines around them, grouped in hunks as `diff -u` does. Empty: no change. */
export function unifiedDiff(before: string, after: string, context = 3): Hunk[] {
  const lines = diffLines(before, after);
  const hunks: Hunk[] = [];
  let index = 0;
  while (index < lines.length) {
    const change = lines.findIndex((line, i) => i >= index && line.op !== ' ');
    if (change < 0) break;
    let end = change;
    // Extend while the next change is within two contexts of this one (the hunks would touch).
    for (let i = change; i < lines.length && i <= end + 2 * context; i++) if (lines[i]!.op !== ' ') end = i;
    const from = Math.max(change - context, 0);
    const to = Math.min(end + context + 1, lines.length);
    const count = (op: string, upTo: number) => lines.slice(0, upTo).filter((l) => l.op === ' ' || l.op === op).length;
    const slice = lines.slice(from, to);
    const [startA, startB] = [count('-', from) + 1, count('+', from) + 1];
    const [lenA, lenB] = [slice.filter((l) => l.op !== '+').length, slice.filter((l) => l.op !== '-').length];
    hunks.push({ header: `@@ -${startA},${lenA} +${startB},${lenB} @@`, lines: slice });
    index = to;
  }
  return hunks;
}
