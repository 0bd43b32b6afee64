/**
 * Finds a consent banner's refuse or accept button and clicks it, as a visitor would: this project's banner by its
 * part names, any other by role and accessible name, in French and English. The names are those the common banners
 * use (vanilla-cookieconsent, tarteaucitron, Klaro, Axeptio, Didomi, OneTrust, Cookiebot), so the finder works on
 * sites that do not use aquao-consent.
 */
import type { Frame, Locator, Page } from 'playwright-core';

export type BannerAction = 'reject' | 'accept';

export interface BannerClick {
  /** Whether a button was found (and clicked). */
  readonly found: boolean;
  /** The consent tool the button belongs to, when it is one the finder recognises. */
  readonly tool?: string;
  /** The button's accessible name, as clicked. */
  readonly label?: string;
}

/** This project's banner: its buttons are named by `part` in its shadow DOM (playwright's CSS pierces it). */
const PROJECT_BUTTONS: Record<BannerAction, string> = {
  reject: 'aquao-consent-banner [part~="reject-button"]',
  accept: 'aquao-consent-banner [part~="accept-button"]',
};

/** Button names, lower case, without punctuation around them; `'` stands for both apostrophes. */
const NAMES: Record<BannerAction, readonly string[]> = {
  reject: [
    // French
    'tout refuser', 'refuser tout', 'refuser', 'je refuse', 'refuser tous les cookies', 'refuser les cookies',
    'refuser et fermer', 'tout rejeter', 'rejeter tout', 'rejeter', 'continuer sans accepter', 'non merci',
    'accepter uniquement les cookies nécessaires', 'uniquement les cookies nécessaires', 'cookies nécessaires uniquement',
    'refuser les cookies non essentiels', 'tout refuser et fermer',
    // English
    'reject all', 'reject', 'reject all cookies', 'reject and close', 'decline', 'decline all', 'i decline', 'deny',
    'deny all', 'deny all cookies', 'refuse all', 'disagree', 'disagree and close', 'no thanks', 'no, thanks',
    'necessary only', 'only necessary', 'only necessary cookies', 'use necessary cookies only',
    'accept only necessary cookies', 'accept necessary cookies only', 'allow necessary cookies only',
    'continue without accepting', 'continue without agreeing',
  ],
  accept: [
    // French
    'tout accepter', 'accepter tout', 'accepter', "j'accepte", 'accepter tous les cookies', 'accepter les cookies',
    'accepter et fermer', 'accepter & fermer', 'accepter et continuer', 'tout autoriser', 'autoriser tous les cookies',
    'ok pour moi', "c'est bon", "d'accord",
    // English
    'accept all', 'accept', 'accept all cookies', 'accept cookies', 'accept and close', 'allow all', 'allow all cookies',
    'allow cookies', 'agree', 'i agree', 'agree and close', 'i accept', 'ok for me', "that's ok", 'ok, accept all',
  ],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * One pattern per action: the whole name, allowing icons and punctuation around it («✗ Tout refuser»), and a label
 * before or after a separator (tarteaucitron's «Cookies : Tout refuser», Didomi's «Accepter & Fermer: Accepter nos
 * traitements…»).
 */
const namePattern = (names: readonly string[]): RegExp =>
  new RegExp(
    `^(?:.*[:|–—]\\s*)?[^\\p{L}\\p{N}]*(?:${names
      .map((n) => escape(n).replace(/'/g, "['’]").replace(/ /g, '\\s+').replace(/&/g, '(?:&|et|and)'))
      .join('|')})[^\\p{L}\\p{N}]*(?:[:|–—].*)?$`,
    'iu',
  );
/**
 * Two tiers per action: names of several words first («Tout refuser»), then single words («Refuser», «Accept»), which
 * other buttons of a page could also carry.
 */
const tiers = (names: readonly string[]): RegExp[] => [
  namePattern(names.filter((n) => n.includes(' '))),
  namePattern(names.filter((n) => !n.includes(' '))),
];
const PATTERNS: Record<BannerAction, RegExp[]> = { reject: tiers(NAMES.reject), accept: tiers(NAMES.accept) };

/** The tier (0: several words, 1: one word) at which an accessible name counts as this action's button, or -1. */
export const bannerNameTier = (action: BannerAction, name: string): number => PATTERNS[action].findIndex((p) => p.test(name));

/** The consent tools recognised by their banner's root element, for the report. */
const TOOLS: readonly (readonly [selector: string, name: string])[] = [
  ['aquao-consent-banner', 'aquao-consent'],
  ['#cc-main', 'vanilla-cookieconsent'],
  ['#tarteaucitronRoot', 'tarteaucitron'],
  ['.klaro', 'Klaro'],
  ['#axeptio_overlay, .axeptio_widget', 'Axeptio'],
  ['#didomi-host', 'Didomi'],
  ['#onetrust-consent-sdk', 'OneTrust'],
  ['#CybotCookiebotDialog', 'Cookiebot'],
];

/** The first visible button or link in this frame whose name matches (this project's button, whatever its text, in tier 0). */
function candidate(frame: Frame, action: BannerAction, tier: number): Locator {
  const name = PATTERNS[action][tier]!;
  const byRole = frame.getByRole('button', { name }).or(frame.getByRole('link', { name }));
  return (tier === 0 ? frame.locator(PROJECT_BUTTONS[action]).or(byRole) : byRole).filter({ visible: true }).first();
}

async function describe(button: Locator): Promise<BannerClick> {
  const { label, tool } = await button.evaluate((el, tools) => {
    // Inside a shadow root, `closest` stops at the root: climb to the host.
    let tool: string | undefined;
    for (let node: Element | null = el; node && !tool; node = (node.getRootNode() as ShadowRoot).host ?? null) {
      tool = tools.find(([selector]) => node!.closest(selector))?.[1];
    }
    const label = (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim();
    return { label, tool };
  }, TOOLS as [string, string][]);
  return { found: true, label, ...(tool ? { tool } : {}) };
}

/**
 * Waits for the banner's button (in the page or any of its frames), up to `timeoutMs`, and clicks it.
 * @returns what was clicked, or `{ found: false }` when no banner showed up in time.
 */
export async function clickBannerButton(page: Page, action: BannerAction, timeoutMs: number): Promise<BannerClick> {
  const deadline = Date.now() + timeoutMs;
  do {
    for (let tier = 0; tier < PATTERNS[action].length; tier++) {
      for (const frame of page.frames()) {
        const button = candidate(frame, action, tier);
        if (!(await button.count().catch(() => 0))) continue;
        const click = await describe(button).catch(() => undefined);
        // A banner can be re-rendered between finding and clicking: then look again.
        // On a busy machine a click can take a while to be possible (the button must be stable and receive events).
        const timeout = Math.max(2000, deadline - Date.now());
        if (click && (await button.click({ timeout }).then(() => true, () => false))) return click;
      }
    }
    await page.waitForTimeout(150);
  } while (Date.now() < deadline);
  return { found: false };
}
