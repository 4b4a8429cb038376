import { Badge } from '../components/Badge.tsx';
import { Message } from '../components/Message.tsx';

export interface ConformanceView {
  conforms: boolean;
  problems: string[];
  changed: Array<{
    path: string;
    where: string;
    label: string;
    national: number;
    centre: number | null;
    ok: boolean;
  }>;
  engine: { recordsChecked: number; awardedMore: number };
  limits: string[];
}

/** The engine's verdict on a programme: conforms or not, why, and what it changes. */
export function ConformanceReport({ report }: { report: ConformanceView }) {
  return (
    <div className="stack">
      {report.conforms ? (
        <Message
          tone="success"
          live="none"
          title="The programme conforms to the national framework"
        >
          <p>
            Every threshold is the same or stricter
            {report.engine.recordsChecked > 0
              ? `, and none of the ${report.engine.recordsChecked} learner records checked with the engine would get more under it.`
              : '. There were no learner records to check it on with the engine.'}
          </p>
        </Message>
      ) : (
        <Message tone="danger" live="none" title="The programme does not conform">
          <ul>
            {report.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Message>
      )}
      {report.changed.length > 0 ? (
        <table className="table">
          <caption>Thresholds the programme sets differently</caption>
          <thead>
            <tr>
              <th scope="col">Where</th>
              <th scope="col">Requirement</th>
              <th scope="col" className="num">
                National
              </th>
              <th scope="col" className="num">
                Programme
              </th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {report.changed.map((c) => (
              <tr key={c.path}>
                <th scope="row">{c.where}</th>
                <td>{c.label}</td>
                <td className="num">{c.national}</td>
                <td className="num">{c.centre ?? '—'}</td>
                <td>
                  {c.ok ? (
                    <Badge tone="success">Stricter</Badge>
                  ) : (
                    <Badge tone="danger">Asks less</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>The programme uses the national thresholds as they are.</p>
      )}
      <details>
        <summary>How conformance is checked, and its limits</summary>
        <ul>
          {report.limits.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
