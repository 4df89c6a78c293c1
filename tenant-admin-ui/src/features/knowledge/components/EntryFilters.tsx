import { useEffect, useState, type FormEvent } from 'react';
import { SelectField, TextField } from '@/components/ui/Field';
import { useI18n } from '@/lib/i18n/i18n';
import type { Category } from '../api/schemas';
import { categoryTitle } from './category-title';

export interface Filters {
  q: string;
  category: string;
  status: '' | 'draft' | 'published';
  missingLanguage: string;
}

/** Search and filters; applied on submit (Enter in the search field), so each keystroke asks nothing. */
export function EntryFilters({
  value,
  categories,
  languages,
  onChange,
}: {
  value: Filters;
  categories: Category[];
  /** The office's languages, default first. */
  languages: string[];
  onChange(filters: Filters): void;
}) {
  const { t, locale, languageName } = useI18n();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };
  // Selects apply at once: there is nothing to type.
  const choose = (patch: Partial<Filters>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    onChange(next);
  };
  return (
    <form className="filters" role="search" aria-label={t('kb.filters')} onSubmit={submit}>
      <TextField
        label={t('kb.search')}
        hint={t('kb.searchHint')}
        type="search"
        value={draft.q}
        onChange={(e) => setDraft({ ...draft, q: e.target.value })}
        fieldClassName="filter-search"
      />
      <SelectField
        label={t('kb.category')}
        value={draft.category}
        onChange={(e) => choose({ category: e.target.value })}
      >
        <option value="">{t('common.all')}</option>
        {categories.map((c) => (
          <option key={c.key} value={c.key}>
            {categoryTitle(c, locale)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('kb.status')}
        value={draft.status}
        onChange={(e) => choose({ status: e.target.value as Filters['status'] })}
      >
        <option value="">{t('common.all')}</option>
        <option value="draft">{t('kb.status.draft')}</option>
        <option value="published">{t('kb.status.published')}</option>
      </SelectField>
      <SelectField
        label={t('kb.missingLanguage')}
        value={draft.missingLanguage}
        onChange={(e) => choose({ missingLanguage: e.target.value })}
      >
        <option value="">{t('kb.anyLanguage')}</option>
        {languages.map((code) => (
          <option key={code} value={code}>
            {languageName(code)}
          </option>
        ))}
      </SelectField>
      <div className="filter-actions">
        <button type="submit" className="button">
          {t('kb.applyFilters')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => choose({ q: '', category: '', status: '', missingLanguage: '' })}
        >
          {t('kb.resetFilters')}
        </button>
      </div>
    </form>
  );
}
