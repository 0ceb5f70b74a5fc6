import { EntityManager, In } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity';
import { chunks } from '../common/chunks';
import { bulkInsert } from '../database/bulk-insert';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/access.decorator';
import { nowIso } from '../common/columns';
import { newId } from '../common/ids';
import { Contradiction } from './contradiction.entity';
import { GroupKey } from './holdings';
import { Group, groupId, Side } from './positions';
import { Detected } from './findings';

/** What a recomputation did to a stored contradiction; the review workflow reacts to these. */
export interface ContradictionChange {
  change: 'created' | 'reopened' | 'updated' | 'removed';
  contradiction: Contradiction;
}

/**
 * A side as stored: which claims make it up, not the list of its sources, which is read from the facets
 * (it can run to hundreds and changes with every new source); only the silent parties are listed.
 */
function storedSide(side: Side): Side {
  return 'silent' in side.match ? side : { ...side, sourceIds: [] };
}

/** The contradictions rules found earlier in some groups of an event (or all); hand-made ones are left out. */
export async function storedByRule(manager: EntityManager, eventId: string, groups: GroupKey[] | 'all'): Promise<Contradiction[]> {
  const query = manager.createQueryBuilder(Contradiction, 'c')
    .where('c.eventId = :eventId', { eventId })
    .andWhere("c.detectedBy LIKE 'rule:%'");
  if (groups === 'all') return query.getMany();
  const wanted = new Set(groups.map(groupId));
  query.andWhere('c.attribute IN (:...attributes)', { attributes: [...new Set(groups.map((g) => g.attribute))] });
  return (await query.getMany()).filter((c) => wanted.has(groupId(c)));
}

/**
 * Stores the difference between what was stored and what was found: new ones open, vanished ones
 * removed, changed ones updated, and a triaged one reopened when the values or sources it rests on
 * changed. A handful of statements however many change: one INSERT, the UPDATEs (one statement on
 * PostgreSQL), one DELETE, and their audit entries in one INSERT.
 */
export async function storeDetected(
  manager: EntityManager,
  _audit: AuditService,
  eventId: string,
  stored: Contradiction[],
  detected: Map<string, { group: Group; found: Detected }>,
  actor: Actor | null,
): Promise<ContradictionChange[]> {
  const changes: ContradictionChange[] = [];
  const entries: AuditEntry[] = [];
  const created: Contradiction[] = [];
  const updated: Contradiction[] = [];
  const now = nowIso();
  const byIdentity = new Map(stored.map((c) => [c.identity, c]));
  for (const [identity, { group, found }] of detected) {
    const fields = {
      kind: found.kind,
      severity: found.severity,
      explanation: found.explanation,
      fingerprint: found.fingerprint,
      sideA: storedSide(found.sideA),
      sideB: storedSide(found.sideB),
      claimAId: found.sideA.firstClaimId,
      claimBId: found.sideB.firstClaimId,
      subject: group.subject,
    };
    const existing = byIdentity.get(identity);
    if (!existing) {
      const row: Contradiction = {
        id: newId(), eventId, attribute: group.attribute, subjectKey: group.subjectKey, identity, status: 'open', note: null,
        detectedBy: `rule:${found.kind}`, triagedById: null, triagedAt: null, createdAt: now, updatedAt: now, ...fields,
      };
      created.push(row);
      entries.push(AuditService.entry(actor, 'create', 'contradiction', row.id, null, row));
      changes.push({ change: 'created', contradiction: row });
      continue;
    }
    const moved = existing.fingerprint !== found.fingerprint;
    const same = !moved && existing.explanation === found.explanation && existing.severity === found.severity
      && existing.claimAId === fields.claimAId && existing.claimBId === fields.claimBId;
    if (same) continue;
    // Triage holds while the values and sources it rests on stay the same; when they change, a person looks again.
    const reopen = moved && existing.status !== 'open';
    const after: Contradiction = { ...existing, ...fields, status: reopen ? 'open' : existing.status, updatedAt: now };
    updated.push(after);
    // The sides are read from the facets; the entry keeps what a person reads: status, severity, explanation.
    const brief = (c: Contradiction) => ({ status: c.status, severity: c.severity, explanation: c.explanation, fingerprint: c.fingerprint, claimAId: c.claimAId, claimBId: c.claimBId });
    entries.push(AuditService.entry(actor, 'update', 'contradiction', existing.id, brief(existing), reopen ? { ...brief(after), reopenedBecause: 'the facets it rests on changed' } : brief(after)));
    changes.push({ change: reopen ? 'reopened' : 'updated', contradiction: after });
  }
  const gone = stored.filter((c) => !detected.has(c.identity));
  for (const c of gone) {
    entries.push(AuditService.entry(actor, 'delete', 'contradiction', c.id, c, null));
    changes.push({ change: 'removed', contradiction: c });
  }
  await bulkInsert(manager, Contradiction, created);
  await updateContradictions(manager, updated);
  for (const part of chunks(gone, 500)) await manager.delete(Contradiction, { id: In(part.map((c) => c.id)) });
  await bulkInsert(manager, AuditEntry, entries);
  return changes;
}

const UPDATED = ['kind', 'severity', 'explanation', 'fingerprint', 'sideA', 'sideB', 'claimAId', 'claimBId', 'subject', 'status', 'updatedAt'] as const;

/** The detected fields of changed contradictions written back: one statement on PostgreSQL, a prepared one per row on SQLite. */
async function updateContradictions(manager: EntityManager, rows: Contradiction[]): Promise<void> {
  if (!rows.length) return;
  const values = (c: Contradiction) => UPDATED.map((column) => (column === 'sideA' || column === 'sideB' ? JSON.stringify(c[column]) : c[column]));
  if (manager.connection.driver.options.type !== 'postgres') {
    const sql = `UPDATE contradictions SET ${UPDATED.map((column) => `"${column}" = ?`).join(', ')} WHERE id = ?`;
    for (const c of rows) await manager.query(sql, [...values(c), c.id]);
    return;
  }
  for (const part of chunks(rows, 1000)) {
    const parameters: unknown[] = [];
    const tuples = part.map((c) => `(${[c.id, ...values(c)].map((value) => `$${parameters.push(value)}`).join(', ')})`);
    await manager.query(
      `UPDATE contradictions AS c SET ${UPDATED.map((column) => `"${column}" = v."${column}"`).join(', ')} `
      + `FROM (VALUES ${tuples.join(', ')}) AS v(id, ${UPDATED.map((column) => `"${column}"`).join(', ')}) WHERE c.id = v.id`,
      parameters,
    );
  }
}
