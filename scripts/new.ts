/**
 * `npm run new`: scaffolds a page with valid frontmatter, so that contributors start from a file
 * the build accepts.
 *
 *   npm run new -- chapter <guide> <slug> "<Title>"
 *   npm run new -- event <slug> "<Title>" <YYYY-MM-DD>
 *   npm run new -- translation <language> <page-slug>
 *
 * Missing arguments are asked for when run in a terminal.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileHistory } from '../src/lib/git-dates';
import { guides } from '../src/lib/guides';
import { translatedLocales } from '../src/lib/locales';

const root = process.cwd();
const today = new Date().toISOString().slice(0, 10);
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function fail(message: string): never {
	console.error(`npm run new: ${message}`);
	process.exit(1);
}

async function ask(args: string[], index: number, question: string): Promise<string> {
	if (args[index]) return args[index];
	if (!process.stdin.isTTY) fail(`missing argument: ${question}\n${usage}`);
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	const answer = (await rl.question(`${question}: `)).trim();
	rl.close();
	return answer;
}

function write(path: string, text: string): void {
	const full = join(root, path);
	if (existsSync(full)) fail(`${path} already exists; edit it instead.`);
	mkdirSync(dirname(full), { recursive: true });
	writeFileSync(full, text);
	console.log(`Created ${path}`);
}

const usage = `Usage:
  npm run new -- chapter <guide> <slug> "<Title>"       guides: ${guides.map((g) => g.slug).join(', ')}
  npm run new -- event <slug> "<Title>" <YYYY-MM-DD>
  npm run new -- translation <language> <page-slug>     languages: ${translatedLocales.join(', ')}`;

const yamlString = (s: string) => JSON.stringify(s);

async function chapter(args: string[]): Promise<void> {
	const guide = await ask(args, 0, `Guide (${guides.map((g) => g.slug).join(', ')})`);
	if (!guides.some((g) => g.slug === guide)) fail(`unknown guide "${guide}". Guides: ${guides.map((g) => g.slug).join(', ')}.`);
	const slug = await ask(args, 1, 'Chapter slug (lower-case words joined by hyphens, e.g. licence-compatibility)');
	if (!slugPattern.test(slug)) fail(`"${slug}" is not a valid slug: use lower-case letters, digits and hyphens.`);
	const title = await ask(args, 2, 'Title (sentence case)');
	if (title.length < 3) fail('the title is too short.');
	const path = `content/docs/${guide}/${slug}.mdx`;
	write(
		path,
		`---
title: ${yamlString(title)}
description: ${yamlString(`${title}: one sentence for search engines and link previews, under 160 characters.`)}
summary: ${yamlString(`One sentence saying what question this chapter answers, for search results and the printed contents.`)}
audience: [reader]
last_reviewed: ${today}
sidebar:
  order: 99
search_aliases:
  - ${title.toLowerCase()}
key_facts: []
sources:
  - title: The primary source for the first fact
    url: https://example.org/replace-me
---

{/* Replace the description and summary above, choose the audience (reader, contributor,
government, maintainer), set sidebar.order to the chapter's place in its guide, and list at least
three https sources. CONTRIBUTING.md explains each field. Headings start at ##. */}

## The question this chapter answers
`,
	);
	console.log(`Next: add "${slug}" to tests/content/plan.ts under "${guide}", write the chapter, then run npm run dev.`);
}

async function event(args: string[]): Promise<void> {
	const slug = await ask(args, 0, 'Event slug (e.g. open-source-week-2027)');
	if (!slugPattern.test(slug)) fail(`"${slug}" is not a valid slug: use lower-case letters, digits and hyphens.`);
	const title = await ask(args, 1, 'Event title');
	const date = await ask(args, 2, 'First day (YYYY-MM-DD)');
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) fail(`"${date}" is not a date in the form YYYY-MM-DD.`);
	write(
		`content/events/${slug}.yaml`,
		`# Every field is described in src/lib/events.ts; the build names any field that is wrong.
title: ${yamlString(title)}
summary: ${yamlString('Replace with one or two sentences for the events list, feeds and calendars.')}
all_day: true
start: "${date}"
end: "${date}"
timezone: UTC
format: virtual
venue: Online
region: Global
organizers:
  - Replace with the organizer
languages: [en]
code_of_conduct: https://www.contributor-covenant.org/version/2/1/code_of_conduct/
sources:
  - title: The event's own announcement
    url: https://example.org/replace-me
`,
	);
	write(
		`content/docs/events/${slug}.mdx`,
		`---
title: ${yamlString(title)}
description: ${yamlString(`${title}: what it is, when and where, and how to take part.`)}
summary: ${yamlString('Replace with one sentence describing the event for search results.')}
audience: [reader, maintainer]
last_reviewed: ${today}
sources:
  - title: The event's own announcement
    url: https://example.org/replace-me
---
import { EventDetails } from '~/components';

<EventDetails id="${slug}" />

## What it is
`,
	);
}

async function translation(args: string[]): Promise<void> {
	const locale = await ask(args, 0, `Language (${translatedLocales.join(', ')})`);
	if (!(translatedLocales as string[]).includes(locale)) fail(`unknown language "${locale}". Languages: ${translatedLocales.join(', ')}.`);
	const slug = (await ask(args, 1, 'Page slug, as in its English URL (e.g. governance/decision-making)')).replace(/^\/+|\/+$/g, '');
	const candidates = [`content/docs/${slug}.mdx`, `content/docs/${slug}/index.mdx`, `content/docs/${slug}.md`];
	const english = candidates.find((c) => existsSync(join(root, c)));
	if (!english) fail(`no English page for "${slug}" (looked for ${candidates.join(', ')}).`);
	const target = english.replace('content/docs/', `content/docs/${locale}/`);
	// The English commit this translation starts from: it becomes outdated only when that page changes again.
	const commit = fileHistory(english, root).commit;
	if (!commit) fail(`${english} has no commit yet: commit the English page before translating it.`);
	const text = readFileSync(join(root, english), 'utf8')
		.replace(/^last_reviewed: .*$/m, `last_reviewed: ${today}`)
		.replace(/^---\n/, `---\ntranslated_from: ${commit.slice(0, 12)}\n`);
	write(target, text);
	console.log(
		`Next: translate every field and paragraph of ${target} (keep slugs, component names and link paths; prefix links with /${locale}/), following docs/translating/.`,
	);
}

const [kind, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<void>> = { chapter, event, translation };
const command = commands[kind ?? ''];
if (!command) fail(`choose what to create.\n${usage}`);
await command(rest);
