// Takes the README's and the docs' screenshots of the demo, with the project's own browser and server:
// `npm run screenshots` (after `npm run build`). Desktop (1280 × 800) and phone (320 × 640) layouts, each with
// the first layer and the preferences.
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from './browser.mjs';
import { startDemoServer } from './serve-demo.mjs';

const server = await startDemoServer(0);
const base = `http://localhost:${server.address().port}`;
const browser = await launchBrowser();
await mkdir('docs/images', { recursive: true });
const openPreferences = async (page) => {
  await page.locator('aquao-consent-banner [part~="customize-button"]').click();
  await page.locator('aquao-consent-preferences dialog[open]').waitFor();
  await page.mouse.move(0, 0); // no hover effect left on the button under the click
};
const PHONE = { width: 320, height: 640 };
try {
  const shoot = async (name, { width = 1280, height = 800, action } = {}) => {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.locator('aquao-consent-banner [part~="banner"]').waitFor();
    if (action) await action(page);
    await page.screenshot({ path: `docs/images/${name}.png` });
    await context.close();
    console.log(`docs/images/${name}.png`);
  };
  await shoot('demo-banner');
  await shoot('demo-banner-mobile', PHONE);
  await shoot('demo-preferences', { action: openPreferences });
  await shoot('demo-preferences-mobile', { ...PHONE, action: openPreferences });
  // The demo declares a light design only, so its banner stays light ("theme": "auto"); "theme": "dark" forces it.
  await shoot('demo-banner-dark', {
    action: async (page) => {
      await page.locator('aquao-consent-banner').evaluate((banner) => {
        banner.theme = 'dark';
        return banner.updateComplete;
      });
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
