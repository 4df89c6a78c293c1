import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { SelectField, TextField } from '@/components/ui/Field';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useI18n } from '@/lib/i18n/i18n';
import { fieldErrorOf } from '@/lib/problem-text';
import { UnsavedChangesGuard } from '@/lib/unsaved-changes';
import type { Office } from '@/features/offices/api/get-offices';
import type { Category, Translation } from '../api/schemas';
import { isChanged, translationField, translationsToSend, type EntryDraft } from '../entry-draft';
import { categoryTitle } from './category-title';
import { TranslationColumn } from './TranslationColumn';

export interface EntrySubmission {
  key: string;
  category: string | null;
  translations: Record<string, Translation>;
}

function secondLanguageOf(draft: EntryDraft, office: Office): string {
  const others = office.enabledLanguages.filter((l) => l !== office.defaultLanguage);
  return others.find((l) => draft.translations[l]) ?? others[0] ?? office.defaultLanguage;
}

/**
 * An entry's editor: its translations side by side (the office's default language on the left,
 * any other on the right), each with the widget's preview. Used to create and to edit.
 */
export function EntryForm({
  mode,
  office,
  categories,
  initial,
  error,
  busy,
  guardNavigation,
  onSubmit,
  onDirtyChange,
  actions,
}: {
  mode: 'create' | 'edit';
  office: Office;
  categories: Category[];
  initial: EntryDraft;
  error: unknown;
  busy: boolean;
  /** False once the entry is saved and the page is about to move on. */
  guardNavigation: boolean;
  onSubmit(submission: EntrySubmission): void;
  onDirtyChange?(dirty: boolean): void;
  actions?: ReactNode;
}) {
  const { t, locale, languageName } = useI18n();
  const [draft, setDraft] = useState<EntryDraft>(initial);
  const [second, setSecond] = useState(() => secondLanguageOf(initial, office));
  const main = office.defaultLanguage;
  const dirty = isChanged(draft, initial, main);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const languages = useMemo(() => {
    const present = Object.keys(draft.translations);
    return [...new Set([...office.enabledLanguages, ...present])].filter((l) => l !== main);
  }, [draft.translations, office.enabledLanguages, main]);

  const fieldError = (field: string) => fieldErrorOf(error, field, t);
  const shownFields = useMemo(() => {
    const fields = ['key', 'category'];
    for (const language of [main, second]) {
      const questions = draft.translations[language]?.questions ?? [];
      fields.push(
        `translations.${language}`,
        translationField(language, 'title'),
        translationField(language, 'answer'),
      );
      fields.push(translationField(language, 'questions'));
      questions.forEach((_, i) => fields.push(translationField(language, 'questions', i)));
    }
    return fields;
  }, [main, second, draft.translations]);

  const setTranslation = (language: string, value: EntryDraft['translations'][string] | undefined) => {
    const translations = { ...draft.translations };
    if (value) translations[language] = value;
    else delete translations[language];
    setDraft({ ...draft, translations });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      key: draft.key.trim(),
      category: draft.category || null,
      translations: translationsToSend(draft, main),
    });
  };

  return (
    <form className="entry-form" onSubmit={submit} noValidate>
      <UnsavedChangesGuard dirty={dirty && guardNavigation} />
      <ProblemAlert error={error} shownFields={shownFields} />
      <div className="form-row">
        {mode === 'create' ? (
          <TextField
            label={t('entry.key')}
            hint={t('entry.keyHint')}
            value={draft.key}
            onChange={(e) => setDraft({ ...draft, key: e.target.value })}
            error={fieldError('key')}
            required
            autoComplete="off"
            spellCheck={false}
          />
        ) : null}
        <SelectField
          label={t('entry.category')}
          value={draft.category}
          onChange={(e) => setDraft({ ...draft, category: e.target.value })}
          error={fieldError('category')}
        >
          <option value="">{t('entry.noCategory')}</option>
          {categories.map((c) => (
            <option key={c.key} value={c.key}>
              {categoryTitle(c, locale)}
            </option>
          ))}
        </SelectField>
      </div>

      <fieldset className="translations-fieldset">
        <legend>{t('entry.translations')}</legend>
        <SelectField
          label={t('entry.compareWith')}
          value={second}
          onChange={(e) => setSecond(e.target.value)}
          fieldClassName="second-language"
        >
          {languages.map((code) => (
            <option key={code} value={code}>
              {draft.translations[code] ? languageName(code) : t('entry.missing', { language: languageName(code) })}
            </option>
          ))}
        </SelectField>
        <div className="side-by-side">
          <TranslationColumn
            language={main}
            isDefault
            value={draft.translations[main]}
            botName={office.botName}
            fieldError={fieldError}
            onChange={(value) => setTranslation(main, value)}
          />
          {second !== main ? (
            <TranslationColumn
              key={second}
              language={second}
              isDefault={false}
              value={draft.translations[second]}
              botName={office.botName}
              fieldError={fieldError}
              onChange={(value) => setTranslation(second, value)}
              onRemove={() => setTranslation(second, undefined)}
            />
          ) : null}
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={busy || (mode === 'edit' && !dirty)}>
          {busy ? t('common.saving') : mode === 'create' ? t('entry.create') : t('entry.save')}
        </button>
        {actions}
      </div>
    </form>
  );
}
