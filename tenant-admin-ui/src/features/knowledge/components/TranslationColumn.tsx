import { useId } from 'react';
import { directionOf, langTag } from '@widget/i18n';
import { FieldErrorText, TextAreaField, TextField } from '@/components/ui/Field';
import { useI18n } from '@/lib/i18n/i18n';
import type { ShownText } from '@/lib/problem';
import { AnswerPreview } from '@/features/widget-preview/components/AnswerPreview';
import { emptyTranslation, questionRowOfSentIndex, translationField, type TranslationDraft } from '../entry-draft';

/** One language of an entry: title, answer with its preview as the widget shows it, sample questions. */
export function TranslationColumn({
  language,
  isDefault,
  value,
  botName,
  fieldError,
  onChange,
  onRemove,
}: {
  language: string;
  isDefault: boolean;
  /** Undefined while the language has no translation yet. */
  value: TranslationDraft | undefined;
  botName: string;
  fieldError(field: string): ShownText | undefined;
  onChange(next: TranslationDraft): void;
  onRemove?(): void;
}) {
  const { t, languageName } = useI18n();
  const headingId = useId();
  const current = value ?? emptyTranslation();
  const name = languageName(language);
  const textAttributes = { lang: langTag(language), dir: directionOf(language) };
  const set = (patch: Partial<TranslationDraft>) => onChange({ ...current, ...patch });
  const questionError = (row: number) => {
    for (let sent = 0; sent < current.questions.length; sent++) {
      if (questionRowOfSentIndex(current.questions, sent) === row) {
        return fieldError(translationField(language, 'questions', sent));
      }
    }
    return undefined;
  };
  const columnError = fieldError(`translations.${language}`);
  const questionsError = fieldError(translationField(language, 'questions'));

  return (
    <section className="translation" aria-labelledby={headingId}>
      <div className="translation-head">
        <h2 id={headingId}>{isDefault ? t('entry.defaultLanguage', { language: name }) : name}</h2>
        {onRemove && value ? (
          <button type="button" className="button secondary small" onClick={onRemove}>
            {t('entry.removeTranslation', { language: name })}
          </button>
        ) : null}
      </div>
      {!value ? <p className="hint">{t('entry.addTranslationHint')}</p> : null}
      {columnError ? <FieldErrorText error={columnError} /> : null}
      <TextField
        label={t('entry.titleField', { language: name })}
        value={current.title}
        onChange={(e) => set({ title: e.target.value })}
        error={fieldError(translationField(language, 'title'))}
        required={isDefault}
        {...textAttributes}
      />
      <TextAreaField
        label={t('entry.answerField', { language: name })}
        hint={t('entry.answerHint')}
        value={current.answer}
        rows={9}
        onChange={(e) => set({ answer: e.target.value })}
        error={fieldError(translationField(language, 'answer'))}
        required={isDefault}
        {...textAttributes}
      />
      <div className="preview-block">
        <p className="preview-label">{t('entry.preview', { language: name })}</p>
        {current.answer.trim() || current.title.trim() ? (
          <AnswerPreview
            id={`preview-${language}`}
            language={language}
            botName={botName}
            title={current.title}
            answer={current.answer}
            label={t('entry.preview', { language: name })}
          />
        ) : (
          <p className="muted">{t('entry.previewEmpty')}</p>
        )}
      </div>
      <fieldset className="questions" aria-describedby={questionsError ? `${headingId}-questions-error` : undefined}>
        <legend>{t('entry.questionsField', { language: name })}</legend>
        <p className="hint">{t('entry.questionsHint')}</p>
        {questionsError ? <FieldErrorText error={questionsError} id={`${headingId}-questions-error`} /> : null}
        {current.questions.map((question, row) => (
          <div className="question-row" key={row}>
            <TextField
              label={t('entry.question', { number: row + 1, language: name })}
              value={question}
              onChange={(e) => {
                const questions = [...current.questions];
                questions[row] = e.target.value;
                set({ questions });
              }}
              error={questionError(row)}
              fieldClassName="grow"
              {...textAttributes}
            />
            <button
              type="button"
              className="button secondary small"
              aria-label={t('entry.removeQuestion', { number: row + 1, language: name })}
              onClick={() => {
                const questions = current.questions.filter((_, i) => i !== row);
                set({ questions: questions.length ? questions : [''] });
              }}
            >
              {t('common.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button secondary small"
          onClick={() => set({ questions: [...current.questions, ''] })}
        >
          {t('entry.addQuestion')}
        </button>
      </fieldset>
    </section>
  );
}
