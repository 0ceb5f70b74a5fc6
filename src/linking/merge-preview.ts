/** What a merge would change, shown to the desk before it confirms. */
export interface ContradictionLine { attribute: string; subject: string | null; explanation: string; status: string }

export interface MergePreview {
  claimsMoved: Array<{ id: string; text: string }>;
  contradictions: {
    /** Found by detection once the claims meet. */
    found: ContradictionLine[];
    /** Gone: its sides now agree, or it was one of two twins and the triaged one stays. */
    gone: ContradictionLine[];
    /** Still there, with its triage. */
    kept: ContradictionLine[];
  };
}

interface Row extends ContradictionLine { identity: string }

const line = ({ attribute, subject, explanation, status }: Row): ContradictionLine => ({ attribute, subject, explanation, status });

/**
 * Contradictions before and after, by identity (the attribute, subject and positions of the event a
 * contradiction is on), not by event: one that moves with its claims to the kept event is kept.
 */
export function contradictionChanges(before: Row[], after: Row[]): MergePreview['contradictions'] {
  const had = new Set(before.map((c) => c.identity));
  const has = new Set(after.map((c) => c.identity));
  return {
    found: after.filter((c) => !had.has(c.identity)).map(line),
    gone: before.filter((c) => !has.has(c.identity)).map(line),
    kept: after.filter((c) => had.has(c.identity)).map(line),
  };
}
