/** One English page of each page type: the pages of one type share their template. */
export const pageTypes = {
	home: '/',
	about: '/about/',
	'guide overview': '/licensing/',
	chapter: '/licensing/licence-compatibility/',
	glossary: '/reference/glossary/',
	'licence table': '/reference/licence-quick-reference/',
	explorer: '/reference/licences/',
	'licence page': '/reference/licences/mit/',
	events: '/events/',
	event: '/events/open-camps-at-un-2016/',
	templates: '/reference/templates/',
	partnerships: '/partnerships/member-states/',
	'translation status': '/translation-status/',
	downloads: '/downloads/',
	'self-assessment': '/tools/ospo-maturity/',
};
