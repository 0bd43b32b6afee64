// The banner's buttons (banner-finder.ts), found by accessible name. Through the package's public entry, as users
// import it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bannerNameTier } from '@aquao/consent-scanner';

describe('banner buttons, by accessible name', () => {
  test('the names of the common banners, French and English, with icons, labels and separators around them', () => {
    const reject = ['Tout refuser', '✗ Tout refuser', 'Cookies : Tout refuser', 'Je refuse', 'Continuer sans accepter →', 'Non merci', 'REJECT ALL', 'Only necessary', 'Refuser'];
    const accept = ['Tout accepter', 'Cookies : Tout accepter', 'J’accepte', "J'ACCEPTE", 'OK pour moi', "C'est bon.", 'Accepter & Fermer: Accepter nos traitements de données', 'Allow all cookies', "That's ok", 'Accept'];
    assert.deepEqual(reject.filter((n) => bannerNameTier('reject', n) < 0), []);
    assert.deepEqual(accept.filter((n) => bannerNameTier('accept', n) < 0), []);
    assert.deepEqual([bannerNameTier('reject', 'Tout refuser'), bannerNameTier('reject', 'Refuser')], [0, 1], 'several words before one');
  });
  test('not the other buttons of a banner or a page', () => {
    for (const name of ['Personnaliser', 'Politique de confidentialité', 'Accepter les conditions générales', 'Refuser la livraison', 'Tout accepter ou refuser ?', 'En savoir plus']) {
      assert.deepEqual([name, bannerNameTier('reject', name), bannerNameTier('accept', name)], [name, -1, -1]);
    }
  });
});
