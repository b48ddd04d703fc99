/**
 * The interface strings of the compatibility engine: the reasons, conditions and notes of its
 * answers and the explanations of expressions. ui-strings.ts adds them to the site's keys, so
 * every language file must define each one; compatibility.yaml may name only these.
 */
export const compatReasons = [
	'same',
	'nonOpen',
	'publicDomain',
	'noConditionsOutbound',
	'noDerivatives',
	'permissive',
	'fsfIncompatible',
	'v3Only',
	'attributionOnly',
	'codeInContent',
	'availableComponent',
	'differentMaterial',
	'gnuSameTerms',
	'lesserIntoGpl',
	'lesserLinkGnu',
	'gnuVersions',
	'gnuStronger',
	'agplCombination',
	'laterVersion',
	'secondaryLicence',
	'compatibleList',
	'copyleftAcceptedByOutbound',
	'copyleftSame',
	'fileCopyleft',
	'moduleCopyleft',
	'lesserLibrary',
	'databaseApart',
	'producedWork',
	'linkingException',
	'exception',
	'aggregate',
	'nonOpenAggregate',
	'nonOpenNetwork',
	'notDistribution',
	'apacheIntoMpl',
	'shareAlikeGpl3',
	'shareAlikeAgpl',
	'eplSecondary',
	'euplAppendix',
	'ccByIntoOdbl',
] as const;

export const compatConditions = [
	'keepNotices',
	'keepAttribution',
	'markCode',
	'keepAsComponent',
	'separateParts',
	'onlyUnder',
	'agplPartStays',
	'secondaryUnlessMarked',
	'secondaryDesignated',
	'combinedWork',
	'euplCombined',
	'keepFiles',
	'keepModules',
	'replaceableLibrary',
	'keepDatabaseApart',
	'producedWorkOnly',
	'exceptionScope',
	'classpath',
	'gccRuntime',
	'llvm',
	'linuxSyscall',
	'eachKeepsLicence',
	'ownTermsOnly',
	'networkSource',
	'preferredForm',
	'agplViaGpl3',
	'askPermission',
] as const;

export const compatNotes = ['linkingEu', 'euplFsf'] as const;

export const compatExpressionKeys = [
	'and',
	'or',
	'exceptionUnknown',
	'exceptionNoEffect',
	'unknownId',
	'didYouMean',
	'notInData',
	'invalid',
] as const;

export const compatStringKeys = [
	...compatReasons.map((k) => `compat.reason.${k}` as const),
	...compatConditions.map((k) => `compat.condition.${k}` as const),
	...compatNotes.map((k) => `compat.note.${k}` as const),
	...compatExpressionKeys.map((k) => `compat.expression.${k}` as const),
] as const;

export type CompatStringKey = (typeof compatStringKeys)[number];
