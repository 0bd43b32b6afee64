// robots.txt (robots.ts): RFC 9309's groups and matching. Through the package's public entry, as users import it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRobots } from '@aquao/consent-scanner';

describe('robots.txt (RFC 9309)', () => {
  const robots = parseRobots(
    [
      'User-agent: googlebot',
      'Disallow: /',
      '',
      'User-agent: *',
      'Disallow: /private',
      'Allow: /private/ok',
      'Disallow: /*.php$',
      'Disallow: /tie',
      'Allow: /tie',
      'Disallow:',
      'Sitemap: /sitemap-index.xml',
    ].join('\n'),
    'aquao-consent-scan',
    'https://www.shop.fr/',
  );
  test('our group is `*` when none names us; the longest match wins, allow wins a tie', () => {
    assert.equal(robots.isAllowed('/'), true);
    assert.equal(robots.isAllowed('/private/x'), false);
    assert.equal(robots.isAllowed('/private/ok/page'), true);
    assert.equal(robots.isAllowed('/index.php'), false);
    assert.equal(robots.isAllowed('/index.php?x=1'), true, '$ anchors the end');
    assert.equal(robots.isAllowed('/tie/x'), true, 'allow wins a tie');
    assert.deepEqual(robots.sitemaps, ['https://www.shop.fr/sitemap-index.xml']);
  });
  test('a group naming us replaces `*`, case-insensitively', () => {
    const ours = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: AQUAO-CONSENT-SCAN\nDisallow: /admin', 'aquao-consent-scan', 'https://x.fr/');
    assert.equal(ours.isAllowed('/'), true);
    assert.equal(ours.isAllowed('/admin/x'), false);
  });
});
