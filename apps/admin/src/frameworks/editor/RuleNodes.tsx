import { Button, SelectField } from '@bacc/ui';
import type { ReactNode } from 'react';
import type { Json, JsonObject, Path } from '../types.ts';
import { useEditor } from './EditorContext.ts';
import { ChoiceAt, NumberAt, TextAt, useNames } from './fields.tsx';
import { JsonNode } from './JsonNode.tsx';
import { getIn, issueText, pathId } from './paths.ts';
import {
  compareOps,
  conditionKinds,
  conditionTemplates,
  measureKinds,
  measureTemplates,
  setKinds,
  setTemplates,
} from './templates.ts';
import { WhereEditor } from './WhereEditor.tsx';

type Sort = 'condition' | 'measure' | 'set';
const kindsOf = { condition: conditionKinds, measure: measureKinds, set: setKinds };
const templatesOf = { condition: conditionTemplates, measure: measureTemplates, set: setTemplates };
const sortWords = { condition: 'Rule', measure: 'Number', set: 'Evidence' };

/** One node of the rule tree: its kind (changeable), its label, then the form for that kind. */
function NodeFrame({
  path,
  sort,
  title,
  children,
}: {
  path: Path;
  sort: Sort;
  title: string;
  children: ReactNode;
}) {
  const { definition, issues, readOnly, update } = useEditor();
  const node = (getIn(definition, path) as JsonObject | undefined) ?? {};
  const kind = typeof node.kind === 'string' ? node.kind : '';
  const here = issueText(issues, path);
  return (
    <fieldset
      className={`rule-node rule-${sort}${here ? ' rule-node-invalid' : ''}`}
      id={pathId(path)}
      tabIndex={-1}
    >
      <legend>{title}</legend>
      {here ? <p className="field-error">{here}</p> : null}
      <div className="rule-node-head">
        <SelectField
          id={pathId([...path, 'kind'])}
          label={`${sortWords[sort]} kind`}
          value={kind}
          disabled={readOnly}
          error={issueText(issues, [...path, 'kind'])}
          options={kindsOf[sort]}
          onChange={(e) => {
            const template = templatesOf[sort][e.target.value];
            update(
              path,
              template
                ? { ...template, ...(node.label ? { label: node.label } : {}) }
                : { kind: e.target.value },
            );
          }}
        />
        <TextAt path={[...path, 'label']} label="Label (the words explanations use)" />
      </div>
      {children}
    </fieldset>
  );
}

function Children({ path, title }: { path: Path; title: string }) {
  const { definition, readOnly, update } = useEditor();
  const list = getIn(definition, path);
  const items = Array.isArray(list) ? list : [];
  return (
    <div className="rule-children">
      {items.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a rule's place in the list is its identity here
        <div key={i} className="rule-child">
          <ConditionNode path={[...path, i]} title={`${title} ${i + 1}`} />
          {!readOnly ? (
            <Button
              variant="secondary"
              size="small"
              onClick={() => update([...path, i], undefined)}
            >
              Remove {title.toLowerCase()} {i + 1}
            </Button>
          ) : null}
        </div>
      ))}
      {!readOnly ? (
        <Button
          variant="secondary"
          size="small"
          onClick={() => update([...path, items.length], conditionTemplates.compare as Json)}
        >
          Add a rule
        </Button>
      ) : null}
    </div>
  );
}

export function ConditionNode({ path, title }: { path: Path; title: string }) {
  const { definition } = useEditor();
  const conditions = useNames('conditions');
  const kind = (getIn(definition, [...path, 'kind']) as string | undefined) ?? '';
  return (
    <NodeFrame path={path} sort="condition" title={title}>
      {kind === 'compare' ? (
        <>
          <div className="rule-threshold">
            <ChoiceAt path={[...path, 'op']} label="Must be" options={compareOps} />
            <NumberAt path={[...path, 'value']} label="Value" />
          </div>
          <MeasureNode path={[...path, 'measure']} title="Measured as" />
        </>
      ) : kind === 'all' || kind === 'any' || kind === 'atLeastOf' ? (
        <>
          {kind === 'atLeastOf' ? (
            <NumberAt path={[...path, 'k']} label="How many must hold (k)" />
          ) : null}
          <Children path={[...path, 'of']} title="Part" />
        </>
      ) : kind === 'not' ? (
        <ConditionNode path={[...path, 'rule']} title="Must not hold" />
      ) : kind === 'condition' ? (
        <ChoiceAt
          path={[...path, 'name']}
          label="Named condition"
          options={conditions}
          allowNone="Choose…"
        />
      ) : kind === 'flag' ? (
        <TextAt path={[...path, 'flag']} label="Flag" hint="e.g. academic_misconduct" />
      ) : (
        <JsonNode path={path} label="Rule as JSON" />
      )}
    </NodeFrame>
  );
}

export function MeasureNode({ path, title }: { path: Path; title: string }) {
  const { definition } = useEditor();
  const measures = useNames('measures');
  const pointsTables = useNames('pointsTables');
  const kind = (getIn(definition, [...path, 'kind']) as string | undefined) ?? '';
  return (
    <NodeFrame path={path} sort="measure" title={title}>
      {kind === 'count' ? (
        <SetNode path={[...path, 'of']} title="Of" />
      ) : kind === 'sum' ? (
        <>
          <ChoiceAt
            path={[...path, 'field']}
            label="Sum of"
            options={['hours', 'points', 'size', 'glh', 'tqt']}
          />
          {pointsTables.length > 0 ? (
            <ChoiceAt
              path={[...path, 'pointsTable']}
              label="Points from table"
              options={pointsTables}
              allowNone="The grade scale's points"
            />
          ) : null}
          <SetNode path={[...path, 'of']} title="Of" />
        </>
      ) : kind === 'measure' ? (
        <ChoiceAt
          path={[...path, 'name']}
          label="Named measure"
          options={measures}
          allowNone="Choose…"
        />
      ) : (
        <JsonNode path={path} label="Measure as JSON" />
      )}
    </NodeFrame>
  );
}

export function SetNode({ path, title }: { path: Path; title: string }) {
  const { definition, readOnly, update } = useEditor();
  const sets = useNames('sets');
  const kind = (getIn(definition, [...path, 'kind']) as string | undefined) ?? '';
  const parts = getIn(definition, [...path, 'of']);
  return (
    <NodeFrame path={path} sort="set" title={title}>
      {kind === 'evidence' ? (
        <>
          <ChoiceAt
            path={[...path, 'from']}
            label="From"
            options={['results', 'projects', 'activities']}
          />
          <WhereEditor path={[...path, 'where']} />
        </>
      ) : kind === 'set' ? (
        <ChoiceAt path={[...path, 'name']} label="Named set" options={sets} allowNone="Choose…" />
      ) : kind === 'union' && Array.isArray(parts) ? (
        <div className="rule-children">
          {parts.map((_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: position is identity in the list
            <SetNode key={i} path={[...path, 'of', i]} title={`Set ${i + 1}`} />
          ))}
          {!readOnly ? (
            <Button
              variant="secondary"
              size="small"
              onClick={() => update([...path, 'of', parts.length], setTemplates.evidence as Json)}
            >
              Add a set
            </Button>
          ) : null}
        </div>
      ) : (
        <JsonNode path={path} label="Set as JSON" />
      )}
    </NodeFrame>
  );
}
