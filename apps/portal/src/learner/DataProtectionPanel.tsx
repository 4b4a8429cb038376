import {
  Button,
  ConfirmDialog,
  describeError,
  Message,
  TextField,
  useSession,
  useTRPC,
  useTRPCClient,
} from '@bacc/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';

interface Props {
  learnerId: string;
  /** The legal name, which the admin types to confirm an erasure. */
  legalName: string;
}

function download(fileName: string, data: unknown) {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * A centre admin answers a subject access request (everything held, as JSON) or erases the
 * learner (UK GDPR): their record goes, and their awards answer only "revoked: record erased".
 */
export function DataProtectionPanel({ learnerId, legalName }: Props) {
  const { user } = useSession();
  const centreId = user.centreId as string;
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [erasing, setErasing] = useState(false);
  const [typedName, setTypedName] = useState('');

  const erase = useMutation(
    trpc.centre.dataProtection.eraseLearner.mutationOptions({
      onSuccess: async () => {
        setErasing(false);
        await queryClient.invalidateQueries();
        await navigate({ to: '/', search: {} });
      },
    }),
  );
  if (user.role !== 'centre_admin') return null;

  const exportData = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const data = await client.centre.dataProtection.exportLearner.query({ centreId, learnerId });
      download(`learner-${learnerId}.json`, data);
    } catch (error) {
      setExportError(describeError(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="data-protection-heading">
      <h2 id="data-protection-heading">Data protection</h2>
      <p>
        For a subject access request, download everything Bacc holds about this learner as one file.
        Erasing removes their record for good; any award they hold then answers only “revoked:
        record erased”.
      </p>
      {exportError ? (
        <Message tone="danger" live="alert" title="The file could not be made">
          {exportError}
        </Message>
      ) : null}
      <div className="button-row">
        <Button variant="secondary" busy={exporting} busyLabel="Preparing…" onClick={exportData}>
          Download everything held (JSON)
        </Button>
        <Button
          variant="danger"
          onClick={() => {
            erase.reset();
            setTypedName('');
            setErasing(true);
          }}
        >
          Erase this learner…
        </Button>
      </div>
      <ConfirmDialog
        open={erasing}
        title={`Erase ${legalName}?`}
        tone="danger"
        confirmLabel="Erase for good"
        busyLabel="Erasing…"
        busy={erase.isPending}
        reasonLabel="Reason for erasing"
        reasonHint="For example: the parent’s request of 3 March. It is kept in the audit log, without the name."
        error={erase.error ? describeError(erase.error) : null}
        onCancel={() => setErasing(false)}
        onConfirm={(reason) =>
          erase.mutate({ centreId, learnerId, confirmName: typedName, reason })
        }
      >
        <p>
          The record, results, project, activities, decision and destinations are deleted. This
          cannot be undone.
        </p>
        <TextField
          label="Type the learner’s name to confirm"
          hint={legalName}
          autoComplete="off"
          value={typedName}
          onChange={(event) => setTypedName(event.target.value)}
        />
      </ConfirmDialog>
    </section>
  );
}
