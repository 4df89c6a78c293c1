import { useMemo } from 'react';
import { answerPreview } from '../render';
import { WidgetShadow } from './WidgetShadow';

/** An answer rendered by the widget's Markdown renderer in the widget's bubble. */
export function AnswerPreview({
  id,
  language,
  botName,
  title,
  answer,
  label,
}: {
  id: string;
  language: string;
  botName: string;
  title: string;
  answer: string;
  label: string;
}) {
  const content = useMemo(
    () => answerPreview({ id, language, botName, title, answer }),
    [id, language, botName, title, answer],
  );
  return <WidgetShadow content={content} label={label} />;
}
