import { describe, expect, it } from 'vitest';
import { groupsToText, lineOfGroup, placeOfSynonymField, textToGroups } from './synonym-text';

describe('synonym text', () => {
  it('reads one group per line with comma-separated words, skipping blanks', () => {
    expect(textToGroups('Pass, Reisepass\n\n Blaue Karte ,Blue Card,\n,')).toEqual([
      ['Pass', 'Reisepass'],
      ['Blaue Karte', 'Blue Card'],
    ]);
  });

  it('writes the groups back the same way', () => {
    const groups = [
      ['eAT', 'Aufenthaltskarte'],
      ['Termin', 'Vorsprache'],
    ];

    expect(textToGroups(groupsToText(groups))).toEqual(groups);
  });

  it('finds the line of a group the platform names by its index', () => {
    expect(lineOfGroup('a, b\n\nc, d\n e', 1)).toBe(3);
    expect(lineOfGroup('a, b\n\nc, d\n e', 2)).toBe(4);
  });

  it('places the platform’s group and word fields on their line, naming the word', () => {
    const text = 'Pass, Reisepass\n\nVisum\neAT, Karte, EAT';
    const sent = textToGroups(text);
    expect(placeOfSynonymField(text, sent, 'groups[1]')).toEqual({ line: 3 });
    expect(placeOfSynonymField(text, sent, 'groups[2][2]')).toEqual({ line: 4, word: 'EAT' });
    expect(placeOfSynonymField(text, sent, 'groups[7]')).toBeNull();
    expect(placeOfSynonymField(text, sent, 'language')).toBeNull();
  });
});
