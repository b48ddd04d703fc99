import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageKey } from '../../src/assessments/client/storage';
import { answerIds, readAssessment, type Assessment, type AssessmentId } from '../../src/assessments/data';
import ar from '../../content/i18n/ar.json';
import en from '../../content/i18n/en.json';
import { axeViolations } from '../helpers/axe';
import { openSite, type Session } from '../helpers/browser';
import { builds } from '../helpers/builds';
import { page as builtPage, scriptShare } from '../helpers/dist';

/**
 * The three self-assessments in a real browser, served with the site's own headers: what a
 * reader does with each (answer, reload, export, import elsewhere, clear), what the page is
 * without JavaScript, where its links lead, and axe in both themes at desktop and phone widths.
 */
const dist = builds.root.outDir;
const tools: { id: AssessmentId; path: string }[] = [
	{ id: 'open-sourcing-readiness', path: '/tools/open-sourcing-readiness/' },
	{ id: 'ospo-maturity', path: '/tools/ospo-maturity/' },
	{ id: 'dpg-readiness', path: '/tools/dpg-readiness/' },
];

let site: Session;
beforeAll(async () => {
	site = await openSite(dist);
});
afterAll(async () => site?.close());

/** What the test answers: three questions (or areas), one note. */
function plan(a: Assessment) {
	if (a.kind === 'checklist') {
		const [first, second, third] = a.groups.flatMap((g) => g.items);
		return {
			picks: [
				{ id: first!.id, value: 'done' },
				{ id: second!.id, value: 'not-applicable' },
				{ id: third!.id, value: 'not-yet' },
			],
			note: { id: first!.id, text: 'Approved by the board on 2 December\nminutes in the wiki' },
		};
	}
	const [first, second, third] = a.areas;
	return {
		picks: [
			{ id: first!.id, value: '1' },
			{ id: second!.id, value: '3' },
			{ id: third!.id, value: '0' },
		],
		note: { id: first!.id, text: 'Draft policy with the legal office' },
	};
}

const fieldset = (page: Page, id: string) => page.locator(`fieldset[data-item="${id}"], fieldset[data-area="${id}"]`);

async function answer(page: Page, a: Assessment) {
	const { picks, note } = plan(a);
	// As a keyboard or pointer user does: through the labels.
	for (const p of picks) await fieldset(page, p.id).locator(`input[type=radio][value="${p.value}"]`).check();
	await fieldset(page, note.id).locator('textarea').fill(note.text);
}

async function expectAnswers(page: Page, a: Assessment) {
	const { picks, note } = plan(a);
	for (const p of picks) expect(await fieldset(page, p.id).locator(`input[type=radio][value="${p.value}"]`).isChecked(), p.id).toBe(true);
	expect(await fieldset(page, note.id).locator('textarea').inputValue()).toBe(note.text);
}

function expectedAnswers(a: Assessment) {
	const { picks, note } = plan(a);
	return Object.fromEntries(
		picks.map((p) => [
			p.id,
			{ ...(a.kind === 'checklist' ? { state: p.value } : { level: Number(p.value) }), ...(p.id === note.id ? { note: note.text } : {}) },
		]),
	);
}

async function download(page: Page, action: string): Promise<{ name: string; text: string }> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`button[data-action="${action}"]`).click()]);
	return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

const message = (page: Page) => page.locator('.kc-a-message');

function maturity(id: AssessmentId, lang: string) {
	const a = readAssessment(id, lang);
	if (a.kind !== 'maturity') throw new Error(`${id} is not a maturity assessment`);
	return a;
}
function checklist(id: AssessmentId, lang: string) {
	const a = readAssessment(id, lang);
	if (a.kind !== 'checklist') throw new Error(`${id} is not a checklist`);
	return a;
}

