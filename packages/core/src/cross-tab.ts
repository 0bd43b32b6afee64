/**
 * Tells the site's other open tabs that the decision changed, so their gated content runs or their banner closes
 * without a reload. BroadcastChannel where it exists; everywhere, a tab coming back into view re-reads the cookie,
 * which also covers browsers without BroadcastChannel.
 */
export interface TabSync {
  /** Call after writing the cookie, with the value written (`""` once deleted). */
  notify(value: string): void;
  close(): void;
}

/**
 * @param onOtherTab called with the value another tab wrote, or with nothing when this tab should re-read the cookie.
 * The value travels in the message because a cookie written in one document can reach another document's
 * `document.cookie` a moment later (Chromium caches it per renderer).
 */
export function syncTabs(channelName: string, onOtherTab: (value?: string) => void): TabSync {
  if (typeof document === 'undefined') return { notify() {}, close() {} };
  const channel = globalThis.BroadcastChannel && new BroadcastChannel(channelName);
  if (channel) channel.onmessage = (e) => onOtherTab(e.data);
  const onVisible = () => {
    if (!document.hidden) onOtherTab();
  };
  document.addEventListener('visibilitychange', onVisible);
  return {
    notify: (value) => channel?.postMessage(value),
    close: () => {
      channel?.close();
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}
