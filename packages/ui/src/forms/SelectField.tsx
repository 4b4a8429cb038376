import { forwardRef, type ReactNode, type SelectHTMLAttributes, useId } from 'react';
import { cx } from '../cx.ts';
import { Field, fieldIds } from './Field.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  id?: string;
  options: SelectOption[];
  fieldClassName?: string;
}

export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, hint, error, id, options, className, fieldClassName, ...rest },
  ref,
) {
  const autoId = useId();
  const selectId = id ?? autoId;
  const ids = fieldIds(selectId, hint, error);
  return (
    <Field
      id={selectId}
      label={label}
      hint={hint}
      error={error}
      ids={ids}
      className={fieldClassName}
    >
      <select
        ref={ref}
        id={selectId}
        className={cx('select', className)}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
});
