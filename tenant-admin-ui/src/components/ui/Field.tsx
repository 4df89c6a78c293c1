// Labelled form controls. Each has a visible label, an optional hint and an inline error from the
// platform's problem details (see lib/problem-text), both tied to the control with
// aria-describedby.
import {
  Fragment,
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { ShownText } from '@/lib/problem';

interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldError;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
  className?: string;
}

export function FieldFrame({ label, hint, error, children, className }: FieldFrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? <FieldErrorText error={error} id={errorId} /> : null}
      {children({ id, describedBy, invalid: Boolean(error) })}
    </div>
  );
}

/** A field's problem (or problems, one per line), shown above the control. */
export function FieldErrorText({ error, id }: { error: FieldError; id?: string }) {
  if (!isList(error)) {
    return (
      <p className="field-error" id={id} lang={error.lang}>
        {error.text}
      </p>
    );
  }
  return (
    <p className="field-error" id={id}>
      {error.map((problem, i) => (
        <Fragment key={i}>
          {i ? <br /> : null}
          <span lang={problem.lang}>{problem.text}</span>
        </Fragment>
      ))}
    </p>
  );
}

/** One problem, or several of one field (e.g. the lines of a text area). */
export type FieldError = ShownText | readonly ShownText[];

function isList(error: FieldError): error is readonly ShownText[] {
  return Array.isArray(error);
}

type Common = { label: ReactNode; hint?: ReactNode; error?: FieldError; fieldClassName?: string };

export function TextField({
  label,
  hint,
  error,
  fieldClassName,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={fieldClassName}>
      {({ id, describedBy, invalid }) => (
        <input id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...input} />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  fieldClassName,
  ...textarea
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={fieldClassName}>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...textarea} />
      )}
    </FieldFrame>
  );
}

export function SelectField({
  label,
  hint,
  error,
  fieldClassName,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={fieldClassName}>
      {({ id, describedBy, invalid }) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...select}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
