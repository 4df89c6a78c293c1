// Synonym groups as editors write them: one group per line, the words separated by commas.

export function groupsToText(groups: string[][]): string {
  return groups.map((group) => group.join(', ')).join('\n');
}

/** Blank lines and empty words are dropped; a word keeps its inner spaces ("Blaue Karte"). */
export function textToGroups(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .split(',')
        .map((word) => word.trim())
        .filter(Boolean),
    )
    .filter((group) => group.length > 0);
}

/** The line on screen of the platform's group index (blank lines are not sent). */
export function lineOfGroup(text: string, groupIndex: number): number {
  let seen = -1;
  const lines = text.split(/\r?\n/);
  for (let line = 0; line < lines.length; line++) {
    if (lines[line].split(',').some((w) => w.trim())) seen += 1;
    if (seen === groupIndex) return line + 1;
  }
  return -1;
}

/**
 * Where the platform's field for a problem sits in the text: "groups[2]" is a whole line,
 * "groups[2][1]" a word on it (as sent, so the word can be named); null for other fields.
 */
export function placeOfSynonymField(
  text: string,
  sent: readonly string[][] | undefined,
  field: string,
): { line: number; word?: string } | null {
  const match = /^groups\[(\d+)\](?:\[(\d+)\])?$/.exec(field);
  if (!match) return null;
  const group = Number(match[1]);
  const line = lineOfGroup(text, group);
  if (line < 0) return null;
  const word = match[2] === undefined ? undefined : sent?.[group]?.[Number(match[2])];
  return word === undefined ? { line } : { line, word };
}
