/**
 * The rules that derive an answer from two licences' attributes: `combine` for copying and
 * linking, `aggregate` and `network` for the other uses; judge.ts consults the recorded exceptions
 * first. The notes of content/docs/licensing/licence-compatibility.mdx explain the reasoning
 * behind each rule.
 */
import { gnuId, gnuOffers, gnuOptions, gnuSpdx, type GnuId, type GnuOption } from './gnu';
import { cite, sources } from './sources';
import type { Answer, LicenceFacts, TextRef, Use, Verdict } from './types';

/** What a rule decides; `judge` adds the pair and the use. */
export type Ruling = Pick<Answer, 'verdict' | 'reason' | 'condition' | 'sources' | 'disagreement'>;

/** The kind of material a licence is written for. CC0 is written for any kind. */
export type Material = 'software' | 'content' | 'data' | 'hardware' | 'any';

export function materialOf(l: LicenceFacts): Material {
	if (l.family === 'content' || l.family === 'data' || l.family === 'hardware') return l.family;
	if (l.id === 'CC0-1.0') return 'any';
	// Licences from these stewards' content and data series keep that kind when they are not open
	// (CC BY-NC) or dedicate to the public domain (PDDL).
	if (/^CC-/.test(l.id)) return 'content';
	if (/^(ODbL|ODC|PDDL)-/.test(l.id)) return 'data';
	return 'software';
}

const ref = (key: string, l: { inbound: LicenceFacts; outbound: LicenceFacts }, params: Record<string, string> = {}): TextRef => ({
	key: `compat.${key}`,
	params: { inbound: l.inbound.id, outbound: l.outbound.id, ...params },
});

interface Pair {
	inbound: LicenceFacts;
	outbound: LicenceFacts;
}

const rule = (
	p: Pair,
	verdict: Verdict,
	reason: string,
	condition: string | null,
	urls: (string | undefined)[],
	params: Record<string, string> = {},
): Ruling => ({
	verdict,
	reason: ref(`reason.${reason}`, p, params),
	condition: condition ? ref(`condition.${condition}`, p, params) : null,
	sources: cite(...urls),
});

const isCopyleft = (l: LicenceFacts) => l.requires.includes('same-licence');
const setsNoConditions = (l: LicenceFacts) => l.requires.length === 0;
/** Offering the work over a network brings duties under this licence (AGPL section 13, EUPL "communication"). */
export const networkTriggered = (l: LicenceFacts) =>
	l.family === 'network-copyleft' || l.copyleft_scope === 'network' || l.requires.includes('network-disclosure');

/** Does a clause name `outbound`? A GNU "or later" entry also names the later versions. */
export function clauseNames(listed: string, outbound: string): boolean {
	if (listed === outbound) return true;
	const a = gnuId(listed);
	const b = gnuId(outbound);
	if (!a || !b || a.kind !== b.kind) return false;
	return a.major === b.major || (a.orLater && b.major > a.major);
}

/** A later version of the same licence, where the inbound licence lets recipients take one (MPL-1.1 → MPL-2.0, EUPL-1.1 → EUPL-1.2). */
function laterVersion(p: Pair): Ruling | undefined {
	if (p.inbound.later_versions.policy !== 'automatic') return undefined;
	const split = (id: string) => /^(.*?)-(\d+(?:\.\d+)*)(-only|-or-later)?$/.exec(id);
	const a = split(p.inbound.id);
	const b = split(p.outbound.id);
	if (!a || !b || a[1] !== b[1] || gnuId(p.inbound.id)) return undefined;
	const newer = b[2]!.localeCompare(a[2]!, 'en', { numeric: true }) > 0;
	return newer ? rule(p, 'yes', 'laterVersion', null, [p.inbound.text_url, p.outbound.text_url]) : undefined;
}

