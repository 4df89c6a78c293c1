import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WidgetShadow } from './WidgetShadow';

function content(text: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'root';
  element.textContent = text;
  return element;
}

describe('WidgetShadow', () => {
  it('shows only the latest preview when its content changes', () => {
    const { container, rerender } = render(<WidgetShadow content={content('first')} label="Vorschau" />);
    rerender(<WidgetShadow content={content('second')} label="Vorschau" />);

    const roots = container.querySelector('.widget-preview')!.shadowRoot!.querySelectorAll('.root');
    expect([...roots].map((r) => r.textContent)).toEqual(['second']);
  });
});
