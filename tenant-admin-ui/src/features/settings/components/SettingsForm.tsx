import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { text as widgetText } from '@widget/i18n';
import { Alert } from '@/components/ui/Alert';
import { FieldErrorText, SelectField, TextAreaField, TextField } from '@/components/ui/Field';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { SUPPORTED_LANGUAGES } from '@/config/languages';
import { useI18n } from '@/lib/i18n/i18n';
import { fieldErrorOf } from '@/lib/problem-text';
import { UnsavedChangesGuard } from '@/lib/unsaved-changes';
import type { Settings } from '../api/get-settings';
import { useUpdateSettings } from '../api/update-settings';
import { draftOfSettings, settingsOfDraft, type SettingsDraft } from '../settings-form';
import { ChatPreview } from './ChatPreview';
import { ColorField } from './ColorField';
import { EmbedSnippet } from './EmbedSnippet';
import { LogoUpload } from './LogoUpload';

const SHOWN_FIELDS = [
  'displayName',
  'botName',
  'privacyUrl',
  'defaultLanguage',
  'enabledLanguages',
  'branding.primaryColor',
  'branding.accentColor',
  'branding.logoUrl',
  'handoff.email',
  'handoff.phone',
  'handoff.address',
  'handoff.openingHours',
  'handoff.appointmentUrl',
];

