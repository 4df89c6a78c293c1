// Offices choose their colours; the widget must still meet WCAG AA contrast. A colour that is too
// light for white text (or for links on white) is darkened step by step until it passes.

const HEX = /^#([0-9a-f]{6})$/i;

export function parseHex(color: string | null | undefined): [number, number, number] | null {
  const match = HEX.exec((color ?? '').trim());
  if (!match) return null;
  const n = Number.parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: [number, number, number]): string {
  return '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const la = luminance(parseHex(a) ?? [0, 0, 0]);
  const lb = luminance(parseHex(b) ?? [0, 0, 0]);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The office's colour if it has at least {@code minRatio} contrast against the background,
 * otherwise the same hue darkened just enough; the fallback when it is not a #rrggbb value.
 */
export function readableOn(
  color: string | null | undefined,
  fallback: string,
  background: string,
  minRatio = 4.5,
): string {
  let rgb = parseHex(color) ?? parseHex(fallback)!;
  for (let step = 0; step < 40 && contrastRatio(toHex(rgb), background) < minRatio; step++) {
    rgb = rgb.map((c) => c * 0.92) as [number, number, number];
  }
  return toHex(rgb);
}
