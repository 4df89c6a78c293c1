import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import type { DiffPart, FieldDiff } from '../revision-diff';

/** Added and removed text, marked by colour and by words a screen reader speaks. */
function Parts({ parts, perLine }: { parts: DiffPart[]; perLine: boolean }) {
  const { t } = useI18n();
  const Wrapper = perLine ? 'li' : 'span';
  const content = parts.map((part, i) => {
    if (part.added) {
      return (
        <Wrapper key={i}>
          <ins>
            <span className="sr-only">{t('history.added')} </span>
            {part.value}
          </ins>
        </Wrapper>
      );
    }
    if (part.removed) {
      return (
        <Wrapper key={i}>
          <del>
            <span className="sr-only">{t('history.removed')} </span>
            {part.value}
          </del>
        </Wrapper>
      );
    }
    return <Wrapper key={i}>{part.value}</Wrapper>;
  });
  return perLine ? <ul className="diff-lines">{content}</ul> : <p className="diff-text">{content}</p>;
}

export function RevisionDiff({ diffs, from, to }: { diffs: FieldDiff[]; from: number; to: number }) {
  const { t, languageName } = useI18n();
  return (
    <section className="diff" aria-labelledby="diff-title">
      <h2 id="diff-title">{t('history.diffTitle', { from, to })}</h2>
      {!diffs.length ? <p>{t('history.noDifferences')}</p> : null}
      <dl>
        {diffs.map((diff) => (
          <div key={`${diff.language}-${diff.field}`} className="diff-field">
            <dt>
              {diff.language ? `${languageName(diff.language)} · ` : ''}
              {t(`history.field.${diff.field}` as MessageKey)}
            </dt>
            <dd>
              <Parts parts={diff.parts} perLine={diff.field === 'questions'} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
