// Renders public/icons/icon.svg (drawn for the project) to the PNG icons the web app manifest names,
// with Debian's Chromium (src/cli/chromium.ts). The PNGs are committed; run again after changing the
// SVG: npm run icons
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../src/cli/chromium';

const DIR = fileURLToPath(new URL('../public/icons/', import.meta.url));
export const ICON_SIZES = [192, 512] as const;

const svg = readFileSync(`${DIR}icon.svg`, 'utf8');
const browser = await launchBrowser();
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    await page.screenshot({ path: `${DIR}icon-${size}.png`, omitBackground: false });
    await page.close();
  }
} finally {
  await browser.close();
}
