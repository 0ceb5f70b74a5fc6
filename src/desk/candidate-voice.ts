import { given } from './respond';
import { CandidateDraft } from './views/extract.view';

/**
 * The role extraction found beside a known party ("army spokesman Idris Bako") is the voice of the party
 * it resolved the speaker to. An editor who chooses another claimant says that party did not speak here,
 * so the role does not follow: a spokesman pinned on the wrong party is worse than a claim that names no
 * voice (the claim's page adds one in a step). Undefined when the claim keeps no voice.
 */
export function candidateVoice(draft: Pick<CandidateDraft, 'sourceId' | 'extractedSourceId' | 'role'>): string | undefined {
  if (draft.sourceId === '' || draft.sourceId === 'new' || draft.sourceId !== draft.extractedSourceId) return undefined;
  return given(draft.role);
}
