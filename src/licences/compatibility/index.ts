/**
 * The licence compatibility engine: pure functions over the licence data, with no file access, so
 * the build (the JSON API, the static matrix) and the explorer's script in the browser give the
 * same answers. read.ts loads the data for the build.
 */
export { uses, verdicts, type Answer, type CompatException, type LicenceFacts, type TextRef, type Use, type Verdict } from './types';
export { judge, allAnswers } from './judge';
export { judgeExpression, ExpressionError, type ExpressionAnswer, type ExpressionPart } from './expression';
export { englishText } from './english';
export { indexExceptions, type ExceptionIndex } from './exceptions';
export { materialOf, type Material } from './rules';
