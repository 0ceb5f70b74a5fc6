import { analyse } from './analyse';
import { opensOnOtherIncident } from './other-incident';

/** Statements that open on another incident give no facet of the event (other-incident.ts); sentences written for this spec. */
describe('a statement opening on another incident', () => {
  const opens = (sentence: string) => opensOnOtherIncident(analyse(sentence).tokens, 0);

  it.each([
    'Another air strike on a market in the north killed nine people on Sunday.',
    'Another raid, near the border, left 14 dead.',
    'In a separate attack, gunmen killed four farmers.',
    'In other operations last week, troops arrested 40 suspects.',
    'In another deadly bombing, a car exploded outside a bank.',
    'Two days earlier, a bus carrying pilgrims hit a mine.',
  ])('reads another incident in %s', (sentence) => {
    expect(opens(sentence)).toBe(true);
  });

  it.each([
    'Another 20 people were wounded, the hospital said.',
    'Another survivor said the gunmen fired on everyone.',
    'Other residents said the dead numbered more than 40.',
    'Hours earlier, the army had said the attack was repelled.',
    'The strike killed 12 people, another official said.',
  ])('reads the event in %s', (sentence) => {
    expect(opens(sentence)).toBe(false);
  });
});
