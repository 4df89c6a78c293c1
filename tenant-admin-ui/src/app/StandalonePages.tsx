// Pages shown before the app itself runs: after signing out, when signing in failed, and when
// the platform's configuration could not be read.
import { useEffect } from 'react';
import { useI18n } from '@/lib/i18n/i18n';

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <main id="main" className="standalone">
      <p className="brand">{t('app.name')}</p>
      <h1>{title}</h1>
      {children}
    </main>
  );
}

export function SignedOutPage({ onSignIn }: { onSignIn(): void }) {
  const { t } = useI18n();
  return (
    <Frame title={t('auth.signedOutTitle')}>
      <p>{t('auth.signedOutText')}</p>
      <button type="button" className="button" onClick={onSignIn}>
        {t('auth.signIn')}
      </button>
    </Frame>
  );
}

export function SignInFailedPage({ onSignIn, reason }: { onSignIn(): void; reason?: string }) {
  const { t } = useI18n();
  return (
    <Frame title={t('auth.signInFailed')}>
      <p>{t('auth.signInFailedText')}</p>
      {reason ? <p className="muted">{reason}</p> : null}
      <button type="button" className="button" onClick={onSignIn}>
        {t('auth.signIn')}
      </button>
    </Frame>
  );
}

export function ConfigFailedPage() {
  const { t } = useI18n();
  return (
    <Frame title={t('auth.signInFailed')}>
      <p role="alert">{t('auth.configFailed')}</p>
    </Frame>
  );
}
