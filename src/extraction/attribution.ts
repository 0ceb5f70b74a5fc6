import { Token } from './analyse';
import { isQuoteMark } from './quotes';
import { asideOfOneName, inverted, pastAdjunct, relativeAfter, subjectNotObject, taggedOtherwise } from './asides';
import { ACTS, BE, COURTS, OBJECT_VERBS, SHOWING_VERBS, DENYING_VERBS, LISTENER_VERBS, REPLY_VERBS, REPORTING_VERBS, WELCOMED, TOLL_NOUNS, TOLL_VERBS, WEAK_VERBS, blameAttributed, heldResponsible } from './lexicon';
import { describesStatement, MAX_SPEAKER, phraseRightOf, relativeSubject, trimPunctuation } from './noun-phrases';
import { quotedAs } from './quoted-as';
import { describedThenNamed, namingRelative } from './given-names';
import { contentRightOf, make, REMARK_NOUNS, SUBORDINATORS, WEEKDAY } from './clause-content';
import { answerFollows, asideThenThat, calledVerdict, closingFinding, inRelative, voicedBody } from './verb-frames';
import { accordingTo, appositionAfter, asideComma, calledQuote, clauseStart, closesRelative, nameLeftOf, possessorOf, relativeEnd, seenReport } from './subjects';
export { possessorOf } from './subjects';
export { contentRightOf, make } from './clause-content';
/** A run of tokens [first, last], inclusive. */
export type Span = [number, number];

/** Who says what in one clause: the speaker's words, the statement's words, and how it was said. */
export interface Attribution {
  speaker: Span;
  /** Words set beside the speaker between commas ("Abdoulaye Maiga, the government spokesman, said"). */
  apposition?: Span | null;
  content: Span;
  verb: string;
  denied: boolean;
  form: 'direct_quote' | 'reported';
  /** "on Friday", "on Tuesday evening" said of the statement itself. */
  when: Span | null;
}

const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
const SKIP_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);
const LATER = new Set(['later', 'earlier', 'ago']);
const TIMES = new Set(['minute', 'hour', 'day', 'week', 'month', 'year', 'moment']);

export interface Clause {
  tokens: Token[];
  quoted: boolean[];
  first: number;
  last: number;
}

export function isReportingVerb(t: Token, next: Token | undefined, after: Token[] = []): boolean {
  const lemma = t.lemma;
  // "raised the death toll to 274": a toll changed is a toll stated ("raised the toll, saying ..." leaves it to "saying").
  // "defended the strike as necessary": defending one's own act is a statement; defending a town is not.
  const window = [next, ...after];
  if (TOLL_VERBS.has(lemma) || lemma === 'defend') {
    const at = window.findIndex((x, i) => i < 4 && x !== undefined && (lemma === 'defend' ? ACTS : TOLL_NOUNS).has(x.lower));
    return t.pos === 'VERB' && at >= 0 && (lemma === 'defend' || ![',', '.'].includes(window[at + 1]?.text ?? '.'));
  }
  if (!REPORTING_VERBS.has(lemma)) return t.pos === 'VERB' && heldResponsible(lemma, next, after);
  // "appealed to residents to remain calm", "appealed for calm"; "replied that", "replied on X that", "..., he retorted."
  if (lemma === 'appeal') return t.pos === 'VERB' && (next?.lower === 'to' || next?.lower === 'for') && !after.slice(0, 4).some((x) => COURTS.has(x.lower));
  // "welcomed the release", "welcomed the decision": a welcome in words names a decision or an event within a few words.
  if (lemma === 'welcome') return t.pos === 'VERB' && [next, ...after].slice(0, 4).some((x) => x !== undefined && WELCOMED.has(x.lower));
  if (REPLY_VERBS.has(lemma)) return t.pos === 'VERB' && answerFollows(next, after);
  const shows = SHOWING_VERBS.has(lemma) && next !== undefined && ['DET', 'NOUN', 'NUM', 'ADJ'].includes(next.pos);
  // "air force", "air strike": "air" uninflected and not read as a verb is a noun.
  if (t.pos !== 'VERB' && (!shows || t.lower === 'air')) return false;
  if (lemma === 'put') return next?.lower === 'the' || next?.lower === 'its' || next?.lower === 'their';
  // "who writes under the name Rybar": a pen name, not a report.
  if (lemma === 'write' && next?.lower === 'under') return false;
  // "called for talks", "called on X to", "called it “ridiculous”", "called the attack “a cowardly act”".
  if (lemma === 'call') return next !== undefined && (next.lower === 'for' || next.lower === 'on' || calledQuote(next, after) || calledVerdict(next, after));
  if (WEAK_VERBS.has(lemma) && lemma !== 'add' && lemma !== 'note') return next !== undefined && (next.lower === 'that' || next.text === ':' || isQuoteMark(next) || blameAttributed(lemma, next, after));
  return true;
}

