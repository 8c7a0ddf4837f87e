/** A labelled form field with its hint and inline error (`[data-testid=field-error][data-field=…]`). */
import type { ComponentChildren } from 'preact';

/** Props of `Field`. */
export interface FieldProps {
  /** Id of the control; the label points at it. */
  id: string;
  label: ComponentChildren;
  /** Field name written to `data-field` of the error. */
  field: string;
  error?: string;
  hint?: ComponentChildren;
  /** Lays a checkbox out before its label. */
  inline?: boolean;
  class?: string;
  children: ComponentChildren;
}

/** Ids of the hint and error, for the control's `aria-describedby`. */
export function describedBy(id: string, error?: string, hint?: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A control's id and its accessibility attributes for `error` and `hint`. */
export function controlProps(id: string, error?: string, hint?: unknown) {
  return { id, 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': describedBy(id, error, hint) };
}

/** Label, control, hint and error in one block. */
export function Field({ id, label, field, error, hint, inline, class: className, children }: FieldProps) {
  return (
    <div class={`field${inline ? ' field-inline' : ''}${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      {inline && children}
      <label for={id}>{label}</label>
      {!inline && children}
      {hint && (
        <small class="hint muted" id={`${id}-hint`}>
          {hint}
        </small>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`} data-testid="field-error" data-field={field}>
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      )}
    </div>
  );
}
