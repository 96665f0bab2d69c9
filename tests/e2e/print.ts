// Printed pages in the browser tests: how much ink a page (a PNG from pdftoppm) has, drawn and counted
// in the browser itself.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Share of pixels that are not near-white in a PNG, measured by drawing it in the browser. */
export async function inkShare(page: Page, png: string): Promise<number> {
  const data = `data:image/png;base64,${readFileSync(png).toString('base64')}`;
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i]! < 200 || px[i + 1]! < 200 || px[i + 2]! < 200) ink++;
    return ink / (px.length / 4);
  }, data);
}
