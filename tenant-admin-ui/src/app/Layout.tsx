import { useState, type FormEvent } from 'react';
import { NavLink, Outlet, useMatch, useNavigate } from 'react-router';
import { Alert } from '@/components/ui/Alert';
import { useOffices } from '@/features/offices/api/get-offices';
import { useAuth } from '@/lib/auth/auth';
import {
  firstArea,
  mayChangeOfficeStatus,
  mayOpenOffice,
  maySeePilotStatistics,
  maySeeAllOffices,
  mayUse,
  type OfficeArea,
} from '@/lib/auth/permissions';
import { LOCALE_NAMES, useI18n, type Locale, type MessageKey } from '@/lib/i18n/i18n';

const AREAS: { path: string; area: OfficeArea; label: MessageKey }[] = [
  { path: 'statistics', area: 'statistics', label: 'nav.statistics' },
  { path: 'knowledge', area: 'knowledge', label: 'nav.knowledge' },
  { path: 'try', area: 'knowledge', label: 'nav.tryIt' },
  { path: 'feedback', area: 'feedback', label: 'nav.feedback' },
  { path: 'import', area: 'knowledge', label: 'nav.importExport' },
  { path: 'structure', area: 'knowledge', label: 'nav.structure' },
  { path: 'settings', area: 'settings', label: 'nav.settings' },
  { path: 'users', area: 'users', label: 'nav.users' },
  { path: 'audit', area: 'audit', label: 'nav.audit' },
];

/** Choosing another office takes effect on "switch", not on every arrow key in the list. */
function OfficeSwitcher({ current }: { current: string | undefined }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const offices = useOffices();
  const navigate = useNavigate();
  const openable = (offices.data ?? []).filter((o) => mayOpenOffice(session, o.slug));
  const [choice, setChoice] = useState(current ?? '');
  if (openable.length < 2) {
    const only = openable.find((o) => o.slug === current) ?? openable[0];
    return only ? <p className="office-name">{only.displayName}</p> : null;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const area = firstArea(session, choice);
    if (area) navigate(`/o/${choice}/${area}`);
  };
  return (
    <form className="office-switcher" onSubmit={submit}>
      <label htmlFor="office-switch">{t('app.office')}</label>
      <select id="office-switch" value={choice || current || ''} onChange={(e) => setChoice(e.target.value)}>
        {!current ? <option value="">—</option> : null}
        {openable.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.displayName}
          </option>
        ))}
      </select>
      <button type="submit" className="button secondary small">
        {t('common.next')}
      </button>
    </form>
  );
}

function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const other: Locale = locale === 'de' ? 'en' : 'de';
  return (
    <button type="button" className="button secondary small" lang={other} onClick={() => setLocale(other)}>
      <span className="sr-only" lang={locale}>
        {t('app.language')}:{' '}
      </span>
      {LOCALE_NAMES[other]}
    </button>
  );
}

export function Layout() {
  const { t } = useI18n();
  const { session, signOut, expired, signInAgain } = useAuth();
  const officeMatch = useMatch('/o/:slug/*');
  const slug = officeMatch?.params.slug;
  const areas = slug ? AREAS.filter((a) => mayUse(session, slug, a.area)) : [];
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <p className="brand">{t('app.name')}</p>
        <div className="topbar-tools">
          <span className="user">{t('app.signedInAs', { name: session.displayName })}</span>
          <LanguageSwitch />
          <button type="button" className="button secondary small" onClick={() => void signOut()}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <div className="frame">
        <nav className="sidebar" aria-label={t('app.mainNav')}>
          {maySeeAllOffices(session) ? (
            <ul className="nav-list">
              <li>
                <NavLink to="/offices">{t('nav.offices')}</NavLink>
              </li>
              {maySeePilotStatistics(session) ? (
                <li>
                  <NavLink to="/statistics">{t('nav.pilotStatistics')}</NavLink>
                </li>
              ) : null}
              {mayChangeOfficeStatus(session) ? (
                <li>
                  <NavLink to="/signups">{t('nav.signups')}</NavLink>
                </li>
              ) : null}
            </ul>
          ) : null}
          <OfficeSwitcher key={slug} current={slug} />
          {areas.length ? (
            <ul className="nav-list" aria-label={t('app.officeNav')}>
              {areas.map((a) => (
                <li key={a.path}>
                  <NavLink to={`/o/${slug}/${a.path}`}>{t(a.label)}</NavLink>
                </li>
              ))}
            </ul>
          ) : null}
        </nav>
        <main id="main" tabIndex={-1}>
          {expired ? (
            <Alert tone="warning">
              <p>{t('auth.expired')}</p>
              <button type="button" className="button" onClick={() => void signInAgain()}>
                {t('auth.signInAgain')}
              </button>
            </Alert>
          ) : null}
          <Outlet />
        </main>
      </div>
    </div>
  );
}
