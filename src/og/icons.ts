/**
 * The site's icon as PNG, drawn with CanvasKit from the same shapes as public/favicon.svg: the
 * 180×180 apple-touch-icon (a full square: iOS rounds the corners itself) and the rounded icon
 * at the top of every share card.
 */
import type { CanvasKit } from 'canvaskit-wasm';
import { MARK } from './design.ts';

export const TOUCH_ICON_SIZE = 180;

/** Draws the icon at `size`×`size` pixels and returns it as PNG. */
export function drawIcon(ck: CanvasKit, size: number, { rounded }: { rounded: boolean }): Uint8Array<ArrayBuffer> {
  const surface = ck.MakeSurface(size, size);
  if (!surface) throw new Error('Share cards: CanvasKit could not make a surface for the icon.');
  const canvas = surface.getCanvas();
  canvas.clear(ck.TRANSPARENT);
  canvas.scale(size / MARK.viewBox, size / MARK.viewBox);

  const fill = new ck.Paint();
  fill.setAntiAlias(true);
  fill.setColor(ck.parseColorString(MARK.fill));
  const square = ck.XYWHRect(0, 0, MARK.viewBox, MARK.viewBox);
  if (rounded) canvas.drawRRect(ck.RRectXY(square, MARK.radius, MARK.radius), fill);
  else canvas.drawRect(square, fill);

  const stroke = new ck.Paint();
  stroke.setAntiAlias(true);
  stroke.setStyle(ck.PaintStyle.Stroke);
  stroke.setColor(ck.parseColorString(MARK.stroke));
  stroke.setStrokeWidth(MARK.strokeWidth);
  stroke.setStrokeCap(ck.StrokeCap.Round);
  stroke.setStrokeJoin(ck.StrokeJoin.Round);
  const check = ck.Path.MakeFromSVGString(MARK.path);
  if (!check) throw new Error(`Share cards: the icon path ${MARK.path} is not valid SVG path data.`);
  canvas.drawPath(check, stroke);

  const image = surface.makeImageSnapshot();
  const png = image.encodeToBytes(ck.ImageFormat.PNG, 100);
  for (const object of [check, stroke, fill, image]) object.delete();
  surface.dispose();
  if (!png) throw new Error('Share cards: CanvasKit could not encode the icon.');
  return new Uint8Array(png);
}
