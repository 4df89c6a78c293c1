// A host element whose shadow root holds a preview built by the widget's code, styled by the
// widget's own stylesheet: the admin app's styles cannot leak in, nor the widget's out.
import { useEffect, useRef } from 'react';
import { PREVIEW_CSS } from '../render';

let sheet: CSSStyleSheet | null = null;

function styles(shadow: ShadowRoot): void {
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(PREVIEW_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = PREVIEW_CSS;
    shadow.append(style);
  }
}

export function WidgetShadow({ content, label }: { content: HTMLElement; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    if (!shadow.adoptedStyleSheets?.length && !shadow.querySelector('style')) styles(shadow);
    // The previous preview goes; the stylesheet (a <style> where adopted sheets are missing) stays.
    for (const node of [...shadow.children]) {
      if (node.tagName !== 'STYLE') node.remove();
    }
    shadow.append(content);
  }, [content]);
  return <div ref={host} className="widget-preview" role="group" aria-label={label} />;
}
