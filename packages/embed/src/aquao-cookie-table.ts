/**
 * `aquao-cookie-table.js`: the second script, for the cookie policy page only. It defines `<aquao-cookie-table>`,
 * which lists what the page's `aquao-consent.js` config declares. Kept out of the main bundle, which every page
 * view downloads.
 */
import '@aquao/consent-banner/cookie-table';
