import { PNG } from 'pngjs';

/** A decoded image: size and RGBA bytes, row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Decodes a PNG (throws when the bytes are not one). */
export function decodePng(bytes: Uint8Array): Pixels {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height, data: png.data };
}

/** A box of pixels: the first and last column and row that matched (inclusive). */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  count: number;
}

/** The part of an image to look in (inclusive bounds) and how far a channel may differ. */
export interface Search {
  fromX?: number;
  toX?: number;
  fromY?: number;
  toY?: number;
  tolerance?: number;
}

/**
 * Returns the box around every opaque pixel within `tolerance` (per channel) of the colour `rgb`
 * in the searched part of the image, or undefined when none matches.
 */
export function findColour(image: Pixels, rgb: readonly number[], search: Search = {}): Box | undefined {
  const { fromX = 0, toX = image.width - 1, fromY = 0, toY = image.height - 1, tolerance = 40 } = search;
  let box: Box | undefined;
  for (let y = fromY; y <= toY; y++) {
    for (let x = fromX; x <= toX; x++) {
      const i = (y * image.width + x) * 4;
      if (image.data[i + 3] < 128) continue;
      if (Math.abs(image.data[i] - rgb[0]) > tolerance || Math.abs(image.data[i + 1] - rgb[1]) > tolerance || Math.abs(image.data[i + 2] - rgb[2]) > tolerance)
        continue;
      if (!box) box = { left: x, right: x, top: y, bottom: y, count: 0 };
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
      box.count++;
    }
  }
  return box;
}

/** The RGBA of one pixel. */
export function pixelAt(image: Pixels, x: number, y: number): number[] {
  const i = (y * image.width + x) * 4;
  return [...image.data.subarray(i, i + 4)];
}
