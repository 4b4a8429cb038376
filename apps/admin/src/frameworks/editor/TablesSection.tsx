import { TextField } from '@bacc/ui';
import type { Json, JsonObject, Path } from '../types.ts';
import { useEditor } from './EditorContext.ts';
import { NumberAt, TextAt } from './fields.tsx';
import { ListSection } from './ListSection.tsx';
import { getIn, issueText, pathId } from './paths.ts';

const objectAt = (root: Json, path: Path) => {
  const v = getIn(root, path);
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : {};
};

/** Grade scales: grades best first, each with points, and the lowest pass. */
export function GradeScalesSection() {
  const { definition } = useEditor();
  const scales = objectAt(definition, ['gradeScales']);
  return (
    <div className="stack">
      {Object.keys(scales).map((key) => (
        <details key={key} className="editor-item">
          <summary id={pathId(['gradeScales', key])}>
            {String((scales[key] as JsonObject | undefined)?.label ?? key)}{' '}
            <span className="muted mono">{key}</span>
          </summary>
          <div className="editor-pair">
            <TextAt path={['gradeScales', key, 'label']} label="Label" />
            <TextAt path={['gradeScales', key, 'lowestPass']} label="Lowest pass" />
          </div>
          <ListSection
            path={['gradeScales', key, 'grades']}
            itemName="a grade"
            template={() => ({ grade: '', points: 0 })}
            title={(item, i) => `Grade ${(item as JsonObject | null)?.grade || i + 1}`}
            render={(p) => (
              <div className="editor-pair">
                <TextAt path={[...p, 'grade']} label="Grade" />
                <NumberAt path={[...p, 'points']} label="Points" />
              </div>
            )}
          />
        </details>
      ))}
    </div>
  );
}

/**
 * Points tables (e.g. the UCAS Tariff: points per grade, per scale) and lookup tables (e.g. the
 * IB bonus matrix: a value per row grade, per column grade), as grids of numbers.
 */
export function TablesSection({ map }: { map: 'pointsTables' | 'lookupTables' }) {
  const { definition, issues, readOnly, update } = useEditor();
  const field = map === 'pointsTables' ? 'points' : 'values';
  const tables = objectAt(definition, [map]);
  const keys = Object.keys(tables);
  if (keys.length === 0)
    return (
      <p className="muted">
        This framework has no {map === 'pointsTables' ? 'points' : 'lookup'} tables. Add one in the
        JSON view.
      </p>
    );
  return (
    <div className="stack">
      {keys.map((key) => {
        const points = objectAt(definition, [map, key, field]);
        return (
          <details key={key} className="editor-item">
            <summary id={pathId([map, key])}>
              {String((tables[key] as JsonObject).label ?? key)}
            </summary>
            {Object.entries(points).map(([scale, grades]) => (
              <fieldset key={scale} className="editor-grid">
                <legend>{scale}</legend>
                {Object.entries((grades as JsonObject) ?? {}).map(([grade, value]) => {
                  const path = [map, key, field, scale, grade];
                  return (
                    <TextField
                      key={grade}
                      id={pathId(path)}
                      label={grade}
                      type="number"
                      width="10"
                      value={String(value)}
                      readOnly={readOnly}
                      error={issueText(issues, path)}
                      onChange={(e) => update(path, Number(e.target.value))}
                    />
                  );
                })}
              </fieldset>
            ))}
          </details>
        );
      })}
    </div>
  );
}
