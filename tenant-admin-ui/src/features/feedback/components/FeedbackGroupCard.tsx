import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { directionOf, langTag } from '@widget/i18n';
import { SelectField, TextAreaField, TextField } from '@/components/ui/Field';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import type { Category, EntrySummary } from '@/features/knowledge/api/schemas';
import { categoryTitle } from '@/features/knowledge/components/category-title';
import type { Office } from '@/features/offices/api/get-offices';
import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { fieldErrorOf } from '@/lib/problem-text';
import { useAddSampleQuestion } from '../api/add-sample-question';
import { useCreateEntryFromFeedback } from '../api/create-entry-from-feedback';
import { useDismissFeedback } from '../api/dismiss-feedback';
import { useReopenFeedback } from '../api/reopen-feedback';
import type { FeedbackGroup } from '../api/schemas';

type Action = 'sample' | 'entry' | null;

/** Text the citizen wrote, in its own language and direction. */
function Quoted({ text, language }: { text: string; language?: string | null }) {
  return language ? (
    <q lang={langTag(language)} dir={directionOf(language)}>
      {text}
    </q>
  ) : (
    <q dir="auto">{text}</q>
  );
}

function SampleQuestionForm({
  slug,
  group,
  entries,
  onDone,
}: {
  slug: string;
  group: FeedbackGroup;
  entries: EntrySummary[];
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const [entryKey, setEntryKey] = useState(group.answeredEntries[0]?.entryKey ?? entries[0]?.key ?? '');
  const [variant, setVariant] = useState(0);
  const [publish, setPublish] = useState(false);
  const add = useAddSampleQuestion(slug);
  const publishId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = group.variants[variant];
    add.mutate(
      { groupId: group.id, entryKey, question: chosen?.text, language: chosen?.language, publish },
      { onSuccess: (outcome) => onDone(t('feedback.sampleAdded', { entry: outcome.entry?.key ?? entryKey })) },
    );
  };
  return (
    <form className="feedback-action" onSubmit={submit} noValidate>
      <ProblemAlert error={add.error} shownFields={['entryKey', 'question', 'language']} />
      <SelectField
        label={t('feedback.variant')}
        value={variant}
        onChange={(e) => setVariant(Number(e.target.value))}
        error={fieldErrorOf(add.error, 'question', t)}
      >
        {group.variants.map((v, i) => (
          <option key={i} value={i}>
            {v.text} ({v.language})
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('feedback.entry')}
        value={entryKey}
        onChange={(e) => setEntryKey(e.target.value)}
        error={fieldErrorOf(add.error, 'entryKey', t)}
      >
        {entries.map((entry) => (
          <option key={entry.key} value={entry.key}>
            {entry.title || entry.key} ({entry.key})
          </option>
        ))}
      </SelectField>
      <div className="checkbox">
        <input id={publishId} type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} />
        <label htmlFor={publishId}>{t('feedback.publishNow')}</label>
      </div>
      <button type="submit" className="button" disabled={add.isPending || !entryKey}>
        {t('feedback.addSample')}
      </button>
    </form>
  );
}

function NewEntryForm({
  slug,
  office,
  group,
  categories,
  onDone,
}: {
  slug: string;
  office: Office;
  group: FeedbackGroup;
  categories: Category[];
  onDone(message: string): void;
}) {
  const { t, locale, languageName } = useI18n();
  const language = group.languages[0] ?? office.defaultLanguage;
  const needsDefault = language !== office.defaultLanguage;
  const [category, setCategory] = useState(categories[0]?.key ?? '');
  const [answer, setAnswer] = useState('');
  const [defaultTitle, setDefaultTitle] = useState('');
  const [defaultAnswer, setDefaultAnswer] = useState('');
  const [publish, setPublish] = useState(false);
  const create = useCreateEntryFromFeedback(slug);
  const publishId = useId();
  const main = office.defaultLanguage;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const translations: Record<string, { title?: string; answer: string }> = { [language]: { answer } };
    if (needsDefault) translations[main] = { title: defaultTitle, answer: defaultAnswer };
    create.mutate(
      { groupId: group.id, category, language, translations, publish },
      { onSuccess: (outcome) => onDone(t('feedback.entryCreated', { entry: outcome.entry?.key ?? '' })) },
    );
  };
  const fields = [
    'category',
    `translations.${language}.answer`,
    `translations.${main}.title`,
    `translations.${main}.answer`,
  ];
  return (
    <form className="feedback-action" onSubmit={submit} noValidate>
      <p className="hint">{t('feedback.newEntryHint')}</p>
      <ProblemAlert error={create.error} shownFields={fields} />
      <SelectField
        label={t('entry.category')}
        value={category}
        onChange={(e) => setCategory(e.target.value)}
        error={fieldErrorOf(create.error, 'category', t)}
      >
        {categories.map((c) => (
          <option key={c.key} value={c.key}>
            {categoryTitle(c, locale)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('entry.answerField', { language: languageName(language) })}
        hint={t('entry.answerHint')}
        rows={5}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        error={fieldErrorOf(create.error, `translations.${language}.answer`, t)}
        lang={langTag(language)}
        dir={directionOf(language)}
      />
      {needsDefault ? (
        <>
          <TextField
            label={t('entry.titleField', { language: languageName(main) })}
            value={defaultTitle}
            onChange={(e) => setDefaultTitle(e.target.value)}
            error={fieldErrorOf(create.error, `translations.${main}.title`, t)}
          />
          <TextAreaField
            label={t('entry.answerField', { language: languageName(main) })}
            rows={5}
            value={defaultAnswer}
            onChange={(e) => setDefaultAnswer(e.target.value)}
            error={fieldErrorOf(create.error, `translations.${main}.answer`, t)}
          />
        </>
      ) : null}
      <div className="checkbox">
        <input id={publishId} type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} />
        <label htmlFor={publishId}>{t('feedback.publishNow')}</label>
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {t('feedback.createEntry')}
      </button>
    </form>
  );
}

/** One group of similar questions: what citizens asked and wrote, and what to do about it. */
export function FeedbackGroupCard({
  office,
  group,
  entries,
  categories,
  onDone,
}: {
  office: Office;
  group: FeedbackGroup;
  entries: EntrySummary[];
  categories: Category[];
  onDone(message: string): void;
}) {
  const { t, formatDateTime, languageName } = useI18n();
  const [action, setAction] = useState<Action>(null);
  const dismiss = useDismissFeedback(office.slug);
  const reopen = useReopenFeedback(office.slug);
  const headingId = useId();
  const main = group.variants[0];
  const toggle = (next: Action) => setAction(action === next ? null : next);
  const entryLink = (key: string) => <Link to={`/o/${office.slug}/knowledge/${encodeURIComponent(key)}`}>{key}</Link>;

  return (
    <article className="card feedback-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="feedback-question">
        <Quoted text={group.question} language={main?.language} />
      </h2>
      <p className="feedback-counts">
        {t('feedback.counts', { questions: group.questions, unhelpful: group.unhelpful, fallback: group.fallback })}
        {' · '}
        {group.languages.map((l) => languageName(l)).join(', ')}
        {' · '}
        {t('feedback.seen', { first: formatDateTime(group.firstSeen), last: formatDateTime(group.lastSeen) })}
      </p>
      {group.variants.length > 1 ? (
        <details>
          <summary>{t('feedback.variants', { count: group.variants.length })}</summary>
          <ul>
            {group.variants.map((v, i) => (
              <li key={i}>
                <Quoted text={v.text} language={v.language} /> – {v.count}×
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {group.answeredEntries.length ? (
        <p>
          {t('feedback.answeredWith')}{' '}
          {group.answeredEntries.map((e, i) => (
            <span key={e.entryKey}>
              {i ? ', ' : ''}
              {entryLink(e.entryKey)} ({e.count}×)
            </span>
          ))}
        </p>
      ) : null}
      {group.comments.length ? (
        <>
          <h3>{t('feedback.comments', { count: group.commentCount })}</h3>
          <ul className="feedback-comments">
            {group.comments.map((c, i) => (
              <li key={i}>
                <Quoted text={c.text} language={c.language} /> <span className="muted">{formatDateTime(c.at)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {group.decision ? (
        <p className="muted">
          {t(`feedback.decision.${group.decision.action}` as MessageKey, {
            by: group.decision.by,
            when: formatDateTime(group.decision.at),
            entry: group.decision.entryKey ?? '',
          })}
        </p>
      ) : null}
      <ProblemAlert error={dismiss.error ?? reopen.error} />
      {group.status === 'open' ? (
        <>
          <div className="form-actions">
            <button
              type="button"
              className="button secondary"
              aria-expanded={action === 'sample'}
              onClick={() => toggle('sample')}
            >
              {t('feedback.toEntry')}
            </button>
            <button
              type="button"
              className="button secondary"
              aria-expanded={action === 'entry'}
              onClick={() => toggle('entry')}
            >
              {t('feedback.newEntry')}
            </button>
            <button
              type="button"
              className="button danger-outline"
              disabled={dismiss.isPending}
              onClick={() => dismiss.mutate(group.id, { onSuccess: () => onDone(t('feedback.dismissed')) })}
            >
              {t('feedback.dismiss')}
            </button>
          </div>
          {action === 'sample' ? (
            <SampleQuestionForm slug={office.slug} group={group} entries={entries} onDone={onDone} />
          ) : null}
          {action === 'entry' ? (
            <NewEntryForm slug={office.slug} office={office} group={group} categories={categories} onDone={onDone} />
          ) : null}
        </>
      ) : (
        <button
          type="button"
          className="button secondary"
          disabled={reopen.isPending}
          onClick={() => reopen.mutate(group.id, { onSuccess: () => onDone(t('feedback.reopened')) })}
        >
          {t('feedback.reopen')}
        </button>
      )}
    </article>
  );
}
