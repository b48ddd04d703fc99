// `import { CompatibilityMatrix } from '~/components/compatibility-matrix';`: a module of its own because the component brings a
// global stylesheet, which Astro inlines into every page that imports anything from the same
// module (see index.ts).
export { default as CompatibilityMatrix } from '../licences/CompatibilityMatrix.astro';
