import Database from 'better-sqlite3';
import { Verdict } from './review.entity';
import { disagree, inQueueOrder, QueueReason, queueReason, ReviewState, verdictKind, waitsOnItsOwn } from './verdicts';

const by = (reviewerId: string, verdict: Verdict) => ({ reviewerId, verdict });

describe('verdictKind', () => {
  it.each([
    ['verified', 'holds'],
    ['disputed', 'fails'],
    ['false', 'fails'],
    ['misleading', 'fails'],
    ['unverifiable', 'open'],
    ['contested_no_access', 'open'],
  ] as const)('%s %s', (verdict, kind) => {
    expect(verdictKind(verdict)).toBe(kind);
  });
});

describe('disagree (reviews newest first)', () => {
  it.each([
    ['no review', [], false],
    ['one review', [by('ann', 'verified')], false],
    ['one reviewer changing their mind', [by('ann', 'false'), by('ann', 'verified')], false],
    ['verified against false', [by('bob', 'false'), by('ann', 'verified')], true],
    ['verified against misleading', [by('bob', 'verified'), by('ann', 'misleading')], true],
    ['disputed against false: the same kind', [by('bob', 'disputed'), by('ann', 'false')], false],
    ['verified against unverifiable: open differs from neither', [by('bob', 'unverifiable'), by('ann', 'verified')], false],
    ['contested_no_access against false', [by('bob', 'false'), by('ann', 'contested_no_access')], false],
    ['the latest other reviewer counts, not an older one', [by('bob', 'false'), by('ann', 'false'), by('ann', 'verified')], false],
    ['a later review agreeing with one side settles it', [by('cem', 'false'), by('bob', 'false'), by('ann', 'verified')], false],
    ['a third reviewer reopening it', [by('cem', 'verified'), by('bob', 'false'), by('ann', 'verified')], true],
    ['the same reviewer twice after another', [by('ann', 'verified'), by('ann', 'verified'), by('bob', 'false')], true],
  ] as const)('%s', (_, reviews, expected) => {
    expect(disagree(reviews)).toBe(expected);
  });
});

const state = (status: string, needsReReview = false, reviewDisagreement = false): ReviewState => ({ status, needsReReview, reviewDisagreement });

describe('queueReason: "waiting for review", defined once', () => {
  it.each([
    ['unreviewed', state('unreviewed'), false, 'unreviewed'],
    ['unreviewed, on an open high contradiction', state('unreviewed'), true, 'open_high_contradiction'],
    ['reviewed', state('verified'), false, null],
    ['reviewed, on an open high contradiction', state('verified'), true, 'open_high_contradiction'],
    ['flagged for re-review', state('verified', true), false, 'needs_re_review'],
    ['flagged, with reviewers disagreeing, on an open high contradiction', state('false', true, true), true, 'needs_re_review'],
    ['reviewers disagreeing', state('false', false, true), false, 'reviewer_disagreement'],
    ['reviewers disagreeing, on an open high contradiction', state('false', false, true), true, 'reviewer_disagreement'],
    ['unverifiable: a verdict all the same', state('unverifiable'), false, null],
  ] as const)('%s: %s', (_, claim, onHigh, expected) => {
    expect(queueReason(claim, onHigh)).toBe(expected);
  });

  it('says the same in SQL as in code, for every state a claim can be in', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE c (id INTEGER PRIMARY KEY, status TEXT, needsReReview BOOLEAN, reviewDisagreement BOOLEAN)');
    const states: ReviewState[] = [];
    for (const status of ['unreviewed', 'verified', 'disputed', 'false', 'misleading', 'unverifiable', 'contested_no_access']) {
      for (const needsReReview of [false, true]) for (const reviewDisagreement of [false, true]) states.push({ status, needsReReview, reviewDisagreement });
    }
    const insert = db.prepare('INSERT INTO c VALUES (?, ?, ?, ?)');
    states.forEach((s, id) => insert.run(id, s.status, Number(s.needsReReview), Number(s.reviewDisagreement)));
    const bySql = db.prepare(`SELECT id FROM c WHERE ${waitsOnItsOwn('c').replace(/:yes/g, '1')} ORDER BY id`).all().map((row) => (row as { id: number }).id);
    expect(bySql).toEqual(states.flatMap((s, id) => (queueReason(s, false) === null ? [] : [id])));
    db.close();
  });
});

describe('inQueueOrder', () => {
  it('puts re-reviews first, then disagreements, open high contradictions and the unreviewed, oldest first within each', () => {
    const entries: Array<{ id: string; reason: QueueReason }> = [
      { id: '05', reason: 'unreviewed' },
      { id: '03', reason: 'open_high_contradiction' },
      { id: '04', reason: 'needs_re_review' },
      { id: '01', reason: 'unreviewed' },
      { id: '06', reason: 'reviewer_disagreement' },
      { id: '02', reason: 'needs_re_review' },
    ];
    expect(inQueueOrder(entries).map((e) => `${e.reason}:${e.id}`)).toEqual([
      'needs_re_review:02', 'needs_re_review:04', 'reviewer_disagreement:06', 'open_high_contradiction:03', 'unreviewed:01', 'unreviewed:05',
    ]);
    expect(entries[0].id).toBe('05');
  });
});
