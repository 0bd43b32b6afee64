// Takes the README's and the docs' screenshots of the demo, with the project's own browser and server:
// `npm run screenshots` (after `npm run build`).
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from './browser.mjs';
import { startDemoServer } from './serve-demo.mjs';

const server = await startDemoServer(0);
const base = `http://localhost:${server.address().port}`;
const browser = await launchBrowser();
await mkdir('docs/images', { recursive: true });
try {
  const shoot = async (name, { width = 1280, height = 800, colorScheme = 'light', action } = {}) => {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.locator('aquao-consent-banner [part~="banner"]').waitFor();
    if (action) await action(page);
    await page.screenshot({ path: `docs/images/${name}.png` });
    await context.close();
    console.log(`docs/images/${name}.png`);
  };
  await shoot('demo-banner');
  await shoot('demo-banner-dark', { colorScheme: 'dark' });
  await shoot('demo-banner-mobile', { width: 320, height: 640 });
  await shoot('demo-preferences', {
    action: async (page) => {
      await page.locator('aquao-consent-banner [part~="customize-button"]').click();
      await page.locator('aquao-consent-preferences dialog[open]').waitFor();
    },
  });
} finally {
  await browser.close();
  server.close();
}
