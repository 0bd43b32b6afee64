/**
 * French typography mended as the text is typed, with the rules the banner applies and `aquao-consent check --fix`
 * mends (one home: the core's `french-typography.ts`, through the embed's validation build). The caret stays where
 * it was: a marker character goes in at the caret, the rules run, and the caret goes where the marker ended up.
 * The marker is not a space, so a «:» just typed at the end waits for what follows («10:30», «https://») before it
 * gets its no-break space.
 */
import { fixFrench } from '@aquao/consent-embed/validate';

/** A private-use character: no text a person types holds it. */
const CARET = '\ue000';

export interface Typed {
  readonly value: string;
  readonly caret: number;
}

/** `value` mended, with the caret moved along; the same value and caret when there was nothing to mend. */
export function mendAsTyped(value: string, caret: number = value.length): Typed {
  if (value.includes(CARET)) return { value, caret };
  const { fixed } = fixFrench(value.slice(0, caret) + CARET + value.slice(caret));
  const at = fixed.indexOf(CARET);
  return { value: fixed.replace(CARET, ''), caret: at };
}

/** The whole text mended, once the field is left (the end of the text is no longer being typed). */
export const mendLeft = (value: string): string => fixFrench(value).fixed;
