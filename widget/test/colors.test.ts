import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex, readableOn } from '../src/colors';

describe('colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(4.5);
  });

  it('keeps an office colour that already has enough contrast', () => {
    expect(readableOn('#00528c', '#1d4f91', '#ffffff')).toBe('#00528c');
  });

  it('darkens a too light office colour until white text on it passes AA', () => {
    const adjusted = readableOn('#ffd700', '#1d4f91', '#ffffff');
    expect(adjusted).not.toBe('#ffd700');
    expect(contrastRatio(adjusted, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('meets a lower ratio for focus rings', () => {
    expect(contrastRatio(readableOn('#66b3ff', '#0b6bcb', '#ffffff', 3), '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('falls back for anything that is not #rrggbb, so nothing else reaches the CSS', () => {
    expect(parseHex('red; background: url(x)')).toBeNull();
    expect(readableOn('red; background: url(x)', '#1d4f91', '#ffffff')).toBe('#1d4f91');
    expect(readableOn(null, '#1d4f91', '#ffffff')).toBe('#1d4f91');
  });
});
