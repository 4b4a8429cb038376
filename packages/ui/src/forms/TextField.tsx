import { forwardRef, type InputHTMLAttributes, type ReactNode, useId } from 'react';
import { cx } from '../cx.ts';
import { Field, fieldIds } from './Field.tsx';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  id?: string;
  width?: 'full' | '20' | '10';
  fieldClassName?: string;
}

export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, error, id, width = 'full', className, fieldClassName, type = 'text', ...rest },
  ref,
) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const ids = fieldIds(inputId, hint, error);
  return (
    <Field
      id={inputId}
      label={label}
      hint={hint}
      error={error}
      ids={ids}
      className={fieldClassName}
    >
      <input
        ref={ref}
        id={inputId}
        type={type}
        className={cx('input', width !== 'full' && `input-width-${width}`, className)}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </Field>
  );
});
