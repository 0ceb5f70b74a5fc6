import { ErrorDetail } from '../common/app-error';
import { FacetValue, isoTime } from '../common/columns';
import { newId } from '../common/ids';
import { canonicalValue, EMPTY_VOCABULARY, Vocabulary } from './canonical';
import { Claim } from './claim.entity';
import { FacetDto } from './dto/create-claim.dto';
import { AttributeRule, facetValueProblem } from './facet-value';
import { Facet } from './facet.entity';
import { fold } from './fold';


/**
 * A claim's facets as rows, each checked against its attribute and read into its comparable key;
 * every problem is named by the facet's position (`facets[2].value`) under `path`.
 */
export function facetRows(
  claim: Pick<Claim, 'id' | 'eventId' | 'sourceId'>,
  inputs: FacetDto[],
  rules: Map<string, AttributeRule>,
  vocabulary: Vocabulary | null,
  path = '',
): { rows: Facet[]; problems: ErrorDetail[] } {
  const problems: ErrorDetail[] = [];
  const rows = inputs.map((input, index): Facet => {
    const at = `${path}facets[${index}]`;
    const rule = rules.get(input.attribute);
    const value = (input.value === undefined && rule?.kind === 'boolean' ? true : input.value) as FacetValue;
    const before = problems.length;
    if (!rule) {
      problems.push({ path: `${at}.attribute`, message: `unknown attribute "${input.attribute}"; GET /attributes lists them` });
    } else {
      const problem = facetValueProblem(rule, value);
      if (problem) problems.push({ path: `${at}.value`, message: problem });
      if (input.exclusive && rule.kind !== 'set') problems.push({ path: `${at}.exclusive`, message: 'only a set attribute can be exclusive' });
    }
    const from = isoTime(input.timeScope?.from);
    const to = isoTime(input.timeScope?.to);
    if (from && to && to < from) problems.push({ path: `${at}.timeScope.to`, message: 'must not be before from' });
    const subject = input.subject?.trim() || null;
    const canonical = rule && problems.length === before
      ? canonicalValue(rule.kind, rule.name, value, vocabulary ?? EMPTY_VOCABULARY)
      : { valueKey: '', valueText: '', rangeMin: null, rangeMax: null };
    return {
      id: newId(),
      claimId: claim.id,
      eventId: claim.eventId,
      claimantId: claim.sourceId,
      ordinal: index,
      attribute: input.attribute,
      subject,
      subjectKey: subject ? fold(subject) : '',
      value,
      ...canonical,
      polarity: input.polarity ?? 'asserted',
      exclusive: input.exclusive ?? false,
      timeFrom: from,
      timeTo: to,
    };
  });
  return { rows, problems };
}