describe.each(tools)('$id', ({ id, path }) => {
	const model = readAssessment(id, 'en');
	const ids = answerIds(model);

	it('without JavaScript is a complete form: every question, its answers and a note box, and no dead controls', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.origin}${path}`);
		const shown = await page
			.locator('fieldset[data-item], fieldset[data-area]')
			.evaluateAll((sets) => sets.map((s) => (s as HTMLElement).dataset['item'] ?? (s as HTMLElement).dataset['area']));
		expect(shown).toEqual(ids);
		const radios = model.kind === 'checklist' ? 3 : 5;
		for (const item of ids) {
			await expect.poll(() => fieldset(page, item).locator('input[type=radio]').count()).toBe(radios);
			expect(await fieldset(page, item).locator('textarea').isVisible()).toBe(true);
		}
		expect(await page.locator('.kc-a-notice').isVisible()).toBe(true);
		for (const part of ['.kc-a-status', '.kc-a-result', '.kc-a-tools']) expect(await page.locator(part).isVisible(), part).toBe(false);
		await context.close();
	});

	it('keeps answers across a reload, exports them as Markdown and JSON offline, imports them elsewhere, clears them; nothing leaves the site', async () => {
		const { page, context, foreign } = await site.newPage();
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
		});
		await page.goto(`${site.origin}${path}`);
		const progress = page.locator('.kc-a-progress-text');
		await expect.poll(() => progress.textContent()).toBe(`0 of ${ids.length} answered`);

		await answer(page, model);
		expect(await progress.textContent()).toBe(`3 of ${ids.length} answered`);
		expect(await page.locator('progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([3, ids.length]);
		const stored = await page.evaluate((key) => localStorage.getItem(key), storageKey(id));
		expect(JSON.parse(stored!)).toEqual(expectedAnswers(model));

		await page.reload();
		await expectAnswers(page, model);
		expect(await page.locator('.kc-a-restored').textContent()).toContain('restored (3)');

		// Everything from here runs without the network: exports are made in the page.
		await context.setOffline(true);
		const md = await download(page, 'download-md');
		expect(md.name).toBe(`${id}.md`);
		expect(md.text.startsWith(`# ${await page.locator('h1').textContent()}\n`)).toBe(true);
		const links = [...md.text.matchAll(/\(<([^>]+)>\)/g)].map((m) => m[1]!);
		expect(links.length).toBeGreaterThan(0);
		for (const l of links) expect(l.startsWith(site.origin), l).toBe(true);
		const note = plan(model).note.text.replace('\n', '\n  ');
		if (model.kind === 'checklist') {
			const first = model.groups[0]!.items[0]!;
			expect(md.text).toContain(`- [x] ${first.text} — ${note} (<${site.origin}${first.href}>)`);
			expect(md.text).toContain(`- [x] ${model.groups.flatMap((g) => g.items)[1]!.text} — *Not applicable*`);
			expect(md.text).toContain(`- [ ] ${model.groups.flatMap((g) => g.items)[2]!.text}`);
			for (const g of model.groups) expect(md.text).toContain(`\n## ${g.title}\n`);
			expect(md.text.match(/^- \[[ x]\] /gm)).toHaveLength(ids.length);
		} else {
			// The weakest area first: the third is at level 0, the first at 1, the second at 3.
			const [a1, a2, a3] = model.areas;
			const actions = [a3!.levels[0]!, a1!.levels[1]!, a2!.levels[3]!];
			const section = md.text.split('## Your next three actions\n')[1]!.split('\n## ')[0]!;
			expect(section.match(/^- \[ \] .+$/gm)).toEqual(actions.map((l) => expect.stringContaining(`- [ ] ${l.action} — `)));
			expect(section).toContain(`(<${site.origin}${actions[0]!.href}>)`);
			expect(md.text).toContain(`- **${a1!.title}**: Level 1: ${a1!.levels[1]!.name} — ${note}`);
			const shown = await page.locator('.kc-a-result ol li a').evaluateAll((as) => as.map((a) => a.textContent));
			expect(shown).toEqual(actions.map((l) => l.action));
		}
		expect(md.text).toContain(model.licence.attribution);

		const json = await download(page, 'download-json');
		expect(json.name).toBe(`${id}.json`);
		const data = JSON.parse(json.text);
		expect(data).toEqual({ assessment: id, version: 1, language: 'en', exported: expect.any(String), answers: expectedAnswers(model) });
		expect(Number.isNaN(Date.parse(data.exported))).toBe(false);

		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
		await page.locator('button[data-action="copy-md"]').click();
		await expect.poll(() => message(page).textContent()).toBe(en['assessment.copied']);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(md.text);
		await context.setOffline(false);

		// Another browser: nothing saved there until the file is imported.
		const other = await site.newPage();
		await other.page.goto(`${site.origin}${path}`);
		await expect.poll(() => other.page.locator('.kc-a-progress-text').textContent()).toBe(`0 of ${ids.length} answered`);
		const input = other.page.locator('input[type=file][data-action="import"]');
		await input.setInputFiles({
			name: 'old answers.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"assessment": "another", "version": 1, "answers": {}}'),
		});
		await expect.poll(() => message(other.page).textContent()).toContain('old answers.json holds answers to another assessment (another)');
		expect(await message(other.page).getAttribute('class')).toContain('kc-a-error');
		await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
		await expect.poll(() => message(other.page).textContent()).toContain('notes.json is not a JSON file');
		await input.setInputFiles({ name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text) });
		await expect.poll(() => message(other.page).textContent()).toBe(`Answers imported from ${json.name}: 3.`);
		expect(await message(other.page).getAttribute('class')).not.toContain('kc-a-error');
		await expectAnswers(other.page, model);
		expect(JSON.parse((await other.page.evaluate((key) => localStorage.getItem(key), storageKey(id)))!)).toEqual(expectedAnswers(model));
		await other.context.close();

		// Clearing asks first; dismissed, nothing changes.
		page.once('dialog', (d) => void d.dismiss());
		await page.locator('button[data-action="clear"]').click();
		await expectAnswers(page, model);
		page.once('dialog', (d) => void d.accept());
		await page.locator('button[data-action="clear"]').click();
		await expect.poll(() => progress.textContent()).toBe(`0 of ${ids.length} answered`);
		expect(await page.locator('.kc-assessment input[type=radio]:checked').count()).toBe(0);
		expect(
			await page.locator('.kc-assessment textarea').evaluateAll((ts) => ts.every((t) => (t as HTMLTextAreaElement).value === '')),
		).toBe(true);
		expect(await page.evaluate((key) => localStorage.getItem(key), storageKey(id))).toBeNull();
		await page.reload();
		expect(await page.locator('.kc-assessment input[type=radio]:checked').count()).toBe(0);

		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it.each(['', '/fr', '/ar'])('every link of its questions in "%s" leads to a built page and anchor', (prefix) => {
		const html = builtPage(dist, `${prefix}${path}`);
		const form = html.slice(html.indexOf('class="kc-a-form"'), html.indexOf('class="kc-a-result"'));
		const hrefs = [...form.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
		expect(hrefs.length).toBeGreaterThanOrEqual(ids.length);
		for (const href of new Set(hrefs)) {
			const [pathname, anchor] = href.split('#') as [string, string | undefined];
			expect(pathname.startsWith(`${prefix}/`), href).toBe(true);
			const file = join(dist, pathname, 'index.html');
			expect(existsSync(file), href).toBe(true);
			if (anchor) expect(readFileSync(file, 'utf8'), href).toContain(`id="${anchor}"`);
		}
	});

	const variants = [
		{ width: 1366, theme: 'light', prefix: '' },
		{ width: 375, theme: 'dark', prefix: '/ar' },
		{ width: 375, theme: 'light', prefix: '' },
		{ width: 1366, theme: 'dark', prefix: '/ar' },
	] as const;
	it.each(variants)(
		'axe finds nothing at $width px, $theme theme, prefix "$prefix", with answers and the result shown',
		async ({ width, theme, prefix }) => {
			const { page, context } = await site.newPage({ width, colorScheme: theme });
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(`${site.origin}${prefix}${path}`);
			await answer(page, model);
			const violations = await axeViolations(page, { include: 'main' });
			await context.close();
			expect(violations).toEqual([]);
		},
	);
});

