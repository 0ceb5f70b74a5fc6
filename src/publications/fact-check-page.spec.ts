import { FactCheck, renderFactCheck, scriptJson } from './fact-check-page';

const HOSTILE = '</script><script>window.__pwned = 1</script> & <b>bold</b>';

function page(overrides: Partial<FactCheck> = {}): FactCheck {
  return {
    url: 'https://checks.example.org/fact-checks/0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a',
    claim: { text: `The situation is under control ${HOSTILE}`, quote: null, statedAt: '2024-09-17T09:00:00.000Z', voicedBy: `Army spokesman Idris Bako ${HOSTILE}` },
    claimant: { name: `General Diarra ${HOSTILE}`, url: 'javascript:alert(1)' },
    document: { title: 'ORTM evening news', url: 'https://ortm.ml/news', publishedAt: null },
    verdict: 'disputed',
    rationale: `AFP heard gunfire until the afternoon\n${HOSTILE}`,
    reviewedAt: '2024-09-18T10:00:00.000Z',
    publishedAt: '2024-09-18T11:00:00.000Z',
    evidence: [{ label: 'AFP dispatch', url: 'https://afp.example/dispatch' }, { label: 'data:text/html,x', url: 'data:text/html,x' }],
    contradictions: [{ attribute: 'outcome', subject: null, kind: 'category_conflict', severity: 'high', status: 'open', explanation: `JNIM says success; the army says neutralized ${HOSTILE}` }],
    organization: { name: 'Crosscheck', url: 'https://crosscheck.example.org' },
    jsonLd: { claimReviewed: HOSTILE } as never,
    ...overrides,
  };
}

describe('scriptJson', () => {
  it('writes JSON that cannot end its script element, and parses back to the same value', () => {
    const value = { text: HOSTILE, line: 'a\u2028b' };
    const text = scriptJson(value).text;
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('renderFactCheck', () => {
  const text = renderFactCheck(page());

  it('escapes every value: no markup from the data, one script element, and it is JSON-LD', () => {
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<b>');
    expect(text.match(/<script/g)).toEqual(['<script']);
    expect(text).toContain('<script type="application/ld+json">');
    const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(text)![1];
    expect(JSON.parse(jsonLd)).toEqual({ claimReviewed: HOSTILE });
  });

  it('links only http(s) URLs', () => {
    expect(text).toContain('href="https://afp.example/dispatch"');
    expect(text).toContain('href="https://ortm.ml/news"');
    expect(text).not.toMatch(/href="(javascript|data):/);
  });

  it('shows the verdict in words, the rationale, the time said and the contradictions', () => {
    expect(text).toContain('Verdict: Disputed');
    expect(text).toContain('AFP heard gunfire until the afternoon');
    expect(text).toContain('datetime="2024-09-17T09:00:00.000Z"');
    expect(text).toContain('JNIM says success; the army says neutralized');
    expect(text).toContain('Content-Security-Policy');
  });

  it('names who voiced the claimant beside it, escaped, and nothing when no one is named', () => {
    expect(text).toContain('(voiced by <span class="voiced-by">Army spokesman Idris Bako &lt;/script&gt;');
    const unvoiced = renderFactCheck(page({ claim: { ...page().claim, voicedBy: null } }));
    expect(unvoiced).not.toContain('voiced by');
  });

  it('says so when nothing contradicts the claim and no evidence was linked', () => {
    const quiet = renderFactCheck(page({ contradictions: [], evidence: [] }));
    expect(quiet).toContain('The report shows no contradiction on this claim.');
    expect(quiet).toContain('No evidence was linked.');
  });
});
