import { Page, useSession, useTRPC } from '@bacc/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { type FieldErrors, serverFailure } from './forms.ts';
import { LearnerConflictHint, LearnerForm, learnerDraftOf } from './LearnerForm.tsx';

export function NewLearnerPage() {
  const { user } = useSession();
  const centreId = user.centreId as string;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const create = useMutation(
    trpc.centre.learners.create.mutationOptions({
      onSuccess: async (learner) => {
        await queryClient.invalidateQueries({ queryKey: trpc.centre.learners.list.pathKey() });
        await navigate({ to: '/learners/$learnerId', params: { learnerId: learner.id } });
      },
      onError: (error) => {
        const f = serverFailure(error, 'learner');
        setFields(f.fields);
        setMessage(f.message);
        setAttempt((n) => n + 1);
      },
    }),
  );
  const duplicate = fields.uln?.includes('already has')
    ? 'uln'
    : fields.upn?.includes('already has')
      ? 'upn'
      : null;
  return (
    <Page
      title="Add a learner"
      caption={<Link to="/">Learners</Link>}
      description="Their legal names and date of birth as on their records. You can add results, a project and activities next."
      narrow
    >
      <LearnerForm
        initial={learnerDraftOf(null)}
        submitLabel="Add learner"
        busy={create.isPending}
        serverErrors={fields}
        serverMessage={message}
        attempt={attempt}
        onSubmit={(learner) => {
          setFields({});
          setMessage(null);
          create.mutate({ centreId, learner });
        }}
        notice={duplicate ? <LearnerConflictHint field={duplicate} /> : null}
      />
    </Page>
  );
}
