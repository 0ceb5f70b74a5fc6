import { Problems } from '../common/app-error';
import { readBundle, recordKey } from './bundle';

const problemsOf = async (body: unknown): Promise<string[]> => {
  const problems = new Problems();
  await readBundle(body, problems);
  return problems.kept.map((d) => `${d.path}: ${d.message}`);
};

const source = (clientId: string) => ({ clientId, name: 'AFP', kind: 'news_agency' });

describe('readBundle', () => {
  it.each<[string, unknown, string[]]>([
    ['a JSON bundle', { sources: [source('a'), source('b')] }, []],
    ['NDJSON lines', { ndjson: [{ line: 1, value: { record: 'source', ...source('a') } }] }, []],
    ['no records', {}, ['body: holds no records']],
    ['a list for a body', [source('a')], ['body: must be a bundle { sources, documents, events, claims } or NDJSON lines, each with "record": source, document, event or claim']],
    ['an unknown kind', { people: [] }, ['people: is not a known field; a bundle has sources, documents, events and claims']],
    ['a kind that is not a list', { sources: source('a') }, ['sources: must be a list']],
    ['a record that is not an object', { sources: ['AFP'] }, ['sources[0]: must be an object']],
    ['a field wrong, named by record', { sources: [source('a'), { ...source('b'), kind: 'blog' }] }, ['sources[1].kind: must be one of armed_group, government, military, police, state_media, media, news_agency, ngo, international_org, intelligence, witness, social_account, other']],
    ['a client id used twice', { sources: [source('a'), source('a')] }, ['sources[1].clientId: "a" is used by sources[0] too']],
    ['an NDJSON line of no known record', { ndjson: [{ line: 3, value: { record: 'person' } }] }, ['line 3: record: must be one of source, document, event, claim']],
    ['an NDJSON field wrong, named by line', { ndjson: [{ line: 2, value: { record: 'source', clientId: 'a', kind: 'media' } }] }, ['line 2: name: must be a string']],
  ])('%s', async (_, body, expected) => {
    expect(await problemsOf(body)).toEqual(expected);
  });

  it('keeps each record with its place, and tells the same record sent again by its digest', async () => {
    const [first] = (await readBundle({ sources: [source('a')] })).incoming;
    const [again] = (await readBundle({ ndjson: [{ line: 9, value: { record: 'source', ...source('a') } }] })).incoming;
    const [other] = (await readBundle({ sources: [{ ...source('a'), name: 'Reuters' }] })).incoming;
    expect([first.kind, first.at, first.record.clientId]).toEqual(['source', 'sources[0]', 'a']);
    expect(again.at).toBe('line 9');
    expect(again.digest).toBe(first.digest);
    expect(other.digest).not.toBe(first.digest);
  });

  it('keeps the valid records and names the client ids of the invalid ones, so their references are not reported again', async () => {
    const problems = new Problems();
    const read = await readBundle({ sources: [source('a'), { ...source('b'), kind: 'blog' }] }, problems);
    expect(read.incoming.map((r) => r.record.clientId)).toEqual(['a']);
    expect([...read.invalid]).toEqual([recordKey('source', 'b')]);
    expect(problems.total).toBe(1);
  });
});