/** Both licences are GNU licences: the FSF's version rules. */
function gnuPair(p: Pair, gi: GnuId, go: GnuId, use: Use): Ruling {
	const urls = [sources.gnuMatrix, p.inbound.text_url, p.outbound.text_url];
	const options = gnuOptions(gi);
	const offers = gnuOffers(go);
	const base = offers[0]!;
	if (use === 'link' && gi.kind === 'LGPL') {
		// A linked LGPL library keeps its own licence, but a version 3 library holds a GPL program to version 3.
		if (gi.major === 3 && go.kind !== 'LGPL' && offers[0]!.endsWith('-2')) {
			const v3 = offers.find((o) => o.endsWith('-3'));
			if (!v3) return rule(p, 'no', 'gnuVersions', null, urls);
			return rule(p, 'conditional', 'lesserLinkGnu', 'onlyUnder', urls, { result: gnuSpdx(v3, true) });
		}
		return rule(p, 'yes', 'lesserLinkGnu', null, [sources.gnuMatrix, p.inbound.text_url]);
	}
	const narrowed = (option: GnuOption) => gnuSpdx(option, gi.orLater && go.orLater);
	if (options.has(base)) {
		const reason = gi.kind === 'LGPL' && go.kind !== 'LGPL' ? 'lesserIntoGpl' : 'gnuSameTerms';
		if (go.orLater && offers.some((o) => !options.has(o)))
			return rule(p, 'conditional', reason, 'onlyUnder', urls, { result: gnuSpdx(base, false) });
		return rule(p, 'yes', reason, null, urls);
	}
	const shared = offers.find((o) => options.has(o));
	if (shared) return rule(p, 'conditional', 'gnuSameTerms', 'onlyUnder', urls, { result: narrowed(shared) });
	if (go.kind === 'AGPL' && options.has('GPL-3')) return rule(p, 'yes', 'agplCombination', null, [sources.gpl3, sources.agpl3]);
	if (gi.kind === 'AGPL' && go.kind === 'GPL' && offers.includes('GPL-3'))
		return rule(p, 'conditional', 'agplCombination', 'agplPartStays', [sources.agpl3, sources.fsfList]);
	// The outbound is an LGPL: its own parts could go under the GPL, the inbound part cannot go under the LGPL.
	const outboundAs = gnuOptions(go);
	if (gi.kind === 'AGPL' && outboundAs.has('GPL-3')) return rule(p, 'no', 'gnuStronger', null, urls, { result: p.inbound.id });
	const common = [...outboundAs].find((o) => options.has(o));
	if (common) return rule(p, 'no', 'gnuStronger', null, urls, { result: narrowed(common) });
	return rule(p, 'no', 'gnuVersions', null, urls);
}

/** A licence without copyleft: its part keeps its notices inside a work under any licence that can carry them. */
function permissive(p: Pair, into: Material): Ruling {
	const { inbound: i, outbound: o } = p;
	const from = materialOf(i);
	const gnu = gnuId(o.id);
	if (from === 'software' || from === 'any') {
		if (into === 'data') return rule(p, 'conditional', 'differentMaterial', 'separateParts', [i.text_url, o.text_url]);
		if (into === 'content') return rule(p, 'conditional', 'codeInContent', 'markCode', [i.text_url, sources.ccFaqSoftware]);
		// A reciprocal design licence takes the code as an Available Component; a permissive one as it is.
		if (into === 'hardware' && isCopyleft(o))
			return rule(p, 'conditional', 'availableComponent', 'keepAsComponent', [o.text_url, i.text_url]);
		if (into === 'hardware') return rule(p, 'yes', 'permissive', 'keepNotices', [i.text_url, o.text_url]);
		if (gnu && i.fsf.gpl_compatible === 'no') return rule(p, 'no', 'fsfIncompatible', null, [i.fsf.source, sources.fsfList]);
		if (gnu && i.fsf.gpl_compatible === 'v3-only') {
			const offers = gnuOffers(gnu);
			if (offers[0]!.endsWith('-2')) {
				const v3 = offers.find((x) => x.endsWith('-3'));
				if (!v3) return rule(p, 'no', 'v3Only', null, [i.fsf.source, sources.fsfList]);
				return rule(p, 'conditional', 'v3Only', 'onlyUnder', [i.fsf.source, sources.fsfList], { result: gnuSpdx(v3, true) });
			}
		}
		return rule(p, 'yes', 'permissive', 'keepNotices', [i.text_url, gnu ? i.fsf.source : o.text_url]);
	}
	if (from === 'hardware') {
		if (into === 'hardware') return rule(p, 'yes', 'permissive', 'keepNotices', [i.text_url]);
		return rule(p, 'conditional', 'differentMaterial', 'separateParts', [i.text_url, o.text_url]);
	}
	// Attribution-only content and data licences (CC BY, ODC-By).
	const sameKind = into === from || (from === 'content' && into === 'software');
	if (sameKind) return rule(p, 'yes', 'attributionOnly', 'keepAttribution', [i.text_url, gnu ? i.fsf.source : undefined]);
	if (into === 'hardware' && isCopyleft(o))
		return rule(p, 'conditional', 'availableComponent', 'keepAttribution', [o.text_url, i.text_url]);
	return rule(p, 'conditional', 'attributionOnly', 'keepAttribution', [i.text_url]);
}

