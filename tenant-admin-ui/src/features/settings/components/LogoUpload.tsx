import { useId, useRef, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useI18n } from '@/lib/i18n/i18n';
import { useDeleteLogo } from '../api/delete-logo';
import { useUploadLogo } from '../api/upload-logo';

/**
 * Uploads the office's logo on its own (not with the form's save): the platform checks the file
 * and sets the branding's logo address to it at once.
 */
export function LogoUpload({ slug, hasLogo }: { slug: string; hasLogo: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadLogo(slug);
  const remove = useDeleteLogo(slug);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="field logo-upload">
      <label htmlFor={id}>{t('settings.logoFile')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('settings.logoFileHint')}
      </p>
      <div className="color-row">
        <input
          id={id}
          ref={input}
          type="file"
          accept="image/png,image/jpeg,image/svg+xml"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setMessage(null);
            remove.reset();
            upload.mutate(file, {
              onSuccess: (logo) => setMessage(t('settings.logoUploaded', { kb: Math.ceil(logo.bytes / 1024) })),
              onSettled: () => {
                if (input.current) input.current.value = '';
              },
            });
          }}
        />
        {hasLogo ? (
          <button
            type="button"
            className="button secondary small"
            disabled={remove.isPending}
            onClick={() => {
              setMessage(null);
              upload.reset();
              remove.mutate(undefined, { onSuccess: () => setMessage(t('settings.logoRemoved')) });
            }}
          >
            {t('settings.logoRemove')}
          </button>
        ) : null}
      </div>
      {upload.isPending ? <p role="status">{t('settings.logoUploading')}</p> : null}
      {message ? <Alert tone="success">{message}</Alert> : null}
      <ProblemAlert error={upload.error ?? remove.error} />
    </div>
  );
}
