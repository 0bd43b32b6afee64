/**
 * RFC 4122 §4.4 version-4 ids, for consent ids and proof-record ids. `crypto.randomUUID` only exists in secure
 * contexts; plain-http sites get the same shape from `crypto.getRandomValues`, which exists everywhere.
 */
export const uuid = (): string =>
  crypto.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16),
  );