/** A licence with copyleft: its part must stay under it, unless a clause or a later version allows otherwise. */
function copyleft(p: Pair, into: Material, use: Use): Ruling {
	const { inbound: i, outbound: o } = p;
	const from = materialOf(i);
	for (const clause of i.clauses) {
		const listed = clause.licences.find((l) => l === o.id) ?? clause.licences.find((l) => clauseNames(l, o.id));
		if (!listed) continue;
		// The clause names version N only, the work offers "N or later": the combination is held to N.
		const narrowed = listed !== o.id && listed.endsWith('-only') && gnuId(listed)?.major === gnuId(o.id)?.major;
		if (clause.kind === 'secondary-licences')
			return rule(p, 'conditional', 'secondaryLicence', narrowed ? 'onlyUnder' : 'secondaryUnlessMarked', [clause.source, i.text_url], {
				result: listed,
			});
		if (clause.kind === 'compatible-licences')
			return rule(p, 'conditional', 'compatibleList', narrowed ? 'onlyUnder' : 'combinedWork', [clause.source, i.text_url], {
				result: listed,
			});
		if (clause.kind === 'agpl-combination') return rule(p, 'yes', 'agplCombination', null, [clause.source]);
	}
	const later = laterVersion(p);
	if (later) return later;
	if (from === 'data') {
		if (into === 'software') return rule(p, 'conditional', 'databaseApart', 'keepDatabaseApart', [i.text_url]);
		if (into === 'content') return rule(p, 'conditional', 'producedWork', 'producedWorkOnly', [i.text_url]);
		if (into === 'hardware') return rule(p, 'conditional', 'differentMaterial', 'separateParts', [i.text_url, o.text_url]);
	}
	if (from === 'software' && into === 'data') return rule(p, 'conditional', 'differentMaterial', 'separateParts', [i.text_url, o.text_url]);
	const weak = i.copyleft_scope === 'file' || i.copyleft_scope === 'module';
	// A weakly reciprocal design licence (CERN-OHL-W) keeps its own parts, inside another design only.
	if (from === 'hardware' && weak)
		return into === 'hardware'
			? rule(p, 'conditional', 'moduleCopyleft', 'keepModules', [i.text_url])
			: rule(p, 'conditional', 'differentMaterial', 'separateParts', [i.text_url, o.text_url]);
	const looseOutbound = into === 'software' || into === 'content' || (into === 'hardware' && !isCopyleft(o));
	if (from === 'software' && weak && looseOutbound) {
		if (gnuId(o.id) && i.fsf.gpl_compatible === 'no') return rule(p, 'no', 'fsfIncompatible', null, [i.fsf.source, sources.fsfList]);
		const scope = i.copyleft_scope === 'file' ? 'fileCopyleft' : 'moduleCopyleft';
		return rule(p, 'conditional', scope, i.copyleft_scope === 'file' ? 'keepFiles' : 'keepModules', [i.text_url]);
	}
	if (from === 'software' && i.copyleft_scope === 'library' && into === 'software')
		return rule(p, 'conditional', 'lesserLibrary', 'replaceableLibrary', [i.text_url, sources.gplFaq]);
	// The outbound licence accepts the inbound one, but only by letting the combination go under the inbound licence.
	const accepting = o.clauses.find((c) => c.kind === 'compatible-licences' && c.licences.some((l) => clauseNames(l, i.id)));
	if (accepting) return rule(p, 'no', 'copyleftAcceptedByOutbound', null, [i.text_url, accepting.source]);
	const ruling = rule(p, 'no', 'copyleftSame', null, [i.text_url]);
	// The FSF holds that linking makes one work; the European Commission argues that under EU law it need not.
	if (use === 'link' && from === 'software' && (i.copyleft_scope === 'work' || i.copyleft_scope === 'network'))
		ruling.disagreement = { note: ref('note.linkingEu', p), sources: [sources.euplLinking, sources.euplCopyleft, sources.gplFaq] };
	return ruling;
}

