// The custom-elements manifest (dist/custom-elements.json, the package's `customElements` field), generated from
// the classes' JSDoc by `npm run build`. docs/api.md's components section is generated from it by
// scripts/api-docs.mjs, and `npm test` checks that section is up to date.

/** Lit's internal reactive state (`{ state: true }`, private fields) has no attribute: keep it out of the manifest. */
const noStateAttributes = () => ({
  name: 'aquao-no-state-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      const internal = new Set((declaration.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name));
      declaration.attributes = declaration.attributes?.filter((a) => !internal.has(a.fieldName));
      for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
    }
  },
});

export default {
  globs: ['src/consent-element.ts', 'src/*/*.component.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [noStateAttributes()],
};
