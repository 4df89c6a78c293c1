import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { Loading } from '@/components/ui/Loading';
import { PageHeader } from '@/components/ui/PageHeader';
import { useCreateEntry } from '@/features/knowledge/api/create-entry';
import { useCategories } from '@/features/knowledge/api/get-categories';
import { EntryForm } from '@/features/knowledge/components/EntryForm';
import { emptyTranslation } from '@/features/knowledge/entry-draft';
import { useI18n } from '@/lib/i18n/i18n';
import { useCurrentOffice } from './office-context';

export function NewEntryRoute() {
  const { t } = useI18n();
  const office = useCurrentOffice();
  const categories = useCategories(office.slug);
  const create = useCreateEntry(office.slug);
  const navigate = useNavigate();
  const created = create.data;
  useEffect(() => {
    // After the render that lifted the unsaved-changes guard.
    if (created) navigate(`../${encodeURIComponent(created.key)}`, { relative: 'path', state: { created: true } });
  }, [created, navigate]);

  return (
    <>
      <p className="breadcrumb">
        <Link to="..">{t('entry.back')}</Link>
      </p>
      <PageHeader title={t('entry.newTitle')} />
      {categories.isPending ? (
        <Loading />
      ) : (
        <EntryForm
          mode="create"
          office={office}
          categories={categories.data ?? []}
          initial={{ key: '', category: '', translations: { [office.defaultLanguage]: emptyTranslation() } }}
          error={create.error}
          busy={create.isPending}
          guardNavigation={!create.isSuccess}
          onSubmit={(entry) => create.mutate(entry)}
        />
      )}
    </>
  );
}
