/**
 * Cookie lifetimes in both languages, written the same way in every entry. French puts a no-break space between a
 * number and its unit, so «13 mois» never breaks across lines.
 */
import type { Texts } from './types.js';

const NBSP = '\u00a0';

const unit =
  (fr: [string, string], en: [string, string]) =>
  (n: number): Texts => ({
    fr: `${n}${NBSP}${n === 1 ? fr[0] : fr[1]}`,
    en: `${n} ${n === 1 ? en[0] : en[1]}`,
  });

export const seconds = unit(['seconde', 'secondes'], ['second', 'seconds']);
export const minutes = unit(['minute', 'minutes'], ['minute', 'minutes']);
export const hours = unit(['heure', 'heures'], ['hour', 'hours']);
export const days = unit(['jour', 'jours'], ['day', 'days']);
export const months = unit(['mois', 'mois'], ['month', 'months']);
export const years = unit(['an', 'ans'], ['year', 'years']);

/** A cookie with no expiry: the browser drops it when it closes. */
export const SESSION: Texts = { fr: 'session (jusqu’à la fermeture du navigateur)', en: 'session (until the browser closes)' };


/** Web Storage has no expiry: `localStorage` keeps a key until it is deleted, `sessionStorage` until the tab closes. */
export const STORAGE_LIFETIME: Readonly<Record<'localStorage' | 'sessionStorage', Texts>> = {
  localStorage: { fr: 'jusqu’à effacement (stockage local)', en: 'until deleted (local storage)' },
  sessionStorage: { fr: 'jusqu’à la fermeture de l’onglet (stockage de session)', en: 'until the tab closes (session storage)' },
};
