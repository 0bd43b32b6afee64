// A rollup plugin that writes THIRD-PARTY-NOTICES.txt beside bundles that include other people's code: for each
// package a bundle took modules from, its name, version and licence, and its LICENSE and NOTICE files in full. The
// licences ask it of a redistributed copy (BSD-3-Clause, Lit's: "Redistributions in binary form must reproduce the
// above copyright notice"; MIT: "shall be included in all copies"); minified bundles keep only short `/*! … */`
// and `@license` headers, which name the licence without reproducing it. Our own workspace packages are the root
// LICENSE's (MIT), except what their NOTICE says (the catalogue's facts from the Open Cookie Database).
//
// One plugin instance may serve several builds that write to the same folder: the file lists every package any of
// them bundled (rollup runs the builds of a config one after the other, so the last write has them all).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUR_LICENSE = fileURLToPath(new URL('../LICENSE', import.meta.url));

/** The folder of the package a module belongs to: the last `node_modules/<name>` or workspace `packages/<name>`. */
function packageDirOf(id) {
  const path = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const inModules = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (inModules) return inModules[1];
  const inWorkspace = /^(.*\/packages\/[^/]+)\//.exec(path);
  return inWorkspace?.[1];
}

/** The text of a package's LICENSE and NOTICE files (any case, any extension). */
function legalFiles(dir) {
  return readdirSync(dir)
    .filter((name) => /^(licen[cs]e|notice|copying)(\.(md|txt))?$/i.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8').trim() }));
}

/**
 * @param {string} file where to write (`packages/embed/dist/THIRD-PARTY-NOTICES.txt`)
 * @param {string} product what the notices are for, named in the file's first line
 */
export function thirdPartyNotices(file, product) {
  /** Package folder → { name, version, license, files } */
  const packages = new Map();
  return {
    name: 'aquao-third-party-notices',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) {
          const dir = packageDirOf(id);
          if (!dir || packages.has(dir) || !existsSync(join(dir, 'package.json'))) continue;
          const { name, version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
          const ours = !dir.includes('/node_modules/');
          const files = legalFiles(dir).filter(({ name: fileName }) => !ours || /^notice/i.test(fileName));
          if (ours && !files.length) continue;
          packages.set(dir, { name, version, license, files });
        }
      }
    },
    writeBundle() {
      const sections = [...packages.values()]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(({ name, version, license, files }) =>
          [`${name}@${version} (${license})`, '-'.repeat(72), ...files.map(({ text }) => text)].join('\n\n'),
        );
      const intro = `${product} is aquao-consent's, under the MIT licence below, and includes the code of others listed after it, under their licences.`;
      const ours = [`aquao-consent (MIT)`, '-'.repeat(72), readFileSync(OUR_LICENSE, 'utf8').trim()].join('\n\n');
      if (!existsSync(dirname(file))) return;
      writeFileSync(file, `${[intro, ours, ...sections].join('\n\n\n')}\n`);
    },
  };
}
