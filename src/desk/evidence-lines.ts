import { ErrorDetail } from '../common/app-error';
import { UUID_PATTERN } from '../common/ids';
import { EvidenceDto } from '../reviews/dto/create-review.dto';

/** Evidence as a reviewer types it, one per line: a link (http or https), or the id of another claim. Blank lines are skipped. */
export function parseEvidence(text: string): { evidence: Required<Pick<EvidenceDto, 'claimIds' | 'urls'>>; problems: ErrorDetail[] } {
  const evidence: Required<Pick<EvidenceDto, 'claimIds' | 'urls'>> = { claimIds: [], urls: [] };
  const problems: ErrorDetail[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    if (UUID_PATTERN.test(line.toLowerCase())) evidence.claimIds.push(line.toLowerCase());
    else if (/^https?:\/\/\S+$/i.test(line)) evidence.urls.push(line);
    else problems.push({ path: `evidence line ${index + 1}`, message: 'must be a link (http or https) or a claim id' });
  });
  return { evidence, problems };
}