export function SettingsForm({ slug, settings }: { slug: string; settings: Settings }) {
  const { t, languageName } = useI18n();
  const loaded = useMemo(() => draftOfSettings(settings), [settings]);
  const [draft, setDraft] = useState<SettingsDraft>(loaded);
  const previous = useRef(loaded);
  useEffect(() => {
    // New settings from the platform (after a save or a logo upload): take them, but keep what
    // is being edited — a logo upload changes only the logo's address.
    const before = previous.current;
    previous.current = loaded;
    setDraft((current) =>
      JSON.stringify(current) === JSON.stringify(before) ? loaded : { ...current, logoUrl: loaded.logoUrl },
    );
  }, [loaded]);
  const save = useUpdateSettings(slug);
  const dirty = JSON.stringify(draft) !== JSON.stringify(loaded);
  const error = save.error;
  const fieldError = (field: string) => fieldErrorOf(error, field, t);
  const languagesError = fieldError('enabledLanguages');
  const set = (patch: Partial<SettingsDraft>) => {
    setDraft({ ...draft, ...patch });
    if (save.isSuccess) save.reset();
  };

  const shownFields = [
    ...SHOWN_FIELDS,
    ...draft.enabledLanguages.map((l) => `greetings.${l}`),
    ...SUPPORTED_LANGUAGES.map((_, i) => `enabledLanguages[${i}]`),
    ...draft.allowedOrigins.map((_, i) => `allowedOrigins[${i}]`),
  ];

  const toggleLanguage = (code: string, on: boolean) => {
    const enabled = on
      ? SUPPORTED_LANGUAGES.filter((l) => l === code || draft.enabledLanguages.includes(l))
      : draft.enabledLanguages.filter((l) => l !== code);
    set({ enabledLanguages: [...enabled] });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(settingsOfDraft(draft, settings), { onSuccess: (saved) => setDraft(draftOfSettings(saved)) });
  };

  const origins = draft.allowedOrigins;
  // A function, not a component: a component defined here would be a new type on every render
  // and lose the focus with each keystroke.
  const greetingField = (code: string) => (
    <TextAreaField
      key={code}
      label={t('settings.greeting', { language: languageName(code) })}
      hint={t('settings.greetingsHint', { example: widgetText(code, 'greeting', { bot: draft.botName }) })}
      rows={2}
      value={draft.greetings[code] ?? ''}
      onChange={(e) => set({ greetings: { ...draft.greetings, [code]: e.target.value } })}
      error={fieldError(`greetings.${code}`)}
      lang={code}
      dir="auto"
    />
  );
  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      <UnsavedChangesGuard dirty={dirty} />
      <ProblemAlert error={error} shownFields={shownFields} />
      {save.isSuccess && !dirty ? <Alert tone="success">{t('settings.saved')}</Alert> : null}

      <section className="card" aria-labelledby="s-general">
        <h2 id="s-general">{t('settings.general')}</h2>
        <TextField
          label={t('settings.displayName')}
          value={draft.displayName}
          required
          onChange={(e) => set({ displayName: e.target.value })}
          error={fieldError('displayName')}
        />
        <TextField
          label={t('settings.botName')}
          value={draft.botName}
          required
          maxLength={60}
          onChange={(e) => set({ botName: e.target.value })}
          error={fieldError('botName')}
        />
        <TextField
          label={t('settings.privacyUrl')}
          type="url"
          value={draft.privacyUrl}
          onChange={(e) => set({ privacyUrl: e.target.value })}
          error={fieldError('privacyUrl')}
        />
      </section>

      <section className="card" aria-labelledby="s-languages">
        <h2 id="s-languages">{t('settings.languages')}</h2>
        <SelectField
          label={t('settings.defaultLanguage')}
          hint={t('settings.defaultLanguageHint')}
          value={draft.defaultLanguage}
          onChange={(e) => set({ defaultLanguage: e.target.value })}
          error={fieldError('defaultLanguage')}
        >
          {draft.enabledLanguages.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </SelectField>
        <fieldset
          className={languagesError ? 'languages field-invalid' : 'languages'}
          aria-describedby={languagesError ? 'enabled-languages-error' : undefined}
        >
          <legend>{t('settings.enabledLanguages')}</legend>
          {languagesError ? <FieldErrorText error={languagesError} id="enabled-languages-error" /> : null}
          <div className="checkbox-grid">
            {SUPPORTED_LANGUAGES.map((code) => (
              <div className="checkbox" key={code}>
                <input
                  id={`lang-${code}`}
                  type="checkbox"
                  checked={draft.enabledLanguages.includes(code)}
                  disabled={code === draft.defaultLanguage}
                  onChange={(e) => toggleLanguage(code, e.target.checked)}
                />
                <label htmlFor={`lang-${code}`}>
                  {languageName(code)} <span className="muted">({code})</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </section>

      <section className="card" aria-labelledby="s-greetings">
        <h2 id="s-greetings">{t('settings.greetings')}</h2>
        {greetingField(draft.defaultLanguage)}
        {draft.enabledLanguages.length > 1 ? (
          <details open={draft.enabledLanguages.some((code) => Boolean(fieldError(`greetings.${code}`)))}>
            <summary>{t('settings.otherGreetings', { count: draft.enabledLanguages.length - 1 })}</summary>
            {draft.enabledLanguages.filter((code) => code !== draft.defaultLanguage).map((code) => greetingField(code))}
          </details>
        ) : null}
      </section>

      <section className="card branding" aria-labelledby="s-branding">
        <h2 id="s-branding">{t('settings.branding')}</h2>
        <div className="branding-grid">
          <div>
            <ColorField
              label={t('settings.primaryColor')}
              hint={t('settings.primaryColorHint')}
              value={draft.primaryColor}
              onChange={(primaryColor) => set({ primaryColor })}
              error={fieldError('branding.primaryColor')}
            />
            <ColorField
              label={t('settings.accentColor')}
              hint={t('settings.accentColorHint')}
              value={draft.accentColor}
              onChange={(accentColor) => set({ accentColor })}
              error={fieldError('branding.accentColor')}
            />
            <TextField
              label={t('settings.logoUrl')}
              hint={t('settings.logoUrlHint')}
              value={draft.logoUrl}
              onChange={(e) => set({ logoUrl: e.target.value })}
              error={fieldError('branding.logoUrl')}
            />
            <LogoUpload slug={slug} hasLogo={Boolean(settings.branding?.logoUrl)} />
          </div>
          <div>
            <h3>{t('settings.preview')}</h3>
            <p className="hint">{t('settings.previewHint')}</p>
            <ChatPreview draft={draft} />
          </div>
        </div>
      </section>

      <section className="card" aria-labelledby="s-handoff">
        <h2 id="s-handoff">{t('settings.handoff')}</h2>
        <p className="hint">{t('settings.handoffHint')}</p>
        <div className="grid-2">
          <TextField
            label={t('settings.email')}
            type="email"
            value={draft.email}
            onChange={(e) => set({ email: e.target.value })}
            error={fieldError('handoff.email')}
          />
          <TextField
            label={t('settings.phone')}
            type="tel"
            value={draft.phone}
            onChange={(e) => set({ phone: e.target.value })}
            error={fieldError('handoff.phone')}
          />
          <TextAreaField
            label={t('settings.address')}
            rows={2}
            value={draft.address}
            onChange={(e) => set({ address: e.target.value })}
            error={fieldError('handoff.address')}
          />
          <TextAreaField
            label={t('settings.openingHours')}
            rows={2}
            value={draft.openingHours}
            onChange={(e) => set({ openingHours: e.target.value })}
            error={fieldError('handoff.openingHours')}
          />
          <TextField
            label={t('settings.appointmentUrl')}
            type="url"
            value={draft.appointmentUrl}
            onChange={(e) => set({ appointmentUrl: e.target.value })}
            error={fieldError('handoff.appointmentUrl')}
          />
        </div>
      </section>

      <section className="card" aria-labelledby="s-origins">
        <h2 id="s-origins">{t('settings.origins')}</h2>
        <p className="hint">{t('settings.originsHint')}</p>
        {origins.map((origin, i) => (
          <div className="question-row" key={i}>
            <TextField
              label={t('settings.origin', { number: i + 1 })}
              type="url"
              value={origin}
              onChange={(e) => set({ allowedOrigins: origins.map((o, j) => (j === i ? e.target.value : o)) })}
              error={fieldError(`allowedOrigins[${originIndexSent(origins, i)}]`)}
              fieldClassName="grow"
            />
            <button
              type="button"
              className="button secondary small"
              aria-label={t('settings.removeOrigin', { number: i + 1 })}
              onClick={() => {
                const rest = origins.filter((_, j) => j !== i);
                set({ allowedOrigins: rest.length ? rest : [''] });
              }}
            >
              {t('common.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button secondary small"
          onClick={() => set({ allowedOrigins: [...origins, ''] })}
        >
          {t('settings.addOrigin')}
        </button>
      </section>

      <section className="card" aria-labelledby="s-embed">
        <h2 id="s-embed">{t('settings.embed')}</h2>
        <EmbedSnippet slug={slug} />
      </section>

      <div className="form-actions sticky-actions">
        <button type="submit" className="button" disabled={save.isPending || !dirty}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}

/** The platform counts only the websites it received; empty rows are not sent. */
function originIndexSent(origins: string[], row: number): number {
  if (!origins[row]?.trim()) return -1;
  return origins.slice(0, row).filter((o) => o.trim()).length;
}
