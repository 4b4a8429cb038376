/**
 * The evidence that counted, gathered as the awarded tier is explained rather than by walking
 * its explanation afterwards (evaluate/counted-evidence.ts, which the interpreter uses and
 * this must agree with). Generated code pushes the item list of every outermost set a
 * requirement measures onto `CI` (up to `CN`), takes back what an unmet option of an any or
 * at-least-k or anything under a not pushed, and replays the pushes of a named measure or
 * condition explained once and referred to again. Each tier starts from an empty list, and
 * the awarded tier is the last one explained.
 *
 * What a named rule pushed the first time is kept for the whole evaluation in `KI` (up to
 * `KN`), each run after its length.
 *
 * Items dropped on the way (capped or discounted) are rare, and which reason is reported for
 * an item dropped twice depends on the walk's order: a decision where any were dropped
 * (`DR`) takes the walk instead.
 */
export const countedState = `const CI = [];
let CN = 0, CS = 0, DR = false;
const KI = [];
let KN = 0;
function kept(from) {
const at = KN;
let k = at + 1;
for (let n = from; n < CN; n++) KI[k++] = CI[n];
KI[at] = k - at - 1;
KN = k;
return at;
}
function retook(at) {
const length = KI[at];
let c = CN;
for (let n = 1; n <= length; n++) CI[c++] = KI[at + n];
CN = c;
}
function countedItems() {
const stamp = ++CS;
for (let l = 0; l < CN; l++) {
const items = CI[l];
for (let n = 0; n < items.length; n++) items[n].mark = stamp;
}
CN = 0;
return { counted: markedInIdOrder(R, P, A, stamp), dropped: [] };
}`;

/** Around a part whose items count only when it is met: `explain` is called into `node`. */
export function countedIfMet(node: string, explain: string): string {
  return `const ${node}m = CN;\nconst ${node} = ${explain}();\nif (${node}.met === false) CN = ${node}m;`;
}

/**
 * A named measure or condition explained once per evaluation: the first time, what it pushed
 * is kept (`KI`, from the place held in `counted`); every later reference pushes that again.
 */
export function explainedOnce(memo: string, counted: string, explain: string): string {
  return `if (${memo} === undefined) {
const from = CN;
${memo} = ${explain}();
${counted} = kept(from);
} else retook(${counted});`;
}
