import { z } from 'astro/zod';
import { frontmatterKeyLine, type ContentFile } from '../lib/content-files';
import { pageFields } from '../lib/schemas';
import type { Problem } from './problems';

/**
 * Our frontmatter fields checked before Astro reads the content, so that each problem names its
 * file and line and says what the field is for. Astro's content layer checks the same schema
 * (content.config.ts) and Starlight's own fields; this only makes the messages better and reports
 * every problem at once.
 */
const schema = z.object(pageFields);
const describe = (key: string) => (pageFields as Record<string, z.ZodType>)[key]?.description;

export function frontmatterFieldProblems(files: ContentFile[]): Problem[] {
	return files.flatMap((f) => {
		const result = schema.safeParse(f.frontmatter);
		if (result.success) return [];
		return result.error.issues.map((issue) => {
			const key = String(issue.path[0] ?? '');
			const missing = !(key in f.frontmatter);
			const at = issue.path.length > 1 ? ` (${issue.path.slice(1).join('.')})` : '';
			return {
				file: f.repoPath,
				line: frontmatterKeyLine(f, key) ?? f.frontmatterLine,
				message: missing ? `The field \`${key}\` is missing.` : `\`${key}\`${at}: ${issue.message.replace(/\.$/, '')}.`,
				fix: describe(key) ? `(${key}: ${describe(key)})` : '',
			};
		});
	});
}
