/**
 * Drawing a card (src/og/render.ts) through astro-og-canvas: an over-long title stays on the card,
 * a Hebrew card starts on the right, and the cache returns the same image without drawing it.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCardText } from '../../../src/og/cards.ts';
import { CARD_STYLE, INK } from '../../../src/og/design.ts';
import { createCardRenderer } from '../../../src/og/render.ts';
import { decodePng, findColour } from '../../support/png.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'share-cards-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const renderer = createCardRenderer({ root: process.cwd(), cacheDir });
const LONG = 'Ein sehr langer Titel, '.repeat(20);
const START_GAP = CARD_STYLE.padding + CARD_STYLE.border;

describe('createCardRenderer', () => {
  test('an over-long title is shortened and drawn inside the padding, below the icon', async () => {
    const card = await renderer.render(getCardText('de', 'guides/x/', LONG));
    expect(card.cached).toBe(false);
    expect(card.fitted?.shortened).toBe(true);
    const image = decodePng(card.png);
    const ink = findColour(image, INK)!;
    expect(ink.top).toBeGreaterThanOrEqual(CARD_STYLE.padding + CARD_STYLE.logo);
    expect(ink.bottom).toBeLessThanOrEqual(image.height - 1 - CARD_STYLE.padding);
    expect(ink.left).toBeGreaterThanOrEqual(CARD_STYLE.padding);
    expect(ink.right).toBeLessThanOrEqual(image.width - 1 - CARD_STYLE.padding);
  });

  test('the same title in Hebrew direction starts at the right edge, in German at the left', async () => {
    const he = findColour(decodePng((await renderer.render(getCardText('he', 'guides/x/', 'איך לפטר לקוח'))).png), INK)!;
    const de = findColour(decodePng((await renderer.render(getCardText('de', 'guides/x/', 'So geht das'))).png), INK)!;
    expect(Math.abs(1199 - he.right - START_GAP)).toBeLessThanOrEqual(12);
    expect(he.left).toBeGreaterThan(400);
    expect(Math.abs(de.left - START_GAP)).toBeLessThanOrEqual(12);
    expect(1199 - de.right).toBeGreaterThan(400);
  });

  test('a second build takes the card from the cache, byte for byte; unused cache files are pruned', async () => {
    const text = getCardText('tr', 'quiz/', 'Öz değerlendirme testi');
    const first = await renderer.render(text);
    const again = createCardRenderer({ root: process.cwd(), cacheDir });
    const second = await again.render(text);
    expect(second.cached).toBe(true);
    expect(Buffer.compare(second.png, first.png)).toBe(0);
    const stale = join(cacheDir, 'card-0123456789abcdef.png');
    writeFileSync(stale, 'old');
    again.prune();
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(cacheDir).filter((f) => f.startsWith('card-'))).toHaveLength(1);
  });

  test('many new cards are drawn on worker threads, each the same image as drawn in this thread', async () => {
    const texts = [
      'Kunden behalten',
      'Jetzt trennen',
      'Trennung planen',
      'Bedingungen neu festlegen',
      'Seite nicht gefunden',
      'Ratgeber',
      'Selbsttest',
      'Kunden feuern?',
    ].map((title) => getCardText('de', 'guides/x/', title));
    const pooled = await createCardRenderer({ root: process.cwd(), cacheDir: join(cacheDir, 'pool'), workers: 2 }).renderAll(texts);
    const here = await createCardRenderer({ root: process.cwd(), cacheDir: join(cacheDir, 'here'), workers: 1 }).renderAll(texts.slice(-1));
    expect(pooled.every((card) => !card.cached)).toBe(true);
    expect(Buffer.compare(pooled[pooled.length - 1].png, here[0].png)).toBe(0);
    expect(new Set(pooled.map((card) => card.png.toString('base64'))).size).toBe(texts.length);
  });

  test('a letter that no card font has fails, naming the letter', async () => {
    await expect(renderer.render(getCardText('de', 'guides/x/', 'Kunden 客户'))).rejects.toThrow(/"客" \(U\+5BA2\)/);
  });
});
