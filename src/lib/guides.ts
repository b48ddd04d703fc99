import type { Lang } from './locales';

/** A localized string: English is required, other languages fall back to it. */
export type Localized = { en: string } & Partial<Record<Lang, string>>;

export interface Section {
	/** URL slug and folder name under content/docs/, the same in every language. */
	slug: string;
	/** Short label used in the topic switcher above the sidebar. */
	label: Localized;
	/** Starlight icon name shown next to the label. */
	icon: string;
	/** Whether this section is a guide (printed as a PDF, listed as a guide on the home page). */
	guide: boolean;
	/** The pages of the section's sidebar, in order, when it lists pages rather than its folder. */
	pages?: readonly string[];
}

/**
 * The sections of the knowledge centre, in reading order. Slugs are stable
 * (docs/decisions/content.md): readers' bookmarks, printed URLs and search tests depend on them.
 */
export const sections: Section[] = [
	{
		slug: 'governance',
		guide: true,
		icon: 'open-book',
		label: { en: 'Governance', fr: 'Gouvernance', es: 'Gobernanza', ru: 'Управление проектами', 'zh-CN': '项目治理', ar: 'الحوكمة' },
	},
	{
		slug: 'licensing',
		guide: true,
		icon: 'document',
		label: { en: 'Licensing', fr: 'Licences', es: 'Licencias', ru: 'Лицензирование', 'zh-CN': '许可', ar: 'الترخيص' },
	},
	{
		slug: 'community',
		guide: true,
		icon: 'comment',
		label: { en: 'Community', fr: 'Communauté', es: 'Comunidad', ru: 'Сообщество', 'zh-CN': '社区', ar: 'المجتمع' },
	},
	{
		slug: 'public-sector',
		guide: true,
		icon: 'star',
		label: {
			en: 'Public sector',
			fr: 'Secteur public',
			es: 'Sector público',
			ru: 'Государственный сектор',
			'zh-CN': '公共部门',
			ar: 'القطاع العام',
		},
	},
	{
		slug: 'open-sourcing',
		guide: true,
		icon: 'rocket',
		label: {
			en: 'Open-sourcing a tool',
			fr: 'Ouvrir le code d’un outil',
			es: 'Abrir el código de una herramienta',
			ru: 'Открытие кода инструмента',
			'zh-CN': '开源现有工具',
			ar: 'فتح مصدر أداة',
		},
	},
	{
		slug: 'security-compliance',
		guide: true,
		icon: 'approve-check',
		label: {
			en: 'Security and compliance',
			fr: 'Sécurité et conformité',
			es: 'Seguridad y cumplimiento',
			ru: 'Безопасность и соответствие',
			'zh-CN': '安全与合规',
			ar: 'الأمن والامتثال',
		},
	},
	{
		slug: 'un-system',
		guide: true,
		icon: 'puzzle',
		label: {
			en: 'UN system',
			fr: 'Système des Nations Unies',
			es: 'Sistema de las Naciones Unidas',
			ru: 'Система ООН',
			'zh-CN': '联合国系统',
			ar: 'منظومة الأمم المتحدة',
		},
	},
	{
		slug: 'reference',
		guide: false,
		icon: 'information',
		label: { en: 'Reference', fr: 'Référence', es: 'Referencia', ru: 'Справочник', 'zh-CN': '参考资料', ar: 'المراجع' },
	},
	{
		// Self-assessments that run in the reader's browser (src/assessments/).
		slug: 'tools',
		guide: false,
		icon: 'laptop',
		label: { en: 'Tools', fr: 'Outils', es: 'Herramientas', ru: 'Инструменты', 'zh-CN': '工具', ar: 'الأدوات' },
	},
	{
		slug: 'events',
		guide: false,
		icon: 'clock',
		label: { en: 'Events', fr: 'Événements', es: 'Eventos', ru: 'Мероприятия', 'zh-CN': '活动', ar: 'الفعاليات' },
	},
	{
		slug: 'about',
		guide: false,
		icon: 'information',
		pages: [
			'about',
			'partnerships/member-states',
			'partnerships/open-source-your-tool',
			'downloads',
			'accessibility',
			'translation-status',
		],
		label: { en: 'About', fr: 'À propos', es: 'Acerca de', ru: 'О проекте', 'zh-CN': '关于', ar: 'عن المبادرة' },
	},
];

export const guides = sections.filter((s) => s.guide);

/** Pages that a sidebar names one by one (the About topic's), which must therefore exist in every build. */
export const listedPages = sections.flatMap((s) => s.pages ?? []);

/** The section a content slug (without locale prefix) belongs to, if any. */
export function sectionOf(slug: string): Section | undefined {
	const first = slug.split('/')[0];
	return sections.find((s) => s.slug === first);
}
