import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { useI18n } from '@/lib/i18n/i18n';
import { isApiError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-text';
import { useImportKnowledgeBase } from '../api/import-knowledge-base';
import { ImportErrorReport } from './ImportErrorReport';

function ProblemText({ error }: { error: unknown }) {
  const { t } = useI18n();
  const message = problemMessage(error, t);
  return <p lang={message.lang}>{message.text}</p>;
}

export function ImportForm({ slug }: { slug: string }) {
  const { t } = useI18n();
  const [progress, setProgress] = useState(0);
  const [publish, setPublish] = useState(false);
  const [missingFile, setMissingFile] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const upload = useImportKnowledgeBase(slug, setProgress);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    setMissingFile(!chosen);
    if (!chosen) {
      file.current?.focus();
      return;
    }
    setProgress(0);
    upload.mutate({ file: chosen, publish });
  };

  const percent = Math.round(progress * 100);
  const error = upload.error;
  return (
    <form onSubmit={submit} className="import-form">
      <div className={missingFile ? 'field field-invalid' : 'field'}>
        <label htmlFor="import-file">{t('import.file')}</label>
        {missingFile ? (
          <p className="field-error" id="import-file-error">
            {t('import.chooseFile')}
          </p>
        ) : null}
        <input
          id="import-file"
          ref={file}
          type="file"
          accept=".json,application/json"
          aria-invalid={missingFile || undefined}
          aria-describedby={missingFile ? 'import-file-error' : undefined}
          onChange={() => setMissingFile(false)}
        />
      </div>
      <div className="checkbox">
        <input id="import-publish" type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} />
        <label htmlFor="import-publish">{t('import.publish')}</label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={upload.isPending}>
          {t('import.start')}
        </button>
      </div>
      {upload.isPending ? (
        <div className="progress" role="status">
          <label htmlFor="import-progress">
            {percent < 100 ? t('import.uploading', { percent }) : t('import.processing')}
          </label>
          <progress id="import-progress" max={100} value={percent < 100 ? percent : undefined} />
        </div>
      ) : null}
      {upload.data ? (
        <Alert tone="success" title={t('import.success')}>
          <p>{t('import.report', { ...upload.data })}</p>
        </Alert>
      ) : null}
      {error ? (
        <>
          <Alert tone="error" title={t('import.failed')}>
            <ProblemText error={error} />
          </Alert>
          {isApiError(error) ? <ImportErrorReport kind={error.kind} problems={error.errors} /> : null}
        </>
      ) : null}
    </form>
  );
}
