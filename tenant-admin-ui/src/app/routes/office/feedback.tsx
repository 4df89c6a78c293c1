import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/Alert';
import { SelectField, TextField } from '@/components/ui/Field';
import { Loading } from '@/components/ui/Loading';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useFeedback, type FeedbackQuery } from '@/features/feedback/api/get-feedback';
import { FeedbackGroupCard } from '@/features/feedback/components/FeedbackGroupCard';
import { useCategories } from '@/features/knowledge/api/get-categories';
import { useEntries } from '@/features/knowledge/api/get-entries';
import { useI18n } from '@/lib/i18n/i18n';
import { fieldErrorOf } from '@/lib/problem-text';
import { useCurrentOffice } from './office-context';

const PAGE_SIZE = 20;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function queryOf(params: URLSearchParams): FeedbackQuery {
  const kind = params.get('kind');
  const status = params.get('status');
  return {
    kind: kind === 'unhelpful' || kind === 'fallback' ? kind : '',
    status: status === 'dismissed' || status === 'resolved' ? status : 'open',
    from: DAY.test(params.get('from') ?? '') ? params.get('from')! : '',
    to: DAY.test(params.get('to') ?? '') ? params.get('to')! : '',
    page: Math.max(0, Number(params.get('page') ?? 0) || 0),
    size: PAGE_SIZE,
  };
}

/** The feedback inbox: what citizens asked that the bot could not answer, or whose answer did not help. */
export function FeedbackRoute() {
  const { t } = useI18n();
  const office = useCurrentOffice();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const feedback = useFeedback(office.slug, query);
  // The entries a question can be added to: the first 100 by key, enough for an office's knowledge base.
  const entries = useEntries(office.slug, { page: 0, size: 100 });
  const categories = useCategories(office.slug);
  const [done, setDone] = useState<string | null>(null);

  const update = (patch: Partial<FeedbackQuery>) => {
    const next = { ...query, page: 0, ...patch };
    const search = new URLSearchParams();
    if (next.kind) search.set('kind', next.kind);
    if (next.status !== 'open') search.set('status', next.status);
    if (next.from) search.set('from', next.from);
    if (next.to) search.set('to', next.to);
    if (next.page) search.set('page', String(next.page));
    setDone(null);
    setParams(search);
  };

  return (
    <>
      <PageHeader title={t('feedback.title')}>
        <p>{t('feedback.intro')}</p>
      </PageHeader>
      <form
        className="filters feedback-filters"
        aria-label={t('feedback.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label={t('feedback.kind')}
          value={query.kind}
          onChange={(e) => update({ kind: e.target.value as FeedbackQuery['kind'] })}
        >
          <option value="">{t('common.all')}</option>
          <option value="fallback">{t('feedback.kind.fallback')}</option>
          <option value="unhelpful">{t('feedback.kind.unhelpful')}</option>
        </SelectField>
        <SelectField
          label={t('feedback.status')}
          value={query.status}
          onChange={(e) => update({ status: e.target.value as FeedbackQuery['status'] })}
        >
          <option value="open">{t('feedback.status.open')}</option>
          <option value="dismissed">{t('feedback.status.dismissed')}</option>
          <option value="resolved">{t('feedback.status.resolved')}</option>
        </SelectField>
        <TextField
          label={t('feedback.from')}
          type="date"
          value={query.from}
          onChange={(e) => update({ from: e.target.value })}
          error={fieldErrorOf(feedback.error, 'from', t)}
        />
        <TextField
          label={t('feedback.to')}
          type="date"
          value={query.to}
          onChange={(e) => update({ to: e.target.value })}
          error={fieldErrorOf(feedback.error, 'to', t)}
        />
      </form>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {feedback.isPending ? (
        <Loading />
      ) : feedback.error ? (
        <ProblemAlert error={feedback.error} shownFields={['from', 'to']} />
      ) : (
        <>
          <p className="count" role="status">
            {t('feedback.count', { count: feedback.data.total })}
          </p>
          {!feedback.data.items.length ? <p>{t('feedback.empty')}</p> : null}
          {feedback.data.items.map((group) => (
            <FeedbackGroupCard
              key={group.id}
              office={office}
              group={group}
              entries={entries.data?.items ?? []}
              categories={categories.data ?? []}
              onDone={setDone}
            />
          ))}
          <Pagination
            page={query.page}
            size={PAGE_SIZE}
            total={feedback.data.total}
            onPage={(page) => update({ page })}
          />
        </>
      )}
    </>
  );
}
