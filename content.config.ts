import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import {
	glossaryTermSchema,
	licenceSchema,
	licenceTranslationsSchema,
	pageFields,
	termbaseSchema,
	translatedAliasesSchema,
} from './src/lib/schemas';
import { uiStringsSchema } from './src/lib/ui-strings';
import { eventSchema } from './src/events/events';

// srcDir is '.', so Starlight reads content/docs and content/i18n (docs/decisions/layout.md).
export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: z.object(pageFields) }),
	}),
	i18n: defineCollection({
		loader: i18nLoader(),
		schema: i18nSchema({ extend: uiStringsSchema }),
	}),
	glossary: defineCollection({
		loader: file('content/glossary/terms.yaml'),
		schema: glossaryTermSchema,
	}),
	/** The glossary in the other five languages, one file per language, keyed by term id. */
	termbase: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/glossary/translations' }),
		schema: termbaseSchema,
	}),
	events: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/events' }),
		schema: eventSchema,
	}),
	translatedAliases: defineCollection({
		loader: file('content/search/translated-aliases.yaml'),
		schema: translatedAliasesSchema,
	}),
	/** The licences' explanatory text in the other five languages, one file per language. */
	licenceTranslations: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/licences/translations' }),
		schema: licenceTranslationsSchema,
	}),
	licences: defineCollection({
		loader: file('content/licences/licences.yaml'),
		schema: licenceSchema,
	}),
};
