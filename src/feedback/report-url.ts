/**
 * "Report a problem with this page": the repository's content-correction issue form
 * (.github/ISSUE_TEMPLATE/content-correction.yml), prefilled through GitHub's issue-form query
 * parameters (one per field id) with the page's address, its language and the commit the site
 * was built from. A plain link: no script, no cookie, nothing sent until the reader submits.
 */
export interface ReportFields {
	/** The repository's web address, e.g. https://github.com/unite-open-source/knowledge-centre. */
	repoUrl: string;
	/** The page's address: absolute when the site's address is known, else its path. */
	page: string;
	/** The language's name as the form's dropdown lists it (English, Français, …). */
	language: string;
	/** The commit the site was built from, if known. */
	commit: string | undefined;
}

export function reportUrl({ repoUrl, page, language, commit }: ReportFields): string {
	const params = new URLSearchParams({ template: 'content-correction.yml', page, language });
	if (commit) params.set('build', commit);
	return `${repoUrl}/issues/new?${params.toString()}`;
}