/** The subject a clause opens with, when a verb follows it and no reporting verb comes before `v`. */
function sharedSubject(c: Clause, v: number): Span | null {
  // A subject, its verb and what it did fit in a bounded window: no scan over a whole pathological clause per verb.
  if (v - c.first > 60) return null;
  for (let k = c.first; k < v; k += 1) if (!c.quoted[k] && isReportingVerb(c.tokens[k], c.tokens[k + 1])) return null;
  const subject = phraseRightOf(c, clauseStart(c));
  if (!subject || subject[1] >= v - 2) return null;
  let k = subject[1] + 1;
  while (k < v && ['ADV', 'AUX'].includes(c.tokens[k].pos)) k += 1;
  return c.tokens[k]?.pos === 'VERB' && k < v - 1 && !c.quoted[subject[0]] ? subject : null;
}

/** The attributions in one clause: a reporting verb with its subject, "according to X", or none. */
export function attribute(c: Clause): Attribution | null {
  const { tokens } = c;
  // "Have the dissidents threatened you?": a question asks, it reports no one's words.
  if (tokens[c.last]?.text === '?' && !c.quoted[c.last] && !c.quoted.slice(c.first, c.last).some(Boolean)) return null;
  const according = accordingTo(c);
  // "According to X, ..." at the start names the outer speaker.
  if (according === c.first) {
    let comma = according + 2;
    while (comma <= c.last && tokens[comma].text !== ',' && comma - according < MAX_SPEAKER) comma += 1;
    // "According to Amnesty, which interviewed 20 witnesses, soldiers ...": a relative clause on the speaker is no statement.
    if (['which', 'who', 'whose'].includes(tokens[comma + 1]?.lower ?? '') && !c.quoted[comma + 1]) {
      let close = comma + 2;
      while (close <= c.last && tokens[close].text !== ',' && !c.quoted[close] && close - comma < MAX_SPEAKER) close += 1;
      if (close <= c.last && tokens[close].text === ',') comma = close;
    }
    const speaker = phraseRightOf(c, according + 2);
    if (speaker && comma <= c.last) return make(c, possessorOf(c, speaker), trimPunctuation(c, [comma + 1, c.last]), 'according', null);
  }
  const relayed = quotedAs(c);
  // "The army rejected a report in which X was quoted as saying ...": a speaker of the clause before the relay speaks.
  const spokeBefore = relayed && tokens.slice(c.first, relayed.from).some((t, k) => !c.quoted[c.first + k] && isReportingVerb(t, tokens[c.first + k + 1]));
  if (relayed && !spokeBefore) {
    // "“We lost 14 men,” state media quoted the army as saying": with nothing after the verb, the words before the relay.
    const right = contentRightOf(c, relayed.said, tokens[relayed.said].lemma);
    const left = relayed.from - 1;
    const before = !right.content && left - c.first >= 2 && (tokens[left].text === ',' || isQuoteMark(tokens[left])) ? trimPunctuation(c, [c.first, left]) : null;
    const found = make(c, possessorOf(c, relayed.speaker), right.content ?? before, 'say', right.when);
    if (found) return found;
  }
  const verbs: number[] = [];
  for (let v = c.first; v <= c.last; v += 1) {
    if (!c.quoted[v] && (isReportingVerb(tokens[v], tokens[v + 1], tokens.slice(v + 2, Math.min(c.last + 1, v + 6))) || taggedOtherwise(c, v) || inverted(c, v) || asideThenThat(c, v) || closingFinding(c, v))) verbs.push(v);
  }
  // "X declared a curfew after ..., the ministry said": the last verb, closing the clause, names the speaker (not a passive's agent: "... was contradicted by every witness").
  if (verbs.length > 1) {
    const last = fromVerb(c, verbs[verbs.length - 1]);
    // "..., said the strike hit nationalists, a claim Kyiv rejected": a remark on the claim before, not its speaker.
    const remark = last && REMARK_NOUNS.has(tokens[last.speaker[0] + 1]?.lower) && ['a', 'an'].includes(tokens[last.speaker[0]].lower);
    // '"A," the army said, "B," a rebel spokesman replied': words another verb attributes between them are not the last speaker's.
    const between = last ? verbs.slice(0, -1).some((v) => v > last.content[1] && v < last.speaker[0]) : false;
    const voiced = last ? voicedBody(c, verbs, last, (v) => fromVerb(c, v)) : null;
    if (voiced) return voiced;
    if (last && !remark && !between && last.content[1] < last.speaker[0] && !['by', 'to'].includes(tokens[last.speaker[0] - 1]?.lower)) return last;
  }
  for (const v of verbs) {
    // "Ekenge, who thanked the troops, said ...", "The army, which has appealed for calm, said ...": a relative
    // clause's verb, when a verb after it reports, is part of the subject.
    if (v !== verbs[verbs.length - 1] && inRelative(c, v)) continue;
    const found = fromVerb(c, v);
    if (found) return found;
  }
  if (according > c.first) {
    const speaker = phraseRightOf(c, according + 2);
    // "..., according to Shahid Rind, a spokesman for the provincial government": the function beside the name is kept.
    const found = speaker ? make(c, possessorOf(c, speaker), trimPunctuation(c, [c.first, according - 1]), 'according', null) : null;
    if (found) return { ...found, apposition: appositionAfter(c, speaker!) };
  }
  return null;
}

