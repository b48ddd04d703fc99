// Components authors use in MDX: `import { Glossary } from '~/components';`. Each lives in the
// folder of its feature.
export { default as Glossary } from '../glossary/Glossary.astro';
export { default as LicenceTable } from '../licences/LicenceTable.astro';
export { default as DownloadsTable } from '../downloads/DownloadsTable.astro';
export { default as EventDetails } from '../events/EventDetails.astro';
export { default as EventList } from '../events/EventList.astro';
export { default as TemplateFile } from '../templates/TemplateFile.astro';
export { default as TranslationStatus } from '../translations/TranslationStatus.astro';
// Components with a global stylesheet of their own each have a module of their own beside this one
// (assessment.ts, licence-explorer.ts, compatibility-matrix.ts): Astro inlines the stylesheets of
// everything a page imports from a module into that page.
