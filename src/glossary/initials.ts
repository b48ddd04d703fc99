/**
 * The letter under which a glossary term is filed in a language's A–Z index: its first letter
 * without accents (É under E), Arabic hamza forms under alif, and for Chinese the first letter of
 * the character's pinyin, found with the language's collation (Intl, no dictionary shipped).
 */

/** The first character of each pinyin initial in Chinese collation order (no words start with I, U or V). */
const pinyinBoundaries: [string, string][] = [
	['A', '阿'],
	['B', '八'],
	['C', '嚓'],
	['D', '哒'],
	['E', '妸'],
	['F', '发'],
	['G', '旮'],
	['H', '哈'],
	['J', '讥'],
	['K', '咔'],
	['L', '垃'],
	['M', '妈'],
	['N', '拏'],
	['O', '噢'],
	['P', '妑'],
	['Q', '七'],
	['R', '呥'],
	['S', '仨'],
	['T', '他'],
	['W', '屲'],
	['X', '夕'],
	['Y', '丫'],
	['Z', '帀'],
];

const zhCollator = new Intl.Collator('zh-CN-u-co-pinyin');

export function initialOf(term: string, lang: string): string {
	// Opening quotation marks and other punctuation are not part of the word.
	const first = [...term.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '#';
	if (/\p{Script=Han}/u.test(first)) {
		let letter = 'A';
		for (const [l, boundary] of pinyinBoundaries) if (zhCollator.compare(first, boundary) >= 0) letter = l;
		return letter;
	}
	if (/\p{Script=Arabic}/u.test(first)) return first.replace(/[أإآٱ]/, 'ا');
	if (/\p{N}/u.test(first)) return '#';
	// Ligatures have no decomposition: Œuvre files under O, as French dictionaries file it.
	const letter = ({ Œ: 'O', œ: 'O', Æ: 'A', æ: 'A', ß: 'S' } as Record<string, string>)[first] ?? first;
	return letter.normalize('NFD').replace(/\p{M}/gu, '').toLocaleUpperCase(lang);
}
