// The TypeScript examples of the docs, as files: each ```ts or ```tsx block of the given Markdown files. A block
// whose first line is a path comment (`// src/main.ts`) is that file; the others are numbered after their page
// (`api-1.ts`). The consumer projects compile them against the published packages, so the docs cannot drift from
// the types a developer gets.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const FENCE = /^```(tsx?)\n([\s\S]*?)^```$/gm;
const PATH_COMMENT = /^\/\/ ([\w@./-]+\.tsx?)\s*$/;

/** `[{ file, code, doc }]` for every TypeScript block of `docs` (paths of Markdown files). */
export function docExamples(docs) {
  return docs.flatMap((doc) => {
    let count = 0;
    return [...readFileSync(doc, 'utf8').matchAll(FENCE)].map(([, language, code]) => {
      const named = PATH_COMMENT.exec(code.split('\n', 1)[0]);
      return { doc, code, file: named ? named[1] : `${basename(doc, '.md')}-${++count}.${language}` };
    });
  });
}
