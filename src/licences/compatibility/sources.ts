/** Addresses the rules cite besides each licence's own text and FSF entry. */
export const sources = {
	gplFaq: 'https://www.gnu.org/licenses/gpl-faq.html',
	gnuMatrix: 'https://www.gnu.org/licenses/gpl-faq.html#AllCompatibility',
	mereAggregation: 'https://www.gnu.org/licenses/gpl-faq.html#MereAggregation',
	unreleasedMods: 'https://www.gnu.org/licenses/gpl-faq.html#UnreleasedMods',
	fsfList: 'https://www.gnu.org/licenses/license-list.html',
	gpl3: 'https://www.gnu.org/licenses/gpl-3.0.html',
	agpl3: 'https://www.gnu.org/licenses/agpl-3.0.html',
	lgpl3: 'https://www.gnu.org/licenses/lgpl-3.0.html',
	lgpl21: 'https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html',
	ccFaqSoftware: 'https://creativecommons.org/faq/#can-i-apply-a-creative-commons-license-to-software',
	cc0: 'https://creativecommons.org/publicdomain/zero/1.0/legalcode',
	euplLinking: 'https://interoperable-europe.ec.europa.eu/collection/eupl/news/why-eupl-not-viral-l',
	euplCopyleft: 'https://joinup.ec.europa.eu/collection/eupl/news/meaning-copyleft',
} as const;

/** The list without repeats or blanks, in first-seen order. */
export const cite = (...urls: (string | undefined)[]): string[] => [...new Set(urls.filter((u): u is string => !!u))];
