import type { Json, Path } from '../types.ts';
import { useEditor } from './EditorContext.ts';
import { ChoiceAt, TextAt } from './fields.tsx';
import { ListSection, nameOf } from './ListSection.tsx';
import { getIn } from './paths.ts';
import { ConditionNode } from './RuleNodes.tsx';
import { conditionTemplates } from './templates.ts';

function useComponentOptions() {
  const { definition } = useEditor();
  const components = getIn(definition, ['components']);
  return Array.isArray(components)
    ? components.map((c) => ({
        value: String((c as { id?: string }).id ?? ''),
        label: nameOf(c, String((c as { id?: string }).id ?? '')),
      }))
    : [];
}

function Requirement({ path }: { path: Path }) {
  const components = useComponentOptions();
  return (
    <>
      <ChoiceAt
        path={[...path, 'component']}
        label="Component"
        options={components}
        allowNone="Choose…"
      />
      <ConditionNode path={[...path, 'rule']} title="Requirement rule" />
    </>
  );
}

function Tier({ path }: { path: Path }) {
  const { definition } = useEditor();
  const components = useComponentOptions();
  const componentName = (item: Json) => {
    const id = item && typeof item === 'object' && !Array.isArray(item) ? item.component : '';
    return components.find((c) => c.value === id)?.label ?? String(id || 'a component');
  };
  return (
    <>
      <div className="editor-pair">
        <TextAt path={[...path, 'name']} label="Tier name" />
        <TextAt path={[...path, 'id']} label="Tier id" hint="lower case, digits and underscores" />
      </div>
      <h5>Requirements, by component</h5>
      <ListSection
        path={[...path, 'requirements']}
        itemName="a requirement"
        template={() => ({
          component: components[0]?.value ?? '',
          rule: conditionTemplates.compare as Json,
        })}
        title={(item) => `Requirement: ${componentName(item)}`}
        render={(p) => <Requirement path={p} />}
      />
      {Array.isArray(getIn(definition, [...path, 'awardGrades'])) ? (
        <>
          <h5>Award grades, best first</h5>
          <ListSection
            path={[...path, 'awardGrades']}
            itemName="an award grade"
            template={() => ({ id: 'pass', name: 'Pass' })}
            title={(item, i) => nameOf(item, `Award grade ${i + 1}`)}
            render={(p) => (
              <>
                <div className="editor-pair">
                  <TextAt path={[...p, 'name']} label="Grade name" />
                  <TextAt path={[...p, 'id']} label="Grade id" />
                </div>
                {getIn(definition, [...p, 'when']) ? (
                  <ConditionNode path={[...p, 'when']} title="Given when" />
                ) : (
                  <p className="muted">Given when no better grade is.</p>
                )}
              </>
            )}
          />
        </>
      ) : null}
    </>
  );
}

export function TiersSection() {
  return (
    <ListSection
      path={['tiers']}
      itemName="a tier"
      template={() => ({ id: 'new_tier', name: 'New tier', requirements: [] })}
      title={(item, i) => `Tier: ${nameOf(item, `tier ${i + 1}`)}`}
      render={(p) => <Tier path={p} />}
    />
  );
}
