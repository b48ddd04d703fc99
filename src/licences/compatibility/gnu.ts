/**
 * The GNU licences (GPL, LGPL, AGPL) combine by version rules the FSF publishes as a matrix
 * (https://www.gnu.org/licenses/gpl-faq.html#AllCompatibility). Their SPDX identifiers say the
 * version and whether "or any later version" was chosen, so the rules read them from the id.
 */

export type GnuKind = 'GPL' | 'LGPL' | 'AGPL';

export interface GnuId {
	kind: GnuKind;
	/** 2 for GPL-2.0 and LGPL-2.0/2.1, 3 for the version 3 licences. */
	major: 2 | 3;
	orLater: boolean;
}

/** One licence text a GNU-licensed part can be used under, e.g. `GPL-3`. */
export type GnuOption = `${GnuKind}-${2 | 3}`;

const pattern = /^(A?GPL|LGPL)-([23])\.[01](-only|-or-later)$/;

export function gnuId(id: string): GnuId | undefined {
	const m = pattern.exec(id);
	if (!m) return undefined;
	return { kind: m[1] as GnuKind, major: Number(m[2]) as 2 | 3, orLater: m[3] === '-or-later' };
}

const majors = [2, 3] as const;
const fromMajor = (g: GnuId) => majors.filter((v) => v === g.major || (g.orLater && v > g.major));

/**
 * Every licence text a part under `g` may be used under: its own versions, and for the LGPL the
 * GPL too (LGPL-2.1 section 3 allows GPL version 2 or any later one; LGPL-3.0 is GPL-3.0 with
 * extra permissions, which section 7 of GPL-3.0 lets a recipient remove).
 */
export function gnuOptions(g: GnuId): Set<GnuOption> {
	const own = fromMajor(g).filter((v) => !(g.kind === 'AGPL' && v === 2));
	const options = new Set<GnuOption>(own.map((v) => `${g.kind}-${v}` as GnuOption));
	if (g.kind === 'LGPL') {
		if (g.major === 2) majors.forEach((v) => options.add(`GPL-${v}`));
		else options.add('GPL-3');
	}
	return options;
}

/** The licence texts a work distributed under `g` is offered under. */
export function gnuOffers(g: GnuId): GnuOption[] {
	return fromMajor(g)
		.filter((v) => !(g.kind === 'AGPL' && v === 2))
		.map((v) => `${g.kind}-${v}` as GnuOption);
}

/** The SPDX id for a licence text, "only" or "or later". */
export function gnuSpdx(option: GnuOption, orLater: boolean): string {
	const [kind, major] = option.split('-') as [GnuKind, string];
	const minor = kind === 'LGPL' && major === '2' ? '1' : '0';
	return `${kind}-${major}.${minor}${orLater ? '-or-later' : '-only'}`;
}

/** The FSF's matrix of GNU licence combinations. */
export const gnuMatrixUrl = 'https://www.gnu.org/licenses/gpl-faq.html#AllCompatibility';
