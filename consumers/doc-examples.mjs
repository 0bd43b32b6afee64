// The TypeScript examples of the docs, as files, and their page scripts.
// - Each ```ts or ```tsx block of the given Markdown files: a block whose first line is a path comment
//   (`// src/main.ts`) is that file; the others are numbered after their page (`api-1.ts`). The npm consumer
//   projects compile them against the published packages.
// - Each ```js block with no `import` or `export` is a page script, for a page that loads aquao-consent.js with a
//   script tag: `page-scripts/api-1.ts`. The script-tag project compiles them as TypeScript (strict: a parameter
//   left untyped, a missing global or a wrong event detail fails) against @aquao/consent-embed's declarations, and
//   runs them.
// - Each ```js block that imports is an npm example: compiled as TypeScript too (`api-3.ts`), with the ```ts blocks.
// A package's README names its examples after its folder (`core-readme-1.ts`).
// So the docs cannot drift from the types a developer gets.
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

const FENCE = /^```(tsx?|js)\n([\s\S]*?)^```$/gm;
const PATH_COMMENT = /^\/\/ ([\w@./-]+\.tsx?)\s*$/;
const MODULE_SYNTAX = /^\s*(import|export)\b/m;

/** `[{ file, code, doc, pageScript }]` for every example of `docs` (paths of Markdown files). */
export function docExamples(docs) {
  return docs.flatMap((doc) => {
    const name = basename(doc) === 'README.md' ? `${basename(dirname(doc))}-readme` : basename(doc, '.md');
    let count = 0;
    let pageScripts = 0;
    return [...readFileSync(doc, 'utf8').matchAll(FENCE)].flatMap(([, language, code]) => {
      if (language === 'js' && !MODULE_SYNTAX.test(code)) return [{ doc, code, file: `page-scripts/${name}-${++pageScripts}.ts`, pageScript: true }];
      const named = PATH_COMMENT.exec(code.split('\n', 1)[0]);
      return [{ doc, code, file: named ? named[1] : `${name}-${++count}.${language === 'js' ? 'ts' : language}`, pageScript: false }];
    });
  });
}
