/** Fonts come from the lockfile, and the drawn icons are the favicon's shapes (src/og/fonts.ts, icons.ts). */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { getCanvasKit } from '../../../src/og/canvas.ts';
import { ACCENT, MARK } from '../../../src/og/design.ts';
import { CARD_FONTS, resolveFonts } from '../../../src/og/fonts.ts';
import { drawIcon } from '../../../src/og/icons.ts';
import { decodePng, pixelAt } from '../../support/png.ts';

describe('resolveFonts', () => {
  test('finds every card font in node_modules', () => {
    expect(resolveFonts(process.cwd())).toHaveLength(CARD_FONTS.length);
  });

  test('a missing font package fails with a message naming the package', () => {
    expect(() => resolveFonts(process.cwd(), [...CARD_FONTS, { pkg: '@example/no-such-font', file: 'Font-Bold.ttf' }])).toThrow(
      /Font-Bold\.ttf of the npm package @example\/no-such-font is missing/,
    );
  });
});

describe('icons', () => {
  test('public/favicon.svg draws the shapes the PNG icons are drawn from', () => {
    const svg = readFileSync('public/favicon.svg', 'utf8');
    expect(svg).toContain(`viewBox="0 0 ${MARK.viewBox} ${MARK.viewBox}"`);
    expect(svg).toMatch(new RegExp(`<rect [^>]*rx="${MARK.radius}" [^>]*fill="${MARK.fill}"`));
    expect(svg).toContain(`d="${MARK.path}"`);
    expect(svg).toContain(`stroke="${MARK.stroke}" stroke-width="${MARK.strokeWidth}"`);
  });

  test('the touch icon is filled to its corners, the card icon has rounded ones; both carry the white check', async () => {
    const ck = await getCanvasKit();
    const square = decodePng(drawIcon(ck, 180, { rounded: false }));
    const rounded = decodePng(drawIcon(ck, 104, { rounded: true }));
    expect([square.width, square.height]).toEqual([180, 180]);
    expect(pixelAt(square, 0, 0)).toEqual([...ACCENT, 255]);
    expect(pixelAt(rounded, 0, 0)[3]).toBe(0);
    // A point on the check's stroke (x 13.5, y 21 of the 32-unit view box) is white.
    expect(pixelAt(square, Math.round((13.5 * 180) / 32), Math.round((21 * 180) / 32))).toEqual([255, 255, 255, 255]);
  });
});
