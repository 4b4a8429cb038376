export type IssuePath = (string | number)[];

/** One problem with a framework: where it is (JSON path) and a sentence saying what to fix. */
export interface FrameworkIssue {
  path: IssuePath;
  pathText: string;
  message: string;
}

/** `$.tiers[0].requirements[1].rule` */
export function pathText(path: IssuePath): string {
  let text = '$';
  for (const part of path) {
    text +=
      typeof part === 'number'
        ? `[${part}]`
        : /^[A-Za-z_$][\w$]*$/.test(part)
          ? `.${part}`
          : `[${JSON.stringify(part)}]`;
  }
  return text;
}

export class IssueList {
  readonly issues: FrameworkIssue[] = [];
  add(path: IssuePath, message: string): void {
    this.issues.push({ path, pathText: pathText(path), message });
  }
}