describe('with the keyboard', () => {
	it('answers with Tab and the arrow keys, shows where focus is, and saves what was chosen', async () => {
		const { page, context } = await site.newPage();
		await page.goto(`${site.origin}/tools/dpg-readiness/`);
		const first = checklist('dpg-readiness', 'en').groups[0]!.items[0]!;
		// From the chapter link of the first question, Tab reaches its answers, then its note.
		await page.locator(`fieldset[data-item="${first.id}"] .kc-q-link a`).focus();
		await page.keyboard.press('Tab');
		const focused = () =>
			page.evaluate(() => {
				const e = document.activeElement;
				return e instanceof HTMLInputElement ? e.value : e?.tagName;
			});
		expect(await focused()).toBe('done');
		expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
		await page.keyboard.press('ArrowRight');
		expect(await focused()).toBe('not-yet');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('TEXTAREA');
		await page.keyboard.type('Ask the legal office');
		expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), storageKey('dpg-readiness')))!)).toEqual({
			[first.id]: { state: 'not-yet', note: 'Ask the legal office' },
		});
		await context.close();
	});
});

describe('in another language', () => {
	it('speaks the reader’s language right to left in Arabic, marks untranslated questions English, and saves under the same ids', async () => {
		const { page, context } = await site.newPage();
		await page.goto(`${site.origin}/ar/tools/ospo-maturity/`);
		const root = page.locator('.kc-assessment');
		expect(await root.getAttribute('dir')).toBe('rtl');
		expect(await root.getAttribute('lang')).toBe('ar');
		expect(await root.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
		expect(await page.locator('button[data-action="clear"]').textContent()).toBe(ar['assessment.clear']);
		const model = maturity('ospo-maturity', 'ar');
		const english = maturity('ospo-maturity', 'en');
		if (model.areas[0]!.title === english.areas[0]!.title)
			expect(await page.locator('.kc-area-title').first().getAttribute('lang')).toBe('en');
		await page.locator(`fieldset[data-area="${model.areas[0]!.id}"] input[value="2"]`).check();
		expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), storageKey('ospo-maturity')))!)).toEqual({
			[model.areas[0]!.id]: { level: 2 },
		});
		await context.close();
	});

	it('asks the release checklist’s questions in the chapter’s translation', () => {
		const html = builtPage(dist, '/ar/tools/open-sourcing-readiness/');
		const legends = [...html.matchAll(/<legend class="kc-q-text"[^>]*>([^<]+)<\/legend>/g)].map((m) => m[1]!).join(' ');
		expect(scriptShare(legends, /\p{Script=Arabic}/u)).toBeGreaterThan(0.9);
		const ids = [...html.matchAll(/data-item="([^"]+)"/g)].map((m) => m[1]);
		expect(ids).toEqual(answerIds(readAssessment('open-sourcing-readiness', 'en')));
	});
});
