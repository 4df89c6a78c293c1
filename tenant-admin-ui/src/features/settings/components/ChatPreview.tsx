import { useMemo } from 'react';
import { useI18n } from '@/lib/i18n/i18n';
import { chatPreview } from '@/features/widget-preview/render';
import { WidgetShadow } from '@/features/widget-preview/components/WidgetShadow';
import type { SettingsDraft } from '../settings-form';

/** The chat as citizens will see it with the form's (unsaved) name, greeting and colours. */
export function ChatPreview({ draft }: { draft: SettingsDraft }) {
  const { t } = useI18n();
  const ui = draft.defaultLanguage || 'de';
  const content = useMemo(
    () =>
      chatPreview({
        ui,
        botName: draft.botName,
        displayName: draft.displayName,
        greeting: draft.greetings[ui],
        branding: { primaryColor: draft.primaryColor, accentColor: draft.accentColor, logoUrl: draft.logoUrl },
        question: t('settings.previewQuestion'),
        answerTitle: t('settings.previewTitle'),
        answer: t('settings.previewAnswer'),
        origin: window.location.origin,
      }),
    [ui, draft.botName, draft.displayName, draft.greetings, draft.primaryColor, draft.accentColor, draft.logoUrl, t],
  );
  return <WidgetShadow content={content} label={t('settings.preview')} />;
}