/** Copying or modifying, and linking: the inbound part becomes part of the outbound work. */
export function combine(p: Pair, use: 'modify' | 'link'): Ruling {
	const { inbound: i, outbound: o } = p;
	if (i.id === o.id) return rule(p, 'yes', 'same', null, [i.text_url]);
	if (i.family === 'non-open') return rule(p, 'no', 'nonOpen', null, [i.text_url, sources.fsfList]);
	if (setsNoConditions(i)) return rule(p, 'yes', 'publicDomain', null, [i.text_url]);
	if (setsNoConditions(o)) return rule(p, 'no', 'noConditionsOutbound', null, [o.text_url, sources.cc0]);
	if (i.forbids.includes('derivatives')) return rule(p, 'no', 'noDerivatives', null, [i.text_url]);
	const gi = gnuId(i.id);
	const go = gnuId(o.id);
	if (gi && go) return gnuPair(p, gi, go, use);
	const into = materialOf(o);
	if (use === 'link' && materialOf(i) === 'software') {
		const exception = i.clauses.find((c) => c.kind === 'linking-exception');
		if (exception && into === 'software')
			return rule(p, 'conditional', 'linkingException', 'exceptionScope', [exception.source, i.text_url]);
	}
	return isCopyleft(i) ? copyleft(p, into, use) : permissive(p, into);
}

/** Separate works side by side on one medium. */
export function aggregate(p: Pair): Ruling {
	const { inbound: i } = p;
	if (i.id === p.outbound.id) return rule(p, 'yes', 'same', null, [i.text_url]);
	if (i.family === 'non-open') return rule(p, 'conditional', 'nonOpenAggregate', 'ownTermsOnly', [i.text_url, sources.fsfList]);
	return rule(p, 'yes', 'aggregate', 'eachKeepsLicence', [sources.mereAggregation, i.text_url]);
}

/**
 * Offered over a network without giving copies: only licences that count that as sharing apply;
 * for them the answer is the one for modifying (`modify`, recorded exceptions included).
 */
export function network(p: Pair, modify: () => Ruling): Ruling {
	const { inbound: i, outbound: o } = p;
	if (i.family === 'non-open') {
		if (i.id === o.id) return rule(p, 'yes', 'same', 'ownTermsOnly', [i.text_url]);
		return rule(p, 'conditional', 'nonOpenNetwork', 'ownTermsOnly', [i.text_url, sources.fsfList]);
	}
	// Content and data licences count making the material available online as sharing it.
	if (networkTriggered(i) || networkTriggered(o) || materialOf(i) !== 'software') {
		const ruling = modify();
		if (networkTriggered(i) && ruling.verdict === 'yes')
			return { ...ruling, condition: ref('condition.networkSource', p), sources: cite(...ruling.sources, i.text_url) };
		return ruling;
	}
	return rule(p, 'yes', 'notDistribution', null, [sources.unreleasedMods, i.text_url]);
}
