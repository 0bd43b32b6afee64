import { expect } from '@open-wc/testing';
import type { DecisionStore } from '@aquao/consent-core';
import { managersFor, validRecord } from './helpers.js';

const CONFIG = { categories: { analytics: {}, marketing: {} } };
const MINUTE = 60e3;
const DAY = 864e5;

/** A store holding the given values, as several cookie copies would. */
const holding = (...records: Array<Record<string, unknown>>): DecisionStore => ({
  read: () => records.map((r) => JSON.stringify(r)),
  write() {},
  remove() {},
});

describe('the stored record', () => {
  const make = managersFor(CONFIG);
  const t = 1_800_000_000_000;

  it('tolerates a clock a few minutes behind, not more: the skew tolerance is not a day', () => {
    const at = (last: number) => make({ now: () => t, store: holding(validRecord({ first: t - DAY, last })) }).hasDecision();
    expect(at(t + 4 * MINUTE), '4 minutes ahead').to.equal(true);
    expect(at(t + 6 * MINUTE), '6 minutes ahead').to.equal(false);
    expect(at(t + 12 * 60 * MINUTE), '12 hours ahead').to.equal(false);
  });

  it('lasts exactly maxAgeDays days, to the millisecond', () => {
    const decided = (days: number, offset: number) =>
      make({ now: () => t + days * DAY + offset, store: holding(validRecord({ first: t, last: t })) }, { ...CONFIG, maxAgeDays: days }).hasDecision();
    expect(decided(182, 0)).to.equal(true);
    expect(decided(182, 1)).to.equal(false);
    expect(decided(1, 0)).to.equal(true);
    expect(decided(1, 1)).to.equal(false);
  });

  it('of several copies, applies the newest valid one; at a tie, the one granting less', () => {
    const grant = validRecord({ first: t - DAY, last: t - 1000, method: 'accept-all', cats: { necessary: true, analytics: true, marketing: true } });
    const refusal = validRecord({ first: t - DAY, last: t - 2000, method: 'reject-all', cats: { necessary: true, analytics: false, marketing: false } });
    const method = (...records: Array<Record<string, unknown>>) => make({ now: () => t, store: holding(...records) }).getState().method;
    expect(method(refusal, grant)).to.equal('accept-all');
    expect(method(grant, refusal)).to.equal('accept-all');
    expect(method({ ...grant, v: 0 }, refusal), 'an invalid newer copy is ignored').to.equal('reject-all');
    const tie = { ...refusal, last: grant.last };
    expect(method(grant, tie)).to.equal('reject-all');
    expect(method(tie, grant)).to.equal('reject-all');
    expect(method({ ...grant, method: 'custom', cats: { necessary: true, analytics: true, marketing: false } }, grant)).to.equal('custom');
    // Grants are counted on the decoded record, not the text: a copy planted with spaces still counts as granting.
    const spaced: DecisionStore = { read: () => [JSON.stringify(grant, null, 1), JSON.stringify(tie)], write() {}, remove() {} };
    expect(make({ now: () => t, store: spaced }).getState().method).to.equal('reject-all');
  });
});