/** Whether tokens from..to hold a verb of their own (a clause, not a scene or an apposition). */
function hasVerb(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** Words before "to" and a reporting verb that leave the statement the subject's own: "is devastated to confirm", "regrets to announce". */
const INFINITIVE_FRAMES = new Set(['devastated', 'saddened', 'pleased', 'proud', 'sorry', 'sad', 'happy', 'forced', 'compelled', 'obliged', 'regrets', 'regret',
  'shocked', 'horrified', 'outraged', 'grieved', 'honoured', 'honored']);

/** A day ending at `end` ("on Monday", "late on Tuesday", "on Saturday morning"), within [first, end], else null. */
export function dayEndingAt(tokens: Token[], first: number, end: number): Span | null {
  let k = end;
  if (k >= first && PARTS_OF_DAY.has(tokens[k].lower)) k -= 1;
  if (k < first || !WEEKDAY.test(tokens[k].text)) return null;
  k -= 1;
  if (k >= first && ['on', 'late', 'early', 'earlier', 'last'].includes(tokens[k].lower)) k -= 1;
  return [k + 1, end];
}

function fromVerb(c: Clause, v: number): Attribution | null {
  const { tokens } = c;
  const lemma = tokens[v].lemma;
  let before = v - 1;
  let negated = false;
  let passive = false;
  while (before >= c.first && SKIP_BEFORE_VERB.has(tokens[before].pos) && !c.quoted[before]) {
    if (tokens[before].lower === 'not' || tokens[before].lower === "n't") negated = true;
    if (BE.has(tokens[before].lower)) passive = true;
    before -= 1;
  }
  // "MSF is devastated to confirm", "the ministry was forced to admit": the subject stands before the infinitive's frame.
  const frame = tokens[before]?.lower === 'to' ? before - 1 : before;
  // "too shocked to say how many had died" says nothing.
  if (frame > c.first && tokens[frame + 1]?.lower === 'to' && INFINITIVE_FRAMES.has(tokens[frame].lower) && !c.quoted[frame] && tokens[frame - 1]?.lower !== 'too') {
    before = frame - 1;
    while (before >= c.first && SKIP_BEFORE_VERB.has(tokens[before].pos) && !c.quoted[before]) before -= 1;
  }
  // "The ministry on Monday rejected ...": the day is when it was said, not part of the speaker.
  const dayBefore = dayEndingAt(tokens, c.first, before);
  if (dayBefore) {
    before = dayBefore[0] - 1;
    while (before >= c.first && SKIP_BEFORE_VERB.has(tokens[before].pos) && !c.quoted[before]) before -= 1;
  }
  before = pastAdjunct(c, before);
  // "could not confirm", "did not say": no statement.
  if (negated && !DENYING_VERBS.has(lemma)) return null;
  // Passive: "was reported by state media", "were described by residents as ..."
  if (passive) {
    for (let i = v + 1; i <= Math.min(c.last, v + 3); i += 1) {
      if (tokens[i].lower === 'by') {
        const speaker = phraseRightOf(c, i + 1);
        if (!speaker) return null;
        const rest = trimPunctuation(c, [speaker[1] + 1, c.last]);
        // "It was announced by the presidency that ...": the words after the speaker.
        const expletive = before === c.first && tokens[before].lower === 'it';
        const content = before >= c.first && !expletive ? trimPunctuation(c, [c.first, before]) : contentRightOf(c, speaker[1], lemma).content ?? rest;
        return make(c, possessorOf(c, speaker), content, lemma, null, negated);
      }
    }
    // "X was quoted as saying": X is the speaker.
    if (lemma !== 'quote') return null;
  }
  const after = tokens[v + 1];
  const previous = tokens[before];
  // "X raised the toll, saying at least 50 had died": the subject of the clause speaks.
  if (tokens[v].lower.endsWith('ing') && previous?.text === ',' && before === v - 1) {
    // After another reporting verb ("the office said in a statement, adding that ..."), that verb's statement stands alone.
    for (let k = c.first; k < v; k += 1) if (!c.quoted[k] && isReportingVerb(tokens[k], tokens[k + 1])) return null;
    // "Hours later the spokesman ..., saying": a time before the subject is no part of it.
    const opening = phraseRightOf(c, c.first);
    const subject = opening && LATER.has(tokens[opening[1] + 1]?.lower) && TIMES.has(tokens[opening[1]].lower.replace(/s$/, '')) ? phraseRightOf(c, opening[1] + 2) : opening;
    const right = contentRightOf(c, v, lemma);
    if (subject && subject[1] < before && right.content) return make(c, possessorOf(c, subject), right.content, lemma, right.when, false);
    return null;
  }
  const leftContent = (end: number) => trimPunctuation(c, [c.first, end]);
  // "President X visited the wounded and said ...": the subject of the clause's first verb speaks.
  if (previous?.lower === 'and' && before === v - 1) {
    const subject = sharedSubject(c, v);
    const right = subject ? contentRightOf(c, v, lemma) : null;
    if (subject && right?.content) return make(c, possessorOf(c, subject), right.content, lemma, right.when, false);
  }
  // Inverted: "..., said the army." / "“...,” said General X." Not when the comma closes an aside after the subject
  // ("President X, who returned on Wednesday, declared ...", "the minister, X, said"), nor before a preposition ('X, said in a statement').
  // Nor after a comma with a verb that takes what it names as object ("JNIM, an al Qaeda affiliate, claimed the attack").
  // ("We carried out the attack, claimed JNIM" inverts: a clause with a verb of its own stands before the comma.)
  const verbless = !hasVerb(tokens, c.first, before);
  const invertible = (!!previous && isQuoteMark(previous)) || !OBJECT_VERBS.has(lemma) || !verbless;
  if (previous && (previous.text === ',' || isQuoteMark(previous)) && invertible && after && !c.quoted[v + 1] && after.text !== 'that' && !LISTENER_VERBS.has(lemma) && lemma !== 'defend' && !closesRelative(c, before) && after.pos !== 'ADP') {
    const speaker = phraseRightOf(c, v + 1);
    if (speaker && (speaker[1] >= c.last - 1 || tokens[speaker[1] + 1].text === ',' || tokens[speaker[1] + 1].text === '.' || relativeAfter(c, speaker))) {
      const end = speaker[1] + 1;
      const when = tokens[end + 1]?.lower === 'on' ? [end + 1, Math.min(c.last, end + 3)] as Span : null;
      const head = make(c, possessorOf(c, speaker), leftContent(before), lemma, when, negated);
      const apposition = head && !when ? appositionAfter(c, speaker) ?? asideOfOneName(c, speaker) : null;
      if (head) return apposition ? { ...head, apposition } : head;
    }
  }
  if (before < c.first) return null;
  // "the seismic institute NORSAR, which said ...", "al Shabaab, which claimed the attack": the relative pronoun's antecedent speaks.
  if (['which', 'who'].includes(previous.lower) && before - 1 > c.first && tokens[before - 1].text === ',') {
    const antecedent = nameLeftOf(c, before - 2);
    const right = antecedent ? contentRightOf(c, v, lemma) : null;
    if (antecedent && right?.content) return make(c, possessorOf(c, antecedent), relativeEnd(c, antecedent, right.content), lemma, right.when, negated);
    return null;
  }
  // The subject, with an apposition between commas: "Abdoulaye Maiga, the government spokesman, said".
  let speaker: Span | null;
  let apposition: Span | null = null;
  if (previous.text === ',') {
    const comma = asideComma(c, before);
    // "A resident who survived, Mohamed Ahmed, said": the noun before a short relative clause is the subject.
    let who = comma - 1;
    while (who > c.first && comma - who <= 4 && tokens[who].lower !== 'who') who -= 1;
    // "a shopkeeper who gave only his first name, Hussein, said" (or "A resident, who asked to be identified by his first
    // name, Ahmed, said"): a longer relative that gives the name after it; the relative and the name are read together.
    const naming = namingRelative(c, comma - 1);
    if (naming > c.first) who = naming;
    const relative = tokens[who]?.lower === 'who' && who > c.first ? nameLeftOf(c, tokens[who - 1].text === ',' && naming > c.first ? who - 2 : who - 1) : null;
    const head = comma > c.first && tokens[comma].text === ',' ? relative ?? nameLeftOf(c, comma - 1) : null;
    // "..., the army said" never has a comma before the verb; a clause left of the comma is content.
    if (!head) return null;
    speaker = head;
    apposition = comma + 1 <= before - 1 ? [naming > c.first && relative ? naming : comma + 1, before - 1] : null;
  } else {
    // "Engineers who have studied photos of the site said": the subject is before "who", not the object in the clause.
    const described = describedThenNamed(c, before);
    speaker = described?.speaker ?? relativeSubject(c, before) ?? nameLeftOf(c, before);
    apposition = described?.apposition ?? null;
  }
  speaker = speaker && seenReport(c, subjectNotObject(c, speaker));
  if (!speaker || (speaker[0] > c.first && SUBORDINATORS.has(tokens[speaker[0] - 1].lower))) return null;
  // "The toll, I repeat, is 12", "I said it before": outside a quotation or a transcript's turn, "I" is the writer, no source.
  if (speaker[0] === speaker[1] && tokens[speaker[0]].text === 'I') return null;
  const right = contentRightOf(c, v, lemma);
  // "CONTENT, the army said (in a statement posted online)."
  const leftEnd = speaker[0] - 1;
  const hasLeft = leftEnd - c.first >= 2 && (tokens[leftEnd].text === ',' || isQuoteMark(tokens[leftEnd]));
  const rightLength = right.content ? right.content[1] - right.content[0] + 1 : 0;
  const quotedLeft = hasLeft && (isQuoteMark(tokens[leftEnd]) || c.quoted[leftEnd - 1]);
  // "In a statement, the army said 14 soldiers died", "On Tuesday, ...": words before the speaker with no verb of their
  // own, a participle's aside ("Speaking to reporters,") or a preposition's ("In a video released by JNIM,") set the
  // scene; a clause after the verb is what was said.
  const opener = tokens[c.first];
  const scene = hasLeft && (!hasVerb(tokens, c.first, leftEnd - 1) || opener.pos === 'ADP' || (opener.pos === 'VERB' && opener.lower.endsWith('ing')));
  const saidAfter = !!right.content && hasVerb(tokens, right.content[0], right.content[1]) && !describesStatement(tokens, right.content[0]);
  const preferLeft = hasLeft && !right.introduced && (quotedLeft || ((rightLength <= 3 || describesStatement(tokens, right.content?.[0] ?? -1)) && !(scene && saidAfter)));
  const withApposition = (a: Attribution | null) => {
    const dated = a && !a.when && dayBefore ? { ...a, when: dayBefore } : a;
    return dated && apposition ? { ...dated, apposition } : dated;
  };
  // "Burundi's army spokesman, Major X, said": beside a name the function is kept whole ("X's statement, which ..., said" is X's).
  const who = apposition && tokens[apposition[0]].lower !== 'which' ? speaker : possessorOf(c, speaker);
  if (preferLeft) return withApposition(make(c, who, leftContent(leftEnd), lemma, right.when, negated));
  if (right.content) return withApposition(make(c, who, right.content, lemma, right.when, negated));
  return null;
}
