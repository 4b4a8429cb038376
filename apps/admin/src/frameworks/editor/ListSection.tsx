import { Button } from '@bacc/ui';
import type { ReactNode } from 'react';
import type { Json, Path } from '../types.ts';
import { useEditor } from './EditorContext.ts';
import { getIn } from './paths.ts';

/** An editable list in the definition: each item drawn by `render`, with add and remove. */
export function ListSection({
  path,
  itemName,
  template,
  render,
  title,
}: {
  path: Path;
  itemName: string;
  template: () => Json;
  render: (itemPath: Path, index: number) => ReactNode;
  title: (item: Json, index: number) => string;
}) {
  const { definition, readOnly, update } = useEditor();
  const list = getIn(definition, path);
  const items = Array.isArray(list) ? list : [];
  return (
    <div className="stack">
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list position is the item's identity while editing
        <div key={i} className="editor-item">
          <h4 className="editor-item-title">{title(item, i)}</h4>
          {render([...path, i], i)}
          {!readOnly ? (
            <Button
              variant="secondary"
              size="small"
              onClick={() => update([...path, i], undefined)}
            >
              Remove {title(item, i)}
            </Button>
          ) : null}
        </div>
      ))}
      {!readOnly ? (
        <Button
          variant="secondary"
          size="small"
          onClick={() => update([...path, items.length], template())}
        >
          Add {itemName}
        </Button>
      ) : null}
    </div>
  );
}

export const nameOf = (item: Json, fallback: string) =>
  item &&
  typeof item === 'object' &&
  !Array.isArray(item) &&
  typeof item.name === 'string' &&
  item.name
    ? item.name
    : fallback;
