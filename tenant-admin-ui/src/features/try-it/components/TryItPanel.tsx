import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { SelectField, TextAreaField } from '@/components/ui/Field';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { fieldErrorOf } from '@/lib/problem-text';
import { AnswerPreview } from '@/features/widget-preview/components/AnswerPreview';
import type { Office } from '@/features/offices/api/get-offices';
import { useAskTestQuestion, type PreviewAnswer } from '../api/ask-test-question';

export function percent(score: number): string {
  return `${Math.round(score * 100)} %`;
}

function Result({ slug, office, result }: { slug: string; office: Office; result: PreviewAnswer }) {
  const { t, languageName } = useI18n();
  const entryLink = (key: string, title: string | null | undefined) => (
    <Link to={`/o/${slug}/knowledge/${encodeURIComponent(key)}`}>{title || key}</Link>
  );
  return (
    <section className="try-result" aria-labelledby="try-result-title" aria-live="polite">
      <h2 id="try-result-title">
        {t('try.result')}:{' '}
        <span className={`badge badge-decision-${result.decision}`}>
          {t(`try.decision.${result.decision}` as MessageKey)}
        </span>
      </h2>
      <p>
        {t(`try.explain.${result.decision}` as MessageKey, {
          title: result.title ?? result.entryKey ?? '',
          score: percent(result.score),
        })}
      </p>
      <p className="muted">{t('try.replyLanguage', { language: languageName(result.language) })}</p>
      {result.languageFallback ? <p>{t('try.languageFallback', { language: languageName(result.language) })}</p> : null}
      {result.decision === 'answer' && result.entryKey ? (
        <>
          <p>{entryLink(result.entryKey, t('try.edit', { title: result.title ?? result.entryKey }))}</p>
          <AnswerPreview
            id="try-answer"
            language={result.language}
            botName={office.botName}
            title={result.title ?? ''}
            answer={result.answer ?? ''}
            label={t('entry.preview', { language: languageName(result.language) })}
          />
        </>
      ) : null}
      {result.suggestions.length ? (
        <>
          <h3>{t('try.suggestions')}</h3>
          <ul>
            {result.suggestions.map((s) => (
              <li key={s.entryKey}>{entryLink(s.entryKey, s.title)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('try.candidates')}</h3>
      {result.candidates.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('try.candidate')}</th>
                <th scope="col">{t('try.score')}</th>
              </tr>
            </thead>
            <tbody>
              {result.candidates.map((c) => (
                <tr key={c.entryKey} className={c.entryKey === result.entryKey ? 'chosen' : undefined}>
                  <th scope="row">
                    {entryLink(c.entryKey, c.title)}
                    <div className="muted">
                      <code>{c.entryKey}</code>
                    </div>
                  </th>
                  <td>
                    <span className="score">
                      <span className="score-bar" aria-hidden="true">
                        <span style={{ width: percent(Math.min(1, Math.max(0, c.score))).replace(' ', '') }} />
                      </span>
                      {percent(c.score)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('try.noCandidates')}</p>
      )}
    </section>
  );
}

/** Ask as a citizen would and see the engine's decision, the answer and the entries it weighed. */
export function TryItPanel({ slug, office }: { slug: string; office: Office }) {
  const { t, languageName } = useI18n();
  const [question, setQuestion] = useState('');
  const [language, setLanguage] = useState('');
  const ask = useAskTestQuestion(slug);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate({ question, language: language || undefined });
  };
  return (
    <>
      <form onSubmit={submit} className="try-form" noValidate>
        <ProblemAlert error={ask.error} shownFields={['question', 'language']} />
        <TextAreaField
          label={t('try.question')}
          value={question}
          rows={3}
          maxLength={1000}
          required
          onChange={(e) => setQuestion(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
          error={fieldErrorOf(ask.error, 'question', t)}
          dir="auto"
        />
        <SelectField
          label={t('try.language')}
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
          error={fieldErrorOf(ask.error, 'language', t)}
        >
          <option value="">{t('try.autoLanguage')}</option>
          {office.enabledLanguages.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={ask.isPending}>
            {ask.isPending ? t('try.asking') : t('try.ask')}
          </button>
        </div>
      </form>
      {ask.data ? <Result slug={slug} office={office} result={ask.data} /> : null}
    </>
  );
}
