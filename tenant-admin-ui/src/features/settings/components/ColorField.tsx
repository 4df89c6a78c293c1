import { useId } from 'react';
import { parseHex } from '@widget/colors';
import { useI18n } from '@/lib/i18n/i18n';
import { FieldErrorText } from '@/components/ui/Field';
import type { ShownText } from '@/lib/problem';
import { contrastOnWhite, formatRatio } from '../settings-form';

/**
 * A branding colour as #rrggbb text with a colour picker beside it, and its contrast against white
 * checked as the reader types: the platform refuses colours below WCAG AA.
 */
export function ColorField({
  label,
  hint,
  value,
  error,
  onChange,
}: {
  label: string;
  hint: string;
  value: string;
  error?: ShownText;
  onChange(value: string): void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const check = contrastOnWhite(value);
  const ratio = check && check.kind !== 'invalid' ? formatRatio(check.ratio, locale) : '';
  const note =
    check === null
      ? null
      : check.kind === 'invalid'
        ? t('settings.contrastInvalid')
        : check.kind === 'ok'
          ? t('settings.contrastOk', { ratio })
          : t('settings.contrastLow', { ratio });
  const describedBy = [error ? `${id}-error` : '', `${id}-hint`, note ? `${id}-contrast` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error ? <FieldErrorText error={error} id={`${id}-error`} /> : null}
      <div className="color-row">
        <input
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={Boolean(error) || undefined}
          spellCheck={false}
          autoComplete="off"
          size={9}
        />
        <input
          type="color"
          aria-label={t('settings.colorPicker', { label })}
          value={parseHex(value) ? value.trim().toLowerCase() : '#000000'}
          onChange={(e) => onChange(e.target.value)}
        />
        <span className="swatch" aria-hidden="true" style={{ background: parseHex(value) ? value : 'transparent' }}>
          Aa
        </span>
      </div>
      {note ? (
        <p id={`${id}-contrast`} className={check?.kind === 'ok' ? 'contrast contrast-ok' : 'contrast contrast-low'}>
          {note}
        </p>
      ) : null}
    </div>
  );
}
