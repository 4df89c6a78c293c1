import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/testing/render';
import { ColorField } from './ColorField';

function Harness({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return <ColorField label="Hauptfarbe" hint="Weiße Schrift darauf." value={value} onChange={setValue} />;
}

describe('ColorField', () => {
  it('says while typing whether white text on the colour meets WCAG AA', async () => {
    renderWithApp(<Harness initial="#00528c" />);
    const field = await screen.findByRole('textbox', { name: 'Hauptfarbe' });
    expect(field).toHaveAccessibleDescription(expect.stringContaining('erfüllt WCAG AA'));

    await userEvent.clear(field);
    await userEvent.type(field, '#8fb8e8');

    expect(field).toHaveAccessibleDescription(expect.stringMatching(/Kontrast 2,\d:1 – zu gering/));
  });

  it('asks for the #rrggbb form and keeps the picker usable', async () => {
    renderWithApp(<Harness initial="blau" />);

    expect(await screen.findByText('Bitte eine Farbe im Format #rrggbb angeben.')).toBeInTheDocument();
    expect(screen.getByLabelText('Hauptfarbe: Farbwähler')).toHaveValue('#000000');
  });
});
