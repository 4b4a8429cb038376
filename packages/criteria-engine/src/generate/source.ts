import { internalized } from '../compile/internalized.ts';
import { SENTENCES_KEPT } from './sentences.ts';

/**
 * The text of one generated framework, built up as function declarations. Every value taken
 * from the definition (labels, ids, lists, lookup maps) goes into `constants` and is read as
 * `k<n>`: author text is never written into the source, so no label can change the code.
 */
export class Source {
  readonly constants: unknown[] = [];
  private readonly constantNames = new Map<unknown, string>();
  private readonly declarations: string[] = [];
  /** Fields of the evaluation's object `M`, fresh at the start of every evaluation. */
  readonly memos: string[] = [];
  /** Fields of `E`, fresh at the start of every evaluation with explanations (only those). */
  private readonly explanationMemos: string[] = [];
  private readonly variables: string[] = [];
  private readonly sentenceTables: string[] = [];
  private counter = 0;

  /** A name for a value passed in at run time (the same value always gets the same name). */
  constant(value: unknown): string {
    const known = this.constantNames.get(value);
    if (known !== undefined) return known;
    const name = `k${this.constants.length}`;
    this.constants.push(typeof value === 'string' ? internalized(value) : value);
    this.constantNames.set(value, name);
    return name;
  }

  /** A number as a literal when it prints back exactly, otherwise as a constant. */
  number(n: number): string {
    if (Number.isFinite(n) && !Object.is(n, -0) && Number(String(n)) === n)
      return n < 0 ? `(${n})` : String(n);
    return this.constant(n);
  }

  /** Declare `function <prefix><n>(params) { body }` and return its name. */
  fn(prefix: string, body: string, params = ''): string {
    const name = `${prefix}${this.counter++}`;
    this.declarations.push(`function ${name}(${params}) {\n${body}\n}`);
    return name;
  }

  /** A variable set afresh by every evaluation that reads it (never cleared). */
  variable(prefix: string): string {
    const name = `${prefix}${this.counter++}`;
    this.variables.push(name);
    return name;
  }

  /** Declare a function under a name chosen by the caller (no counter suffix). */
  declare(name: string, body: string): void {
    this.declarations.push(`function ${name}() {\n${body}\n}`);
  }

  /** A table of sentences kept from one evaluation to the next (see printedOnce). */
  sentenceTable(): string {
    const name = `T${this.counter++}`;
    this.sentenceTables.push(name);
    return name;
  }

  /**
   * A value held for one evaluation (undefined until first worked out): a field of `M`, the
   * evaluation's own object. A fresh object each evaluation is young, so storing this
   * evaluation's nodes and lists in it costs no old-to-young write barrier, as a variable of
   * the long-lived generated closure would on every store.
   */
  memo(prefix: string): string {
    return this.memoField(`${prefix}${this.counter++}`);
  }

  /** A field of `M` under a name chosen by the caller. */
  memoField(name: string): string {
    this.memos.push(name);
    return `M.${name}`;
  }

  /** Like `memo`, for what only explaining needs: a field of `E`, so decisions alone skip it. */
  explanationMemo(prefix: string): string {
    const name = `${prefix}${this.counter++}`;
    this.explanationMemos.push(name);
    return `E.${name}`;
  }

  /** The factory's body: constants unpacked, memo objects, declarations, then `tail`. */
  text(tail: string): string {
    const unpack = this.constants.map((_, n) => `const k${n} = K[${n}];`).join('\n');
    const variables = this.variables.length > 0 ? `let ${this.variables.join(', ')};\n` : '';
    // Every field in one order, so every evaluation's object has one shape. An object literal
    // (the names are the generator's own, never author text) is one instruction that clones
    // a template, where a constructor's stores would use up the caller's budget for inlining.
    // E.XI: the items of the set just explained, for its caller to read at once.
    const literal = (names: string[]) => `{ ${names.map((m) => `${m}: undefined`).join(', ')} }`;
    const memos = `${variables}let M, E;`;
    const clear = `function clearMemos() {\nM = ${literal(this.memos)};\n}
function clearExplanations() {\nE = ${literal(['XI', ...this.explanationMemos])};\nDR = false;\nKN = 0;\n}`;
    const tables = this.sentenceTables
      .map((t) => `const ${t} = new Array(${SENTENCES_KEPT});`)
      .join('\n');
    return `${unpack}\n${tables}\n${memos}\n${clear}\n${this.declarations.join('\n')}\n${tail}`;
  }
}
