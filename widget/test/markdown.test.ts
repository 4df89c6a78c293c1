import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/markdown';

function html(markdown: string, newWindowHint?: string): string {
  const div = document.createElement('div');
  div.append(renderMarkdown(markdown, document, { newWindowHint }));
  return div.innerHTML;
}

describe('renderMarkdown', () => {
  it('splits paragraphs on blank lines and joins soft line breaks', () => {
    expect(html('Erster Satz\nweiter.\n\nZweiter Absatz.')).toBe('<p>Erster Satz weiter.</p><p>Zweiter Absatz.</p>');
  });

  it('renders bullet and numbered lists, also right after a paragraph line', () => {
    expect(html('So gehen Sie vor:\n- eins\n- zwei')).toBe(
      '<p>So gehen Sie vor:</p><ul><li>eins</li><li>zwei</li></ul>',
    );
    expect(html('1. erst\n2. dann')).toBe('<ol><li>erst</li><li>dann</li></ol>');
    expect(html('3. drei\n4. vier')).toBe('<ol start="3"><li>drei</li><li>vier</li></ol>');
  });

  it('keeps an indented continuation line in its list item', () => {
    expect(html('- eins\n  und mehr\n- zwei')).toBe('<ul><li>eins und mehr</li><li>zwei</li></ul>');
  });

  it('renders bold and italics, nested', () => {
    expect(html('**fett** und *kursiv* und __auch fett__ und _auch kursiv_')).toBe(
      '<p><strong>fett</strong> und <em>kursiv</em> und <strong>auch fett</strong> und <em>auch kursiv</em></p>',
    );
    expect(html('**fett mit *kursiv* darin**')).toBe('<p><strong>fett mit <em>kursiv</em> darin</strong></p>');
  });

  it('leaves underscores inside words and lone asterisks alone', () => {
    expect(html('datei_name_v2.pdf und 5 * 3')).toBe('<p>datei_name_v2.pdf und 5 * 3</p>');
  });

  it('opens web links in a new tab without giving the new page a handle on ours', () => {
    const out = html('Siehe [Gesetz](https://www.gesetze-im-internet.de/aufenthv/).', '(neues Fenster)');
    expect(out).toBe(
      '<p>Siehe <a href="https://www.gesetze-im-internet.de/aufenthv/" target="_blank" rel="noopener noreferrer">' +
        'Gesetz<span class="sr-only"> (neues Fenster)</span></a>.</p>',
    );
  });

  it('links mailto and tel in place, and bare web addresses', () => {
    expect(html('[Mail](mailto:amt@example.org) oder [anrufen](tel:+4980313920)')).toBe(
      '<p><a href="mailto:amt@example.org">Mail</a> oder <a href="tel:+4980313920">anrufen</a></p>',
    );
    expect(html('Portal: https://termine.example.org/a.')).toBe(
      '<p>Portal: <a href="https://termine.example.org/a" target="_blank" rel="noopener noreferrer">https://termine.example.org/a</a>.</p>',
    );
  });

  it('never nests a link in a link', () => {
    const div = document.createElement('div');
    div.append(renderMarkdown('[https://example.org](https://example.org)', document));
    expect(div.querySelectorAll('a')).toHaveLength(1);
    expect(div.querySelector('a')?.textContent).toBe('https://example.org');
  });

  it('shows links with other schemes as their text only', () => {
    expect(html('[klick](javascript:alert(1)) [daten](data:text/html,x) [relativ](/pfad)')).toBe(
      '<p>klick daten relativ</p>',
    );
  });

  it('shows HTML in content as text', () => {
    const div = document.createElement('div');
    div.append(renderMarkdown('<img src=x onerror=alert(1)> <b>fett</b>', document));
    expect(div.querySelector('img')).toBeNull();
    expect(div.querySelector('b')).toBeNull();
    expect(div.textContent).toBe('<img src=x onerror=alert(1)> <b>fett</b>');
  });

  it('shows headings, code and quotes as plain text', () => {
    expect(html('# Titel\n\n`code`\n\n> Zitat')).toBe('<p># Titel</p><p>`code`</p><p>&gt; Zitat</p>');
  });

  it('honours backslash escapes', () => {
    expect(html('\\*kein kursiv\\*')).toBe('<p>*kein kursiv*</p>');
  });

  it('renders a long answer with many emphases quickly', () => {
    const long = Array.from(
      { length: 300 },
      (_, i) => `- **Punkt ${i}** mit *Betonung* und [Link](https://example.org/${i})`,
    ).join('\n');
    const start = performance.now();
    const div = document.createElement('div');
    div.append(renderMarkdown(long, document));
    expect(div.querySelectorAll('li')).toHaveLength(300);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
