import type { FrameworkIssue, Json, JsonObject, Path } from '../types.ts';

/** Returns a copy of `root` with `value` at `path` (undefined removes an object key). */
export function setIn(root: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    const i = head as number;
    if (value === undefined && rest.length === 0) copy.splice(i, 1);
    else copy[i] = setIn(copy[i] ?? null, rest, value);
    return copy;
  }
  const obj: JsonObject = root && typeof root === 'object' ? { ...root } : {};
  const key = String(head);
  if (value === undefined && rest.length === 0) delete obj[key];
  else obj[key] = setIn(obj[key] ?? (typeof rest[0] === 'number' ? [] : {}), rest, value);
  return obj;
}

export function getIn(root: Json | undefined, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? node[part as number] : node[String(part)];
  }
  return node;
}

/** The DOM id of the editor control for a JSON path, so a validation message can link to it. */
export const pathId = (path: readonly (string | number)[]) =>
  `fw${path.map((p) => `-${String(p).replace(/[^A-Za-z0-9_]/g, '_')}`).join('')}`;

export const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((p, i) => p === b[i]);

/** Issues reported exactly at `path`, as one sentence for a field's error slot. */
export function issueText(issues: readonly FrameworkIssue[], path: Path): string | null {
  const here = issues.filter((i) => samePath(i.path, path)).map((i) => i.message);
  return here.length > 0 ? here.join(' ') : null;
}

/** Moves focus to the closest control for an issue's path that the editor shows. */
export function focusPath(path: readonly (string | number)[]) {
  for (let n = path.length; n >= 0; n--) {
    const el = document.getElementById(pathId(path.slice(0, n)));
    if (el) {
      // A problem inside a collapsed section opens it, so its field can take focus.
      for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
        d.open = true;
      el.scrollIntoView({ block: 'center' });
      (el as HTMLElement).focus();
      return true;
    }
  }
  return false;
}
