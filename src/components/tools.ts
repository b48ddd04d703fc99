// The interactive tools' components, for MDX: `import { Assessment } from '~/components/tools';`.
// Kept apart from index.ts because each brings a global stylesheet and a script, which Astro
// would otherwise inline into every page that imports anything from index.ts.
export { default as Assessment } from '../assessments/Assessment.astro';
