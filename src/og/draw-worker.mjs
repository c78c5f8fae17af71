// A worker thread that draws share cards with astro-og-canvas, so a build with many new cards
// draws them on every core (render.ts sends it the library's options, fitted title included).
// Plain JavaScript: worker threads load files as Node does, without Astro's TypeScript loader.
import { parentPort } from 'node:worker_threads';
import { generateOpenGraphImage } from 'astro-og-canvas';

// The library logs every font it loads; the main thread already reports what was drawn.
console.debug = () => {};

parentPort?.on('message', async ({ id, options }) => {
  try {
    const png = await generateOpenGraphImage(options);
    parentPort?.postMessage({ id, png: new Uint8Array(png) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
