/**
 * The search-quality suite: queries a reader would type, each with the page that should come up
 * in the top three results. `lang` is the language of the page the reader searches from; a
 * query in a language whose page is not translated yet expects the English page (translated
 * pages also search English pages: src/scripts/search-ui.ts). `expect` is a slug without the
 * language prefix; several slugs mean any of them is a right answer.
 */
export interface SearchCase {
	lang: 'en' | 'fr' | 'es' | 'ru' | 'zh-CN' | 'ar';
	query: string;
	expect: string | string[];
	/** What the case exercises, for the report. */
	kind: 'keyword' | 'question' | 'acronym' | 'expansion' | 'misspelling' | 'spelling-variant' | 'translated';
}

export const searchCases: SearchCase[] = [
	// Governance
	{ lang: 'en', kind: 'question', query: 'what is a code of conduct', expect: 'governance/codes-of-conduct' },
	{ lang: 'en', kind: 'acronym', query: 'BDFL', expect: 'governance/governance-models' },
	{ lang: 'en', kind: 'expansion', query: 'benevolent dictator for life', expect: 'governance/governance-models' },
	{ lang: 'en', kind: 'keyword', query: 'lazy consensus', expect: 'governance/decision-making' },
	{ lang: 'en', kind: 'keyword', query: 'apache voting veto', expect: 'governance/decision-making' },
	{ lang: 'en', kind: 'keyword', query: 'GOVERNANCE.md', expect: ['governance/writing-governance-md', 'reference/templates'] },
	{ lang: 'en', kind: 'keyword', query: 'SECURITY.md', expect: ['governance/security-policy', 'reference/templates'] },
	{ lang: 'en', kind: 'keyword', query: 'fiscal sponsor', expect: 'governance/foundations-and-fiscal-hosts' },
	{ lang: 'en', kind: 'keyword', query: 'CNCF sandbox incubating graduated', expect: 'governance/project-lifecycle' },
	{ lang: 'en', kind: 'question', query: 'how to archive an abandoned project', expect: 'governance/project-lifecycle' },
	{
		lang: 'en',
		kind: 'question',
		query: 'how can a government take part in a project without taking control',
		expect: 'governance/company-and-government-participation',
	},
	{ lang: 'en', kind: 'acronym', query: 'CoC', expect: 'governance/codes-of-conduct' },
	{ lang: 'en', kind: 'misspelling', query: 'goverance models', expect: 'governance/governance-models' },

	// Licensing
	{ lang: 'en', kind: 'keyword', query: 'Open Source Definition', expect: 'licensing/licensing-basics' },
	{ lang: 'en', kind: 'acronym', query: 'OSD', expect: 'licensing/licensing-basics' },
	{ lang: 'en', kind: 'keyword', query: 'weak copyleft', expect: 'licensing/licence-families' },
	{ lang: 'en', kind: 'spelling-variant', query: 'license families', expect: 'licensing/licence-families' },
	{ lang: 'en', kind: 'question', query: 'which license should I choose', expect: 'licensing/choosing-a-licence' },
	{ lang: 'en', kind: 'spelling-variant', query: 'license compatibility', expect: 'licensing/licence-compatibility' },
	{ lang: 'en', kind: 'question', query: 'can I combine GPL and Apache code', expect: 'licensing/licence-compatibility' },
	{ lang: 'en', kind: 'misspelling', query: 'licnese compatibility', expect: 'licensing/licence-compatibility' },
	{ lang: 'en', kind: 'keyword', query: 'SPDX-License-Identifier', expect: 'licensing/spdx-identifiers' },
	{ lang: 'en', kind: 'keyword', query: 'REUSE.toml', expect: 'licensing/reuse-specification' },
	{ lang: 'en', kind: 'acronym', query: 'DCO', expect: 'licensing/contributor-agreements' },
	{ lang: 'en', kind: 'expansion', query: 'Developer Certificate of Origin', expect: 'licensing/contributor-agreements' },
	{ lang: 'en', kind: 'acronym', query: 'CLA', expect: 'licensing/contributor-agreements' },
	{ lang: 'en', kind: 'keyword', query: 'Creative Commons for documentation', expect: 'licensing/licensing-content-and-documentation' },
	{ lang: 'en', kind: 'acronym', query: 'ODbL', expect: 'licensing/licensing-data' },
	{ lang: 'en', kind: 'keyword', query: 'open data licence', expect: 'licensing/licensing-data' },
	{ lang: 'en', kind: 'keyword', query: 'CERN-OHL', expect: 'licensing/licensing-hardware' },
	{ lang: 'en', kind: 'keyword', query: 'open hardware license', expect: 'licensing/licensing-hardware' },
	{ lang: 'en', kind: 'keyword', query: 'patent retaliation', expect: 'licensing/patents-and-trademarks' },
	{ lang: 'en', kind: 'keyword', query: 'NOTICE file', expect: 'licensing/meeting-licence-obligations' },
	{
		lang: 'en',
		kind: 'acronym',
		query: 'EUPL',
		expect: ['licensing/choosing-a-licence', 'licensing/licence-compatibility', 'reference/licence-quick-reference'],
	},

	// Community
	{ lang: 'en', kind: 'keyword', query: 'good first issue', expect: 'community/onboarding-contributors' },
	{ lang: 'en', kind: 'question', query: 'mailing list or chat', expect: 'community/communication-channels' },
	{ lang: 'en', kind: 'keyword', query: 'Outreachy internships', expect: 'community/mentoring-and-internships' },
	{ lang: 'en', kind: 'keyword', query: 'Google Summer of Code', expect: 'community/mentoring-and-internships' },
	{ lang: 'en', kind: 'keyword', query: 'hackathon', expect: 'community/hackathons-and-sprints' },
	{ lang: 'en', kind: 'keyword', query: 'hybrid conference', expect: 'community/conferences-regional-and-virtual' },
	{ lang: 'en', kind: 'keyword', query: 'inclusive language', expect: 'community/inclusion-and-accessibility' },
	{ lang: 'en', kind: 'keyword', query: 'bus factor', expect: 'community/community-health-metrics' },
	{ lang: 'en', kind: 'acronym', query: 'CHAOSS', expect: 'community/community-health-metrics' },
	{ lang: 'en', kind: 'question', query: 'how do maintainers get paid', expect: 'community/sustainability-and-funding' },
	{ lang: 'en', kind: 'keyword', query: 'recognising contributors', expect: 'community/recognising-contributors' },

	// Public sector
	{ lang: 'en', kind: 'keyword', query: 'public money public code', expect: 'public-sector/why-open-source' },
	{
		lang: 'en',
		kind: 'keyword',
		query: 'M-16-21',
		expect: ['public-sector/open-source-policy', 'public-sector/procurement', 'public-sector/publishing-public-code'],
	},
	{ lang: 'en', kind: 'keyword', query: 'procurement', expect: 'public-sector/procurement' },
	{ lang: 'en', kind: 'acronym', query: 'OSPO', expect: 'public-sector/setting-up-an-ospo' },
	{ lang: 'en', kind: 'spelling-variant', query: 'open source program office', expect: 'public-sector/setting-up-an-ospo' },
	{ lang: 'en', kind: 'keyword', query: 'Standard for Public Code', expect: 'public-sector/publishing-public-code' },
	{ lang: 'en', kind: 'acronym', query: 'DPG', expect: 'public-sector/digital-public-goods' },
	{ lang: 'en', kind: 'question', query: 'how to nominate a digital public good', expect: 'public-sector/digital-public-goods' },
	{ lang: 'en', kind: 'keyword', query: 'Sovereign Tech Fund', expect: 'public-sector/funding-open-source-infrastructure' },
	{ lang: 'en', kind: 'keyword', query: 'capacity building', expect: 'public-sector/capacity-building' },
	{
		lang: 'en',
		kind: 'question',
		query: 'how can a Member State partner with open source communities',
		expect: ['public-sector/partnering-with-communities', 'partnerships/member-states'],
	},

	// Open-sourcing an existing tool
	{
		lang: 'en',
		kind: 'question',
		query: 'we want to open source our internal tool',
		expect: ['open-sourcing', 'open-sourcing/decide-and-plan', 'partnerships/open-source-your-tool'],
	},
	{ lang: 'en', kind: 'keyword', query: 'chain of title', expect: 'open-sourcing/ip-and-rights-audit' },
	{ lang: 'en', kind: 'question', query: 'remove a password from git history', expect: 'open-sourcing/secrets-and-sensitive-data' },
	{ lang: 'en', kind: 'keyword', query: 'git filter-repo', expect: 'open-sourcing/secrets-and-sensitive-data' },
	{ lang: 'en', kind: 'keyword', query: 'dependency licence scan', expect: 'open-sourcing/third-party-components' },
	{ lang: 'en', kind: 'keyword', query: 'trademark policy', expect: ['open-sourcing/trademarks-and-naming', 'reference/templates'] },
	{ lang: 'en', kind: 'keyword', query: 'release checklist', expect: 'open-sourcing/release-checklist' },
	{ lang: 'en', kind: 'keyword', query: 'export control', expect: 'open-sourcing/legal-and-security-review' },
	{
		lang: 'en',
		kind: 'question',
		query: 'hand over the project to a foundation',
		expect: ['open-sourcing/handover-to-a-neutral-home', 'governance/foundations-and-fiscal-hosts'],
	},
	{ lang: 'en', kind: 'keyword', query: 'first 90 days after launch', expect: 'open-sourcing/launch-and-first-contributors' },

	// Security and compliance
	{ lang: 'en', kind: 'keyword', query: 'branch protection', expect: 'security-compliance/secure-project-practices' },
	{
		lang: 'en',
		kind: 'question',
		query: 'what to do when someone reports a vulnerability',
		expect: 'security-compliance/handling-vulnerability-reports',
	},
	{ lang: 'en', kind: 'misspelling', query: 'vulnerabilty disclosure', expect: 'security-compliance/handling-vulnerability-reports' },
	{ lang: 'en', kind: 'keyword', query: 'OpenSSF Scorecard', expect: 'security-compliance/openssf-scorecard' },
	{ lang: 'en', kind: 'acronym', query: 'CII badge', expect: 'security-compliance/best-practices-badge' },
	{ lang: 'en', kind: 'acronym', query: 'SBOM', expect: 'security-compliance/sbom-and-supply-chain' },
	{ lang: 'en', kind: 'expansion', query: 'software bill of materials', expect: 'security-compliance/sbom-and-supply-chain' },
	{ lang: 'en', kind: 'keyword', query: 'OpenChain ISO/IEC 5230', expect: 'security-compliance/compliance-programmes' },
	{ lang: 'en', kind: 'acronym', query: 'CRA steward', expect: 'security-compliance/eu-cyber-resilience-act' },
	{ lang: 'en', kind: 'expansion', query: 'Cyber Resilience Act', expect: 'security-compliance/eu-cyber-resilience-act' },

	// Reference, events, site pages
	{ lang: 'en', kind: 'keyword', query: 'glossary', expect: 'reference/glossary' },
	{ lang: 'en', kind: 'keyword', query: 'licence quick reference', expect: 'reference/licence-quick-reference' },
	{ lang: 'en', kind: 'keyword', query: 'OSPO charter template', expect: 'reference/templates' },
	{ lang: 'en', kind: 'keyword', query: 'Open Camps', expect: 'events/open-camps-at-un-2016' },
	{ lang: 'en', kind: 'keyword', query: 'Apps for Humanity', expect: ['events/open-camps-at-un-2016', 'community/hackathons-and-sprints'] },
	{
		lang: 'en',
		kind: 'keyword',
		query: 'From Open Software to Open Culture',
		expect: 'events/unga76-from-open-software-to-open-culture-2021',
	},
	{ lang: 'en', kind: 'question', query: 'propose an event', expect: 'events/propose-an-event' },
	{ lang: 'en', kind: 'keyword', query: 'download PDF', expect: 'downloads' },

	// French
	{ lang: 'fr', kind: 'translated', query: 'code de conduite', expect: 'governance/codes-of-conduct' },
	{ lang: 'fr', kind: 'translated', query: 'licence libre', expect: 'licensing/licensing-basics' },
	{ lang: 'fr', kind: 'translated', query: 'biens publics numériques', expect: 'public-sector/digital-public-goods' },
	{ lang: 'fr', kind: 'translated', query: 'télécharger les guides', expect: 'downloads' },
	{ lang: 'fr', kind: 'translated', query: 'partenariats États Membres', expect: 'partnerships/member-states' },
	// Spanish
	{ lang: 'es', kind: 'translated', query: 'bienes públicos digitales', expect: 'public-sector/digital-public-goods' },
	{ lang: 'es', kind: 'translated', query: 'código de conducta', expect: 'governance/codes-of-conduct' },
	{
		lang: 'es',
		kind: 'translated',
		query: 'abrir el código de una herramienta',
		expect: ['partnerships/open-source-your-tool', 'open-sourcing'],
	},
	{ lang: 'es', kind: 'translated', query: 'compatibilidad de licencias', expect: 'licensing/licence-compatibility' },
	// Russian
	{ lang: 'ru', kind: 'translated', query: 'кодекс поведения', expect: 'governance/codes-of-conduct' },
	{ lang: 'ru', kind: 'translated', query: 'совместимость лицензий', expect: 'licensing/licence-compatibility' },
	{ lang: 'ru', kind: 'translated', query: 'хакатон', expect: 'community/hackathons-and-sprints' },
	{ lang: 'ru', kind: 'translated', query: 'скачать руководства', expect: 'downloads' },
	// Chinese
	{ lang: 'zh-CN', kind: 'translated', query: '软件物料清单', expect: 'security-compliance/sbom-and-supply-chain' },
	{ lang: 'zh-CN', kind: 'translated', query: '行为准则', expect: 'governance/codes-of-conduct' },
	{ lang: 'zh-CN', kind: 'translated', query: '数字公共产品', expect: 'public-sector/digital-public-goods' },
	{ lang: 'zh-CN', kind: 'translated', query: '下载', expect: 'downloads' },
	// Arabic
	{ lang: 'ar', kind: 'translated', query: 'هاكاثون', expect: 'community/hackathons-and-sprints' },
	{ lang: 'ar', kind: 'translated', query: 'مدونة قواعد السلوك', expect: 'governance/codes-of-conduct' },
	{ lang: 'ar', kind: 'translated', query: 'السلع العامة الرقمية', expect: 'public-sector/digital-public-goods' },
	{ lang: 'ar', kind: 'translated', query: 'تنزيل الأدلة', expect: 'downloads' },
	// The self-assessment tools
	{ lang: 'en', kind: 'keyword', query: 'OSPO maturity model', expect: 'tools/ospo-maturity' },
	{ lang: 'en', kind: 'keyword', query: 'digital public good checklist', expect: 'tools/dpg-readiness' },
	{
		lang: 'en',
		kind: 'question',
		query: 'are we ready to open source our code',
		expect: ['tools/open-sourcing-readiness', 'open-sourcing/release-checklist'],
	},
	{
		lang: 'en',
		kind: 'keyword',
		query: 'self-assessment',
		expect: ['tools', 'tools/open-sourcing-readiness', 'tools/ospo-maturity', 'tools/dpg-readiness'],
	},
	{ lang: 'fr', kind: 'translated', query: 'modèle de maturité OSPO', expect: 'tools/ospo-maturity' },
	{ lang: 'es', kind: 'translated', query: 'lista de verificación DPG', expect: 'tools/dpg-readiness' },
	{ lang: 'ru', kind: 'translated', query: 'самооценка OSPO', expect: 'tools/ospo-maturity' },
	{ lang: 'zh-CN', kind: 'translated', query: '数字公共产品检查清单', expect: 'tools/dpg-readiness' },
	{ lang: 'ar', kind: 'translated', query: 'أدوات التقييم الذاتي', expect: 'tools' },
];
