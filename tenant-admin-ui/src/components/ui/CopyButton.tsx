import { useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n';

/** Copies text to the clipboard and says whether it worked (in a polite live region). */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  return (
    <span className="copy">
      <button
        type="button"
        className="button secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setOutcome('copied');
          } catch {
            setOutcome('failed');
          }
        }}
      >
        {label ?? t('common.copy')}
      </button>
      <span role="status" className="copy-status">
        {outcome === 'copied' ? t('common.copied') : outcome === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  );
}
