// The built banner as an app's bundler sees it (rollup, honouring package.json `sideEffects`): each entry defines
// its own tags and no other, the helpers' entries carry no component and no Lit, and `import '@aquao/consent-banner'`
// is not dropped as side-effect free. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const TAGS = ['aquao-consent-banner', 'aquao-consent-preferences', 'aquao-consent-placeholder', 'aquao-cookie-table'];

/** Bundles `source` (an app's one module) with Lit left out; returns the code and the tags it defines. */
async function bundle(source) {
  const build = await rollup({
    input: 'app',
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@aquao/consent-core'),
    plugins: [
      { name: 'app', resolveId: (id) => (id === 'app' ? id : null), load: (id) => (id === 'app' ? source : null) },
      nodeResolve(),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  const code = output[0].code;
  return { code, defines: TAGS.filter((tag) => code.includes(`.define('${tag}')`)), imports: output[0].imports };
}

test('the root entry defines the banner, the dialog and the placeholder (and is not dropped)', async () => {
  const { defines } = await bundle(`import '@aquao/consent-banner';`);
  assert.deepEqual(defines, TAGS.slice(0, 3));
});

for (const [entry, tag] of [
  ['consent-banner', 'aquao-consent-banner'],
  ['consent-preferences', 'aquao-consent-preferences'],
  ['consent-placeholder', 'aquao-consent-placeholder'],
  ['cookie-table', 'aquao-cookie-table'],
  ['start-placeholders', 'aquao-consent-placeholder'],
]) {
  test(`@aquao/consent-banner/${entry} defines <${tag}> only`, async () => {
    const { defines } = await bundle(`export * from '@aquao/consent-banner/${entry}';`);
    assert.deepEqual(defines, [tag]);
  });
}

for (const [entry, name, maxLength] of [
  ['safe-url', 'isSafeUrl', 600],
  ['texts', 'pickLanguage'],
]) {
  test(`${name} from @aquao/consent-banner/${entry} carries no component and no Lit`, async () => {
    const { code, defines, imports } = await bundle(`export { ${name} } from '@aquao/consent-banner/${entry}';`);
    assert.deepEqual(defines, []);
    assert.deepEqual(imports.filter((id) => id === 'lit' || id.startsWith('lit/')), []);
    if (maxLength) assert.ok(code.length < maxLength, `${code.length} characters`);
  });
}

test('@aquao/consent-banner/events is types only: importing it bundles no code', async () => {
  const { code, imports } = await bundle(`import '@aquao/consent-banner/events';`);
  assert.equal(code.trim(), '');
  assert.deepEqual(imports, []);
});
