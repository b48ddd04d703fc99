import { toString } from 'hast-util-to-string';
import type { Book, BookDocument } from './package';
import type { Edition } from './read-edition';
import { bookSection, idsIn, type LinkMap } from './xhtml';

/**
 * The e-book of a print edition: a cover, one content document per section (who it is for,
 * each chapter, the appendices, the glossary extract, the back page) and the contents built
 * from the same sections. Links between chapters stay inside the book.
 */
export function editionBook(
	edition: Edition,
	{ identity, origin, css }: { identity: string; origin: string; css: string },
): { book: Book; unlinked: string[] } {
	const fileOf = (id: string) => `${id}.xhtml`;
	const links: LinkMap = {
		files: new Map(edition.sections.flatMap((s) => s.paths.map((p) => [p, fileOf(s.id)] as const))),
		ids: new Map(edition.sections.map((s) => [fileOf(s.id), idsIn(s.node)])),
		origin,
	};
	const unlinked: string[] = [];
	const cover = bookSection(edition.cover, links);
	unlinked.push(...cover.unlinked);
	const documents: BookDocument[] = [
		{
			file: 'cover.xhtml',
			title: edition.title,
			lang: edition.lang,
			dir: edition.dir,
			body: [cover.node],
			inToc: false,
			landmark: 'cover',
		},
	];
	edition.sections.forEach((s, i) => {
		const { node, unlinked: lost } = bookSection(s.node, links);
		unlinked.push(...lost);
		documents.push({
			file: fileOf(s.id),
			title: s.title,
			lang: s.lang,
			dir: s.dir,
			body: [node],
			inToc: true,
			landmark: i === 0 ? 'bodymatter' : s.id === 'print-back' ? 'backmatter' : undefined,
		});
	});
	const back = edition.sections.find((s) => s.id === 'print-back');
	const rights = back ? toString(back.node.children.find((c) => c.type === 'element' && c.tagName === 'p') ?? back.node) : '';
	return {
		book: {
			identity,
			title: edition.title,
			description: edition.description,
			lang: edition.lang,
			dir: edition.dir,
			publisher: edition.publisher,
			date: edition.date,
			rights: rights.replace(/\s+/g, ' ').trim(),
			contentsTitle: edition.contentsTitle,
			css,
			documents,
		},
		unlinked,
	};
}
