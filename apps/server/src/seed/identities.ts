import { upnCheckLetter } from '@bacc/schema';
import { FAMILY_NAMES, GIVEN_NAMES, PREFERRED_FORMS } from './names.ts';
import type { Dice } from './random.ts';

export interface LearnerIdentity {
  givenName: string;
  familyName: string;
  preferredName: string | null;
  dateOfBirth: string;
  leavingYear: number;
  uln: string | null;
  upn: string | null;
}

export const LEAVING_YEARS = [2025, 2026, 2027] as const;

/** Keeps every ULN and UPN unique within the trust, as the database demands. */
export class IdentifierRegister {
  private readonly ulns = new Set<string>();
  private readonly upns = new Set<string>();

  constructor(private readonly dice: Dice) {}

  /** 10 digits, first not 0, with the check digit that makes sum(digit x (10..1)) mod 11 = 10. */
  uln(): string {
    for (;;) {
      const digits = [this.dice.int(1, 9)];
      for (let i = 1; i < 9; i++) digits.push(this.dice.int(0, 9));
      const sum = digits.reduce((total, digit, i) => total + digit * (10 - i), 0);
      const check = (((10 - sum) % 11) + 11) % 11;
      const uln = `${digits.join('')}${check}`;
      // A check of 10 cannot be written as a digit, so that number is never issued.
      if (check < 10 && !this.ulns.has(uln)) {
        this.ulns.add(uln);
        return uln;
      }
    }
  }

  /**
   * A UPN as the primary school allocated it when the learner started reception: local
   * authority, establishment number, year allocated, serial, behind the DfE check letter.
   */
  upn(authorities: readonly string[], leavingYear: number): string {
    const allocated = String((leavingYear - 14) % 100).padStart(2, '0');
    for (;;) {
      const establishment = String(this.dice.int(2000, 3999));
      const serial = String(this.dice.int(1, 999)).padStart(3, '0');
      const rest = `${this.dice.pick(authorities)}${establishment}${allocated}${serial}`;
      const upn = `${upnCheckLetter(rest)}${rest}`;
      if (!this.upns.has(upn)) {
        this.upns.add(upn);
        return upn;
      }
    }
  }
}

/** Born in the academic year that makes the learner 18 during their final year. */
export function dateOfBirthFor(dice: Dice, leavingYear: number): string {
  const firstDay = Date.UTC(leavingYear - 19, 8, 1);
  const date = new Date(firstDay + dice.int(0, 364) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

export function drawIdentity(
  dice: Dice,
  register: IdentifierRegister,
  centre: { kind: 'school' | 'college'; feederAuthorities: readonly string[] },
  leavingYear: number,
): LearnerIdentity {
  const givenName = dice.pick(GIVEN_NAMES);
  const forms = PREFERRED_FORMS[givenName];
  // Some learners have no ULN on file yet: a gap a centre has to chase before results.
  const hasUln = dice.chance(0.93);
  return {
    givenName,
    familyName: dice.pick(FAMILY_NAMES),
    preferredName: forms && dice.chance(0.6) ? dice.pick(forms) : null,
    dateOfBirth: dateOfBirthFor(dice, leavingYear),
    leavingYear,
    uln: hasUln ? register.uln() : null,
    upn: centre.kind === 'school' ? register.upn(centre.feederAuthorities, leavingYear) : null,
  };
}
