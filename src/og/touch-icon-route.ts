/** Serves the 180×180 apple-touch-icon (see icons.ts); integration.ts injects it as `/apple-touch-icon.png`. */
import type { APIRoute } from 'astro';
import { getCanvasKit } from './canvas.ts';
import { drawIcon, TOUCH_ICON_SIZE } from './icons.ts';

export const GET: APIRoute = async () => {
  const png = drawIcon(await getCanvasKit(), TOUCH_ICON_SIZE, { rounded: false });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
