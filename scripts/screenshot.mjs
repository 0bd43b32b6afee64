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
  // The configurator (README, docs/marketing.md): the demo's config, Matomo and a YouTube video added, the title
  // reworded, the real banner in the preview.
  const context = await browser.newContext({ viewport: { width: 1280, height: 1180 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${base}/configurateur/`);
  await page.getByRole('button', { name: 'Ouvrir la configuration du site' }).click();
  const search = page.getByRole('searchbox', { name: 'Chercher un outil du catalogue' });
  await search.fill('matomo');
  await page.getByRole('button', { name: 'Ajouter Matomo', exact: true }).click();
  await search.fill('vidéo');
  await page.getByRole('button', { name: 'Ajouter YouTube', exact: true }).click();
  await page.getByRole('textbox', { name: 'Titre du bandeau' }).fill('Vos cookies, vos choix');
  await search.focus();
  await page.frameLocator('iframe[title="Aperçu à 1280 px"]').getByText('Vos cookies, vos choix').waitFor();
  await page.frameLocator('iframe[title="Aperçu à 320 px"]').getByText('Vos cookies, vos choix').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/images/configurator.png' });
  await context.close();
  console.log('docs/images/configurator.png');
} finally {
  await browser.close();
  server.close();
}
