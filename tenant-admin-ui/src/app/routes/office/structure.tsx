import { Loading } from '@/components/ui/Loading';
import { PageHeader } from '@/components/ui/PageHeader';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useCategories } from '@/features/knowledge/api/get-categories';
import { CategoryEditor } from '@/features/knowledge/components/CategoryEditor';
import { SynonymsEditor } from '@/features/knowledge/components/SynonymsEditor';
import { useI18n } from '@/lib/i18n/i18n';
import { useCurrentOffice } from './office-context';

export function StructureRoute() {
  const { t } = useI18n();
  const office = useCurrentOffice();
  const categories = useCategories(office.slug);
  return (
    <>
      <PageHeader title={t('structure.title')} />
      <section className="card" aria-labelledby="categories-title">
        <h2 id="categories-title">{t('structure.categories')}</h2>
        <p className="hint">{t('structure.categoriesHint')}</p>
        {categories.isPending ? (
          <Loading />
        ) : categories.error ? (
          <ProblemAlert error={categories.error} />
        ) : (
          <CategoryEditor office={office} categories={categories.data} />
        )}
      </section>
      <section className="card" aria-labelledby="synonyms-title">
        <h2 id="synonyms-title">{t('structure.synonyms')}</h2>
        <p className="hint">{t('structure.synonymsIntro')}</p>
        <SynonymsEditor office={office} />
      </section>
    </>
  );
}
