import { escapeLiteral } from 'pg';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareValue } = require('pg/lib/utils') as { prepareValue: (value: unknown) => string | Buffer | null };

/**
 * A PostgreSQL statement with its numbered parameters ($1, $2...) written in as literals, each value
 * converted as node-postgres converts a bound one and then escaped: for the simple protocol, the only
 * one that takes several statements in one round trip. `sql` must be the caller's own text (its `$n`
 * are replaced in one pass, so a value that contains `$2` stays as it is).
 */
export function inlined(sql: string, parameters: unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= parameters.length) throw new Error(`no value for $${n}`);
    const value = prepareValue(parameters[index]);
    if (value === null) return 'NULL';
    if (Buffer.isBuffer(value)) return `'\\x${value.toString('hex')}'::bytea`;
    return escapeLiteral(value);
  });
}
