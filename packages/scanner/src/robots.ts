/** robots.txt as RFC 9309 (Robots Exclusion Protocol) reads it, for one product token. */

export interface Robots {
  /** Whether the path (with its query) may be fetched. */
  isAllowed(pathAndQuery: string): boolean;
  /** `Sitemap:` lines, absolute URLs (they apply to every group). */
  readonly sitemaps: readonly string[];
}

interface Rule {
  readonly allow: boolean;
  readonly pattern: string;
  readonly regexp: RegExp;
}

/** RFC 9309 §2.2.3: `*` matches any run of characters, a final `$` anchors the end. */
const toRegExp = (pattern: string): RegExp => {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
};

/** Upper-case percent escapes, so `%2f` and `%2F` compare equal (RFC 9309 §2.2.2). */
const normalizeEscapes = (path: string): string => path.replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase());

/** Everything allowed: what RFC 9309 §2.3.1.3 says when robots.txt is missing (a 4xx). */
export const ALLOW_ALL: Robots = { isAllowed: () => true, sitemaps: [] };
/** Everything disallowed: what RFC 9309 §2.3.1.4 says when robots.txt cannot be read (a 5xx, no answer). */
export const DISALLOW_ALL: Robots = { isAllowed: () => false, sitemaps: [] };

/**
 * @param text the robots.txt body.
 * @param token our product token, matched case-insensitively (RFC 9309 §2.2.1); groups for `*` apply when no group
 *   names it.
 */
export function parseRobots(text: string, token: string, base: string): Robots {
  const groups: { agents: string[]; rules: Rule[] }[] = [];
  const sitemaps: string[] = [];
  let current: { agents: string[]; rules: Rule[] } | undefined;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (key === 'user-agent') {
      // Consecutive user-agent lines share one group (RFC 9309 §2.1).
      if (!current || !lastWasAgent) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (key === 'sitemap') {
      try {
        sitemaps.push(new URL(value, base).href);
      } catch {
        // A malformed sitemap line is ignored, like any line a parser cannot read.
      }
    } else if ((key === 'allow' || key === 'disallow') && current && value) {
      const pattern = normalizeEscapes(value);
      current.rules.push({ allow: key === 'allow', pattern, regexp: toRegExp(pattern) });
    }
  }
  const name = token.toLowerCase();
  const mine = groups.filter((g) => g.agents.includes(name));
  const rules = (mine.length ? mine : groups.filter((g) => g.agents.includes('*'))).flatMap((g) => g.rules);
  return {
    sitemaps,
    isAllowed(pathAndQuery) {
      const path = normalizeEscapes(pathAndQuery || '/');
      let best: Rule | undefined;
      for (const rule of rules) {
        if (!rule.regexp.test(path)) continue;
        // The most specific (longest) rule wins; on a tie, allow wins (RFC 9309 §2.2.2).
        if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) {
          best = rule;
        }
      }
      return best?.allow ?? true;
    },
  };
}
