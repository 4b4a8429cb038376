/** "U, E, D, C" -> ["U","E","D","C"]: grades typed lowest first, separated by commas. */
export function parseGrades(text: string): { grades: string[]; error: string | null } {
  const grades = text
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
  if (grades.length === 0)
    return { grades, error: 'Enter the grades, lowest first, separated by commas' };
  const seen = new Set<string>();
  for (const g of grades) {
    if (g.length > 12) return { grades, error: `Grade “${g}” is longer than 12 characters` };
    if (seen.has(g)) return { grades, error: `Grade “${g}” appears twice` };
    seen.add(g);
  }
  return { grades, error: null };
}

/** Points typed per grade; empty means the grade earns no points in that table. */
export function parsePoints(
  grades: readonly string[],
  typed: Record<string, string>,
): { points: Record<string, number>; error: string | null } {
  const points: Record<string, number> = {};
  for (const g of grades) {
    const raw = (typed[g] ?? '').trim();
    if (raw === '') continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0 || n > 1000)
      return { points, error: `Points for ${g} must be a number from 0 to 1000` };
    points[g] = n;
  }
  return { points, error: null };
}
