import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { SelectField, TextField } from '@/components/ui/Field';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useI18n } from '@/lib/i18n/i18n';
import { fieldErrorOf } from '@/lib/problem-text';
import type { Office } from '@/features/offices/api/get-offices';
import { useSaveCategory } from '../api/save-category';
import type { Category } from '../api/schemas';

/** One category's titles in the default and a second language, saved on its own. */
function CategoryRow({ slug, category, languages }: { slug: string; category: Category; languages: string[] }) {
  const { t, languageName } = useI18n();
  const [titles, setTitles] = useState<Record<string, string>>(category.titles);
  const save = useSaveCategory(slug);
  const changed = languages.some((l) => (titles[l] ?? '') !== (category.titles[l] ?? ''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = Object.fromEntries(Object.entries(titles).filter(([, title]) => title.trim()));
    save.mutate({ key: category.key, titles: next });
  };
  return (
    <form className="category-row" onSubmit={submit} aria-label={t('structure.categoryForm', { key: category.key })}>
      <p className="category-key">
        <code>{category.key}</code>
      </p>
      {languages.map((language) => (
        <TextField
          key={language}
          label={t('structure.categoryTitle', { language: languageName(language) })}
          value={titles[language] ?? ''}
          onChange={(e) => setTitles({ ...titles, [language]: e.target.value })}
          error={fieldErrorOf(save.error, `title.${language}`, t)}
          lang={language}
        />
      ))}
      <button type="submit" className="button secondary small" disabled={!changed || save.isPending}>
        {t('common.save')}
        <span className="sr-only"> {category.key}</span>
      </button>
      {save.isSuccess && !changed ? <span role="status">{t('common.saved')}</span> : null}
      <ProblemAlert error={save.error} shownFields={languages.map((l) => `title.${l}`)} />
    </form>
  );
}

export function CategoryEditor({ office, categories }: { office: Office; categories: Category[] }) {
  const { t, languageName } = useI18n();
  const others = office.enabledLanguages.filter((l) => l !== office.defaultLanguage);
  const [second, setSecond] = useState(others[0] ?? '');
  const languages = second ? [office.defaultLanguage, second] : [office.defaultLanguage];
  const [key, setKey] = useState('');
  const [title, setTitle] = useState('');
  const create = useSaveCategory(office.slug);
  const [created, setCreated] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { key: key.trim(), titles: title.trim() ? { [office.defaultLanguage]: title.trim() } : {} },
      {
        onSuccess: (category) => {
          setCreated(category.key);
          setKey('');
          setTitle('');
        },
      },
    );
  };

  return (
    <>
      {others.length ? (
        <SelectField
          label={t('entry.compareWith')}
          value={second}
          onChange={(e) => setSecond(e.target.value)}
          fieldClassName="second-language"
        >
          {others.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="category-list">
        {categories.map((category) => (
          <CategoryRow
            key={`${category.key}-${second}-${JSON.stringify(category.titles)}`}
            slug={office.slug}
            category={category}
            languages={languages}
          />
        ))}
      </div>
      <h3>{t('structure.newCategory')}</h3>
      <form className="new-category" onSubmit={submit} noValidate>
        {created ? <Alert tone="success">{t('structure.categoryCreated', { key: created })}</Alert> : null}
        <ProblemAlert error={create.error} shownFields={['key', `title.${office.defaultLanguage}`, 'title']} />
        <div className="form-row">
          <TextField
            label={t('entry.key')}
            hint={t('structure.keyHint')}
            value={key}
            onChange={(e) => setKey(e.target.value)}
            error={fieldErrorOf(create.error, 'key', t)}
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            label={t('structure.categoryTitle', { language: languageName(office.defaultLanguage) })}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            error={
              fieldErrorOf(create.error, `title.${office.defaultLanguage}`, t) ?? fieldErrorOf(create.error, 'title', t)
            }
          />
        </div>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('structure.createCategory')}
        </button>
      </form>
    </>
  );
}
