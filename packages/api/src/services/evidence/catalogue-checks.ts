import { type Db, findGradeScale, findQualification, type TrustScope } from '@bacc/db';
import { gradeOnScaleIssue } from '@bacc/schema';
import { invalid } from '../../errors.ts';

/**
 * A qualification from the trust's own catalogue, with the grade checked against its scale.
 * Problems name the field (`field`, and `issues` shaped like zod's) so the form can show them.
 */
export async function checkQualificationGrade(
  db: Db,
  scope: TrustScope,
  wrapper: string,
  qualificationId: string,
  grade: string | null,
) {
  const qualification = await findQualification(db, scope, qualificationId);
  if (!qualification) {
    const message = 'Choose a qualification from your trust’s catalogue';
    throw invalid(message, {
      field: 'qualificationId',
      issues: [{ path: [wrapper, 'qualificationId'], message }],
    });
  }
  const scale = await findGradeScale(db, scope, qualification.gradeScale);
  const issue = gradeOnScaleIssue(grade, scale);
  if (issue) {
    throw invalid(`${issue.message} (${wrapper}.grade)`, {
      field: 'grade',
      issues: [{ path: [wrapper, 'grade'], message: issue.message }],
    });
  }
  return qualification;
}
