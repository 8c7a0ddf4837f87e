/** An inline error under a preview value, as the account form shows them. */
export function DraftError({ id, field, message }: { id: string; field: string; message: string }) {
  return (
    <p class="field-error" id={`${id}-error`} data-testid="field-error" data-field={field}>
      <span aria-hidden="true">✕ </span>
      {message}
    </p>
  );
}
