// `import { Assessment } from '~/components/assessment';`: a module of its own because the component brings a
// global stylesheet, which Astro inlines into every page that imports anything from the same
// module (see index.ts).
export { default as Assessment } from '../assessments/Assessment.astro';
