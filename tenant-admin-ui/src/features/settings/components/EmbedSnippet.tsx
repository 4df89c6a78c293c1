import { CopyButton } from '@/components/ui/CopyButton';
import { useI18n } from '@/lib/i18n/i18n';
import { embedSnippet } from '../settings-form';

export function EmbedSnippet({ slug }: { slug: string }) {
  const { t } = useI18n();
  const snippet = embedSnippet(window.location.origin, slug);
  return (
    <div className="embed">
      <p className="hint" id="embed-hint">
        {t('settings.embedHint')}
      </p>
      <label htmlFor="embed-code">{t('settings.embedCode')}</label>
      <textarea
        id="embed-code"
        className="code"
        readOnly
        rows={2}
        value={snippet}
        aria-describedby="embed-hint"
        onFocus={(e) => e.currentTarget.select()}
      />
      <CopyButton text={snippet} />
    </div>
  );
}
