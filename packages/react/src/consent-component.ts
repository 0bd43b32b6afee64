/**
 * One React component per aquao-consent element, made the same way: it renders the bare tag and hands the element
 * its settings as **properties**, from a ref, in a layout effect. React cannot be trusted to do it: React 18 sets
 * only attributes on custom elements, and React 19 skips their properties while hydrating server-rendered markup
 * (Next), so `manager`, an object, would never arrive and the element would render nothing.
 */
import { createElement, forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef, type ForwardRefExoticComponent, type RefAttributes } from 'react';
import type { AquaoConsentCustomizeEvent } from '@aquao/consent-banner';

/** The settings an element may take, by name; each component accepts those its element has. */
type SettingName =
  | 'manager'
  | 'language'
  | 'texts'
  | 'privacyPolicyUrl'
  | 'cookiePolicyUrl'
  | 'controller'
  | 'theme'
  | 'headingLevel';

/** A component's props: its element's settings, and `onCustomize` for `aquao-consent-customize`. */
export type ConsentComponentProps<E extends HTMLElement> = Partial<Pick<E, Extract<keyof E, SettingName>>> & {
  /**
   * `aquao-consent-customize`: a button that opens the preferences was pressed. `event.preventDefault()` stops the
   * default (the first `<aquao-consent-preferences>` of the document is shown), to open your own panel.
   */
  onCustomize?: (event: AquaoConsentCustomizeEvent) => void;
};

/** The layout effect in the browser (settings arrive before the first paint); nothing to do on a server. */
const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** The component for `tag`; its ref is the element itself (`show()`, `hide()`). */
export function consentComponent<E extends HTMLElement>(
  tag: string,
  displayName: string,
): ForwardRefExoticComponent<ConsentComponentProps<E> & RefAttributes<E>> {
  // Typed loosely inside (the props of a generic element); the signature above is what users see.
  type Props = { onCustomize?: (event: AquaoConsentCustomizeEvent) => void; [setting: string]: unknown };
  const component = forwardRef<E, Props>(({ onCustomize, ...settings }, ref) => {
    const element = useRef<E>(null);
    useImperativeHandle(ref, () => element.current!, []);
    // Every render: an element compares each value it is given with the one it has, and re-renders only on change.
    useBrowserLayoutEffect(() => {
      Object.assign(element.current!, settings);
    });
    useEffect(() => {
      const target = element.current!;
      if (!onCustomize) return;
      target.addEventListener('aquao-consent-customize', onCustomize as EventListener);
      return () => target.removeEventListener('aquao-consent-customize', onCustomize as EventListener);
    }, [onCustomize]);
    return createElement(tag, { ref: element });
  });
  component.displayName = displayName;
  return component as unknown as ForwardRefExoticComponent<ConsentComponentProps<E> & RefAttributes<E>>;
}
