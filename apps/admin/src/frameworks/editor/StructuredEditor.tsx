import type { ReactNode } from 'react';
import type { JsonObject } from '../types.ts';
import { useEditor } from './EditorContext.ts';
import { TextAt } from './fields.tsx';
import { ListSection, nameOf } from './ListSection.tsx';
import { getIn, pathId } from './paths.ts';
import { ConditionNode, MeasureNode, SetNode } from './RuleNodes.tsx';
import { GradeScalesSection, TablesSection } from './TablesSection.tsx';
import { TiersSection } from './TiersSection.tsx';

function Section({
  title,
  open,
  children,
}: {
  title: string;
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details className="editor-section" open={open}>
      <summary>
        <h3 className="editor-section-title">{title}</h3>
      </summary>
      <div className="editor-section-body">{children}</div>
    </details>
  );
}

function NamedRules({ map }: { map: 'sets' | 'measures' | 'conditions' }) {
  const { definition } = useEditor();
  const rules = getIn(definition, [map]);
  const keys =
    rules && typeof rules === 'object' && !Array.isArray(rules) ? Object.keys(rules) : [];
  if (keys.length === 0) return <p className="muted">None.</p>;
  const Node = map === 'sets' ? SetNode : map === 'measures' ? MeasureNode : ConditionNode;
  return (
    <div className="stack">
      {keys.map((key) => (
        <details key={key} className="editor-item">
          <summary id={pathId([map, key, 'summary'])}>
            {String(((rules as JsonObject)[key] as JsonObject | null)?.label ?? key)}{' '}
            <span className="muted mono">{key}</span>
          </summary>
          <Node path={[map, key]} title={key} />
        </details>
      ))}
    </div>
  );
}

/** The framework as forms: details, components, pathways, grade scales, tables, tiers, named rules. */
export function StructuredEditor() {
  return (
    <div className="framework-editor stack">
      <Section title="Details" open>
        <div className="editor-pair">
          <TextAt path={['name']} label="Framework name" />
          <TextAt
            path={['version']}
            label="Version label"
            hint="Shown on every decision, e.g. 2027.1"
          />
        </div>
        <TextAt path={['description']} label="Description" />
      </Section>
      <Section title="Tiers (highest first)" open>
        <TiersSection />
      </Section>
      <Section title="Components">
        <ListSection
          path={['components']}
          itemName="a component"
          template={() => ({ id: 'new_component', name: 'New component' })}
          title={(item, i) => nameOf(item, `Component ${i + 1}`)}
          render={(p) => (
            <div className="editor-pair">
              <TextAt path={[...p, 'name']} label="Name" />
              <TextAt path={[...p, 'id']} label="Id" />
            </div>
          )}
        />
      </Section>
      <Section title="Pathways (tried in order)">
        <ListSection
          path={['pathways']}
          itemName="a pathway"
          template={() => ({ id: 'new_pathway', name: 'New pathway' })}
          title={(item, i) => nameOf(item, `Pathway ${i + 1}`)}
          render={(p) => (
            <>
              <div className="editor-pair">
                <TextAt path={[...p, 'name']} label="Name" />
                <TextAt path={[...p, 'id']} label="Id" />
              </div>
              <PathwayRule path={p} />
            </>
          )}
        />
      </Section>
      <Section title="Grade scales">
        <GradeScalesSection />
      </Section>
      <Section title="Points tables">
        <TablesSection map="pointsTables" />
      </Section>
      <Section title="Lookup tables">
        <TablesSection map="lookupTables" />
      </Section>
      <Section title="Named evidence sets">
        <NamedRules map="sets" />
      </Section>
      <Section title="Named measures">
        <NamedRules map="measures" />
      </Section>
      <Section title="Named conditions">
        <NamedRules map="conditions" />
      </Section>
    </div>
  );
}

function PathwayRule({ path }: { path: (string | number)[] }) {
  const { definition } = useEditor();
  return getIn(definition, [...path, 'when']) ? (
    <ConditionNode path={[...path, 'when']} title="Learner is on this pathway when" />
  ) : (
    <p className="muted">Every learner not on an earlier pathway is on this one.</p>
  );
}
