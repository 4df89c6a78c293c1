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
