// The rows the seed writes, spelled out so the plan stays plain data until it is inserted.

export interface QualificationRow {
  id: string;
  trust_id: string;
  qn: string;
  title: string;
  type: string;
  subject: string;
  level: number;
  glh: number;
  tqt: number | null;
  size_a_levels: number | null;
  category: 'general' | 'technical';
  discount_code: string | null;
  grade_scale: string;
}

export interface LearnerRow {
  id: string;
  trust_id: string;
  centre_id: string;
  uln: string | null;
  upn: string | null;
  legal_given_name: string;
  legal_family_name: string;
  preferred_name: string | null;
  date_of_birth: string;
  leaving_year: number;
}

interface LearnerOwned {
  id: string;
  trust_id: string;
  centre_id: string;
  learner_id: string;
}

export interface ResultRow extends LearnerOwned {
  qualification_id: string;
  grade: string;
  status: 'provisional' | 'confirmed';
  awarded_on: string | null;
}

export interface ProjectRow extends LearnerOwned {
  title: string;
  kind: 'epq' | 'accredited' | 'centre_devised';
  qualification_id: string | null;
  grade: string | null;
  hours: number | null;
}

export interface ActivityRow extends LearnerOwned {
  strand: 'leadership_service' | 'creative_cultural' | 'physical_outdoor';
  hours: number;
  started_on: string;
  ended_on: string;
  description: string;
  verified_by: string | null;
}

export interface DemoRows {
  qualifications: QualificationRow[];
  learners: LearnerRow[];
  results: ResultRow[];
  projects: ProjectRow[];
  activities: ActivityRow[];
}
