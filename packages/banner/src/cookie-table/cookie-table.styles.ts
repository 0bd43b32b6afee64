import { css } from 'lit';

/**
 * The cookie table's only styles. It renders into the page (light DOM) so that the site's own styles apply: every
 * selector here is inside `:where()`, of zero specificity, so any rule of the site wins. What it adds: words are never
 * broken (a cookie name only when it alone is wider than the line), and below 36rem of width each row becomes a card
 * whose cells carry their column's name (WCAG 1.4.10 reflow: no sideways scrolling on a phone).
 */
export const cookieTableStyles = css`
  :where(.aquao-cookie-table) {
    container-type: inline-size;
  }
  :where(.aquao-cookie-table) :where(th, td, li) {
    overflow-wrap: normal;
    word-break: normal;
  }
  :where(.aquao-cookie-table) :where(code) {
    overflow-wrap: break-word;
  }
  @container (max-width: 36rem) {
    :where(.aquao-cookie-table) :where(table, caption, tbody, tr, th, td) {
      display: block;
    }
    :where(.aquao-cookie-table) :where(thead) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    :where(.aquao-cookie-table) :where(tr) {
      margin-bottom: 0.75em;
    }
    :where(.aquao-cookie-table) :where(td)::before {
      content: attr(data-label) ': ';
      font-weight: 600;
    }
    :where(.aquao-cookie-table:lang(fr)) :where(td)::before {
      content: attr(data-label) '\\a0: ';
    }
    :where(.aquao-cookie-table) :where(td:empty) {
      display: none;
    }
  }
`;
