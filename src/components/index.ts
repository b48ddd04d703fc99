// Components authors use in MDX: `import { Glossary } from '~/components';`
export { default as Glossary } from './Glossary.astro';
export { default as LicenceTable } from './LicenceTable.astro';
export { default as DownloadsTable } from './DownloadsTable.astro';
export { default as EventDetails } from './EventDetails.astro';
export { default as EventList } from './EventList.astro';
export { default as TemplateFile } from './TemplateFile.astro';
export { default as TranslationStatus } from './TranslationStatus.astro';
