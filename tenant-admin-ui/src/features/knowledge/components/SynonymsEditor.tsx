import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { SelectField, TextAreaField } from '@/components/ui/Field';
import { Loading } from '@/components/ui/Loading';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import { isApiError, type ShownText } from '@/lib/problem';
import { fieldProblemMessage } from '@/lib/problem-text';
import { UnsavedChangesGuard } from '@/lib/unsaved-changes';
import type { Office } from '@/features/offices/api/get-offices';
import { useSynonyms } from '../api/get-synonyms';
import { useReplaceSynonyms } from '../api/replace-synonyms';
import { groupsToText, placeOfSynonymField, textToGroups } from '../synonym-text';

/**
 * The platform's problems with groups and words, as lines of the text area ("Zeile 3, „EAT“: …");
 * the fields they name, so the summary does not repeat them.
 */
function linesOfProblems(error: unknown, text: string, sent: string[][] | undefined, t: Translate) {
  const lines: ShownText[] = [];
  const fields: string[] = [];
  if (!isApiError(error)) return { lines, fields };
  for (const problem of error.errors) {
    const field = problem.field ?? '';
    const place = placeOfSynonymField(text, sent, field);
    if (!place) continue;
    const message = fieldProblemMessage(error.kind, problem, t);
    const where =
      place.word === undefined
        ? t('structure.synonymsLine', { line: place.line })
        : t('structure.synonymsLineWord', { line: place.line, word: place.word });
    lines.push({ text: `${where}: ${message.text}`, lang: message.lang });
    fields.push(field);
  }
  return { lines, fields };
}

function LanguageSynonyms({ slug, language }: { slug: string; language: string }) {
  const synonyms = useSynonyms(slug, language);
  // Kept here: the form starts anew with the saved text, and the confirmation must outlive it.
  const [saved, setSaved] = useState(false);
  if (synonyms.isPending) return <Loading />;
  if (synonyms.error) return <ProblemAlert error={synonyms.error} />;
  const loaded = groupsToText(synonyms.data.groups);
  return <SynonymsForm key={loaded} slug={slug} language={language} loaded={loaded} saved={saved} onSaved={setSaved} />;
}

/** Starts from what was loaded (and starts anew when a save brings the platform's normalised text). */
function SynonymsForm({
  slug,
  language,
  loaded,
  saved,
  onSaved,
}: {
  slug: string;
  language: string;
  loaded: string;
  saved: boolean;
  onSaved(saved: boolean): void;
}) {
  const { t, languageName } = useI18n();
  const save = useReplaceSynonyms(slug, language);
  const [text, setText] = useState(loaded);
  const dirty = JSON.stringify(textToGroups(text)) !== JSON.stringify(textToGroups(loaded));
  const problems = linesOfProblems(save.error, text, save.variables, t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(textToGroups(text), { onSuccess: () => onSaved(true) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <UnsavedChangesGuard dirty={dirty && !save.isSuccess} />
      {saved && !dirty ? <Alert tone="success">{t('structure.synonymsSaved')}</Alert> : null}
      <ProblemAlert error={save.error} shownFields={problems.fields} />
      <TextAreaField
        label={t('structure.synonymsField', { language: languageName(language) })}
        hint={t('structure.synonymsHint')}
        rows={14}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onSaved(false);
        }}
        error={problems.lines.length ? problems.lines : undefined}
        lang={language}
        dir="auto"
        spellCheck={false}
      />
      <button type="submit" className="button" disabled={!dirty || save.isPending}>
        {save.isPending ? t('common.saving') : t('common.save')}
      </button>
    </form>
  );
}

export function SynonymsEditor({ office }: { office: Office }) {
  const { t, languageName } = useI18n();
  const [language, setLanguage] = useState(office.defaultLanguage);
  return (
    <>
      <SelectField
        label={t('structure.synonymsLanguage')}
        value={language}
        onChange={(e) => setLanguage(e.target.value)}
        fieldClassName="second-language"
      >
        {office.enabledLanguages.map((code) => (
          <option key={code} value={code}>
            {languageName(code)}
          </option>
        ))}
      </SelectField>
      <LanguageSynonyms key={language} slug={office.slug} language={language} />
    </>
  );
}
