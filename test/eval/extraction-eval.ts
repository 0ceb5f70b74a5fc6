import 'reflect-metadata';
import { join } from 'node:path';
import { extractStatements } from '../../src/extraction/extract';
import { readHalf } from './corpus';
import { runEvent } from './end-to-end';
import { emptyTally, scoreText } from './score';

/**
 * `npm run eval:extraction`: for each half of the annotated corpus present (dev, heldout), speakers'
 * recall and precision, facets' precision, recall and F1, and end to end the annotated contradictions
 * found on the board and the false ones (per event on dev). `--misses` lists what was missed or wrong on
 * dev; the held-out half prints aggregates only. `--half=dev` runs one half; `--events=slug,slug` runs only
 * those events (folder names) of the dev half, so that a batch of fresh events can be reported apart from
 * the events the rules were tuned on. It never selects held-out events (their names are not printed), and
 * a slug that names no dev event stops the run. `--gold` accepts the annotated statements instead of the
 * extracted ones end to end: what detection alone finds and overstates with a perfect extraction (a ceiling).
 * `--desk=half` reads each text against every party of the
 * half's events instead of its own event's parties, those of the text's event marked as the event's claimants
 * (`inEvent`, as extraction for an event marks them), speakers and facets only; end to end stays per event.
 */
async function main(): Promise<void> {
  const root = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'extraction');
  const showMisses = process.argv.includes('--misses');
  const skipEndToEnd = process.argv.includes('--no-e2e');
  const only = process.argv.find((a) => a.startsWith('--half='))?.slice('--half='.length);
  const picked = process.argv.find((a) => a.startsWith('--events='))?.slice('--events='.length).split(',').map((s) => s.trim()).filter(Boolean);
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '-');
  for (const half of ['dev', 'heldout'].filter((h) => (!only || h === only) && (!picked || h === 'dev'))) {
    // The held-out half is reported in aggregate only: per-event lines and misses would invite tuning on it.
    const details = half === 'dev';
    const events = pick(readHalf(join(root, half)), picked);
    if (!events.length) continue;
    const tally = emptyTally();
    // `--desk=half`: the desk knows every party of the half's events, as a desk that has worked many events
    // does (extraction reads against all of a desk's sources); by default it knows the event's parties only.
    const wholeDesk = process.argv.includes('--desk=half') ? [...new Map(events.flatMap((e) => e.parties).map((p) => [p.name, p])).values()] : null;
    for (const event of events) {
      // On the whole desk, the text's own event's parties are its claimants (`inEvent`), as on a desk whose event
      // already holds their claims and which extracts for that event (`eventId`).
      const own = new Set(event.parties.map((p) => p.name));
      const sources = (wholeDesk ?? event.parties).map((p) => ({ id: p.name, name: p.name, aliases: p.aliases ?? [], kind: p.kind, side: p.side, ...(wholeDesk && own.has(p.name) && { inEvent: true }) }));
      for (const text of event.texts) {
        const got = extractStatements(text.text, sources, text.publishedAt);
        scoreText(text.text, text.statements, got, (c) => c.sourceId ?? c.suggestedSource?.name ?? '', tally, `${event.slug}/${text.file}`);
      }
    }
    const recall = tally.found / tally.statements;
    const precision = tally.right / tally.candidates;
    const fp = tally.facetsRightRead / tally.facetsRead;
    const fr = tally.facetsFound / tally.facetsAnnotated;
    process.stdout.write(`\n== ${half}: ${events.length} events, ${events.reduce((n, e) => n + e.texts.length, 0)} texts, ${tally.statements} statements ==\n`);
    process.stdout.write(`speakers: recall ${f(recall)} (${tally.found}/${tally.statements}), precision ${f(precision)} (${tally.right}/${tally.candidates}); wrong: ${tally.wrongSpeaker} on a statement under another speaker (${tally.namedOtherwise} of them a new speaker named otherwise from the right words), ${tally.notStatement} on no statement\n`);
    const k = tally.wrongKinds;
    process.stdout.write(`  under another speaker, read/annotated: known/known ${k.knownKnown}, known/new ${k.knownNew}, new/known ${k.newKnown}, new/new ${k.newNew}\n`);
    const alt = tally.alternatives;
    process.stdout.write(`  the desk's alternatives for a new speaker (at most two known parties): the annotated party among them for ${alt.rescued} (first for ${alt.first}) of ${alt.newKnown} statements read as new but annotated as a known party; offered on ${alt.offered} of ${alt.newSpeakers} new speakers, ${alt.offeredRight} of them right as new\n`);
    process.stdout.write(`facets:   precision ${f(fp)} (${tally.facetsRightRead}/${tally.facetsRead}), recall ${f(fr)} (${tally.facetsFound}/${tally.facetsAnnotated}), F1 ${f((2 * fp * fr) / (fp + fr))}\n`);
    for (const [group, g] of Object.entries(tally.byGroup)) {
      const [p, r] = [g.rightRead / g.read, g.found / g.annotated];
      process.stdout.write(`  ${group.padEnd(10)} precision ${f(p)} (${g.rightRead}/${g.read}), recall ${f(r)} (${g.found}/${g.annotated}), F1 ${f((2 * p * r) / (p + r))}; on statements found: precision ${f(g.rightRead / g.readOnFound)} (${g.rightRead}/${g.readOnFound}), recall ${f(g.found / g.ofFound)} (${g.found}/${g.ofFound})\n`);
    }
    // Per attribute, on statements found: where the facets of the right statements are missed or wrong.
    const attributes = Object.entries(tally.byAttribute).sort((x, y) => y[1].ofFound - x[1].ofFound);
    process.stdout.write(`  by attribute, on statements found (right/read, found/annotated): ${attributes.map(([name, a]) => `${name} ${a.rightRead}/${a.readOnFound}, ${a.found}/${a.ofFound}`).join('; ')}\n`);
    if (showMisses && details) process.stdout.write(`${tally.misses.map((m) => `  ${m}`).join('\n')}\n`);
    if (skipEndToEnd) continue;
    let annotated = 0;
    let found = 0;
    let falseOnes = 0;
    let omissions = 0;
    for (const event of events) {
      const outcome = await runEvent(event);
      annotated += outcome.annotated;
      found += outcome.found;
      falseOnes += outcome.falseOnes;
      omissions += outcome.omissions;
      if (!details) continue;
      process.stdout.write(`end to end ${event.slug}: ${outcome.found}/${outcome.annotated} contradictions found, ${outcome.falseOnes} false${outcome.refused ? `, ${outcome.refused} candidates refused` : ''}\n`);
      if (showMisses) process.stdout.write(`${outcome.notes.map((n) => `    ${n}`).join('\n')}\n`);
    }
    process.stdout.write(`end to end: ${found}/${annotated} annotated contradictions found (${f(found / annotated)}), ${falseOnes} false (${f(falseOnes / events.length)} per event); ${omissions} omissions (a party's silence) not compared\n`);
  }
}

/** The events named by `--events` (all when it is absent); a name that is no event's folder is an error. */
function pick<T extends { slug: string }>(events: T[], slugs: string[] | undefined): T[] {
  if (!slugs) return events;
  const unknown = slugs.filter((slug) => !events.some((e) => e.slug === slug));
  if (unknown.length) throw new Error(`--events: no dev event ${unknown.join(', ')}`);
  return events.filter((e) => slugs.includes(e.slug));
}

main().then(() => process.exit(0), (error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
