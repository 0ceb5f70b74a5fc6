import { parseEvidence } from './evidence-lines';

const CLAIM = '0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a';

describe('parseEvidence', () => {
  it.each([
    ['nothing', '', { claimIds: [], urls: [] }, []],
    ['blank lines only', '\n  \r\n', { claimIds: [], urls: [] }, []],
    ['a link', 'https://example.org/imagery', { claimIds: [], urls: ['https://example.org/imagery'] }, []],
    ['a plain http link, spaces around it', '  http://example.org/a?b=1&c=2  ', { claimIds: [], urls: ['http://example.org/a?b=1&c=2'] }, []],
    ['a claim id, in capitals', CLAIM.toUpperCase(), { claimIds: [CLAIM], urls: [] }, []],
    ['one of each, with Windows line ends', `${CLAIM}\r\nHTTPS://example.org/x`, { claimIds: [CLAIM], urls: ['HTTPS://example.org/x'] }, []],
    ['a javascript: link', 'javascript:alert(1)', { claimIds: [], urls: [] }, ['evidence line 1']],
    ['a link with a space in it', 'https://example.org/a b', { claimIds: [], urls: [] }, ['evidence line 1']],
    ['words, counted by their line with blanks included', `${CLAIM}\n\nsee the footage`, { claimIds: [CLAIM], urls: [] }, ['evidence line 3']],
    ['an id with a letter missing', CLAIM.slice(1), { claimIds: [], urls: [] }, ['evidence line 1']],
  ] as const)('%s', (_, text, evidence, problemLines) => {
    const parsed = parseEvidence(text);
    expect(parsed.evidence).toEqual(evidence);
    expect(parsed.problems.map((p) => p.path)).toEqual(problemLines);
    for (const problem of parsed.problems) expect(problem.message).toBe('must be a link (http or https) or a claim id');
  });
});
