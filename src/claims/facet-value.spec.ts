import { AttributeRule, facetValueProblem } from './facet-value';

const quantity: AttributeRule = { name: 'fatalities', kind: 'quantity', allowedValues: null };
const outcome: AttributeRule = { name: 'outcome', kind: 'category', allowedValues: ['success', 'partial', 'repelled'] };
const targets: AttributeRule = { name: 'targets', kind: 'set', allowedValues: null };
const occurred: AttributeRule = { name: 'occurred', kind: 'boolean', allowedValues: null };

describe('facetValueProblem', () => {
  it.each([
    [quantity, 300],
    [quantity, 'about 300'],
    [quantity, { min: 100, max: 300 }],
    [quantity, { min: 500, max: null }],
    [quantity, { min: 500 }],
    [outcome, 'Success'],
    [outcome, 'repelled'],
    [targets, ['military airport', 'gendarmerie school']],
    [occurred, false],
  ])('%p accepts %p', (rule, value) => {
    expect(facetValueProblem(rule, value)).toBeNull();
  });

  it.each([
    [quantity, -1, /0 or more/],
    [quantity, ['a'], /is a quantity/],
    [quantity, true, /is a quantity/],
    [quantity, { min: 300, max: 100 }, /max must not be below min/],
    [quantity, { min: 1, max: 2, extra: 3 }, /a range must be/],
    [quantity, '', /words of 1 to/],
    [quantity, 'banana', /cannot read "banana" as a quantity/],
    [outcome, 'victory', /outcome must be one of success, partial, repelled/],
    [outcome, 3, /is a category/],
    [targets, 'airport', /is a set/],
    [targets, [], /is a set/],
    [targets, ['airport', 4], /item 1/],
    [occurred, 'yes', /true or false/],
  ])('%p refuses %p', (rule, value, message) => {
    expect(facetValueProblem(rule, value)).toMatch(message);
  });
});
