/**
 * The live preview: the real banner (the built `aquao-consent.js`) with the edited config, at 320 px and 1280 px side
 * by side, in the language, colour scheme and view chosen. Each valid edit reloads both frames, a moment after the
 * last keystroke; an invalid config leaves the last valid preview, marked as such. See preview-config.ts for what
 * keeps the preview apart from the site's own consent.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { findEntry } from '@aquao/consent-catalogue';
import { servicesOf } from '../model/config-edit.js';
import { PREVIEW_STORAGE_KEY, type PreviewPayload } from '../model/preview-config.js';
import { Panel } from './panel.js';

/** A phone and a laptop: the narrowest width WCAG 1.4.10 asks to work, and a common desktop one. */
const FRAMES = [
  { width: 320, height: 568 },
  { width: 1280, height: 800 },
] as const;
/** Long enough to let a word be typed, short enough to feel live. */
const DEBOUNCE_MS = 300;

@customElement('cfg-preview-panel')
export class PreviewPanel extends Panel {
  @state() private previewLanguage = 'fr';
  @state() private scheme: PreviewPayload['scheme'] = 'light';
  @state() private view: PreviewPayload['view'] = 'banner';
  @state() private version = 0;
  @state() private stale = false;
  /** Each frame's box width, for the scale that fits it. */
  @state() private widths: number[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  private lastFocus?: HTMLElement;
  // Widths only (a box's height follows its width), in the next frame: resizing inside the observer's own delivery
  // would loop (ResizeObserver's «loop completed with undelivered notifications»).
  private readonly resize = new ResizeObserver(() =>
    requestAnimationFrame(() => {
      const widths = Array.from(this.querySelectorAll<HTMLElement>('.frame-box'), (box) => box.clientWidth);
      if (widths.join() !== this.widths.join()) this.widths = widths;
    }),
  );
  private readonly onFocusIn = (event: FocusEvent) => {
    if (!(event.target instanceof HTMLIFrameElement)) this.lastFocus = event.target as HTMLElement;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('focusin', this.onFocusIn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('focusin', this.onFocusIn);
    this.resize.disconnect();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('config') && !changed.has('findings') && !changed.has('previewLanguage') && !changed.has('scheme') && !changed.has('view')) return;
    const valid = !this.findings.some((f) => !f.warning);
    this.stale = !valid;
    if (!valid) return;
    clearTimeout(this.timer);
    const immediate = !this.version || changed.has('previewLanguage') || changed.has('scheme') || changed.has('view');
    if (immediate) this.reload();
    else this.timer = setTimeout(() => this.reload(), DEBOUNCE_MS);
  }

  protected override updated(): void {
    // Sizes go through the CSSOM, never a style attribute (which a strict CSP blocks; styleMap writes one on its
    // first render): each frame at its real width, scaled down to fit its box.
    this.querySelectorAll<HTMLElement>('.frame-box').forEach((box, i) => {
      this.resize.observe(box);
      const { width, height } = FRAMES[i]!;
      const scale = Math.min(1, (this.widths[i] || width) / width);
      box.style.height = `${Math.round(height * scale)}px`;
      const frame = box.querySelector('iframe');
      if (frame) frame.style.transform = `scale(${scale})`;
    });
  }

  /** Hands the config to the preview page and reloads the frames. */
  private reload(): void {
    const embeds = servicesOf(this.config).flatMap(({ category, service }) => {
      const embed = findEntry(String(service.id))?.embed;
      return embed ? [{ purpose: category, service: String(service.id), title: embed.title[this.previewLanguage === 'en' ? 'en' : 'fr'] }] : [];
    });
    const payload: PreviewPayload = { config: this.config, language: this.previewLanguage, scheme: this.scheme, view: this.view, embeds };
    sessionStorage.setItem(PREVIEW_STORAGE_KEY, JSON.stringify(payload));
    this.version++;
  }

  /** The preview opened its preferences dialog, which took the focus: it goes back where the person was. */
  private giveFocusBack(): void {
    setTimeout(() => this.lastFocus?.focus({ preventScroll: true }));
  }

  private choice<T extends string>(label: string, value: T, options: [T, string][], set: (v: T) => void) {
    return html`<div class="segmented" role="group" aria-label=${label}>
      <span aria-hidden="true" class="segmented-label">${label}</span>
      ${options.map(([v, text]) => html`<button type="button" aria-pressed=${v === value ? 'true' : 'false'} @click=${() => set(v)}>${text}</button>`)}
    </div>`;
  }

  override render() {
    const t = this.t;
    const languages = [...new Set(['fr', 'en', ...Object.keys(this.config.texts ?? {})])];
    return html`<h2 id="preview-title">${t.preview}</h2>
      <p class="help">${t.previewIntro}</p>
      <div class="preview-controls">
        ${this.choice(t.previewLanguage, this.previewLanguage, languages.map((l) => [l, l.toUpperCase()]), (v) => (this.previewLanguage = v))}
        ${this.choice(t.previewScheme, this.scheme, [['light', t.light], ['dark', t.dark]], (v) => (this.scheme = v))}
        ${this.choice(t.previewView, this.view, [['banner', t.viewBanner], ['preferences', t.viewPreferences]], (v) => (this.view = v))}
      </div>
      <p role="status" class="status">${this.stale ? t.previewStale : nothing}</p>
      <div class="frames">
        ${FRAMES.map(
          ({ width, height }) => html`<figure class="frame frame-${width}">
            <figcaption>${t.previewFrame(width)}</figcaption>
            <div class="frame-box">
              ${this.version
                ? html`<iframe title=${t.previewFrame(width)} width=${width} height=${height} src="preview.html?v=${this.version}"
                    @aquao-preview-focus=${this.giveFocusBack}></iframe>`
                : nothing}
            </div>
          </figure>`,
        )}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cfg-preview-panel': PreviewPanel;
  }
}
