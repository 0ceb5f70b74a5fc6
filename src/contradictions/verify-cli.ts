import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { AuthService } from '../auth/auth.service';
import { loadEnvironment } from '../config/environment';
import { EventVerification, isClean, VerificationService } from './verification.service';
import { runCli } from '../common/cli';

const USAGE = `usage:
  npm run verify                 recompute every event's holdings and contradictions from its facets and print the differences
  npm run verify -- --repair     the same, and store the recomputed state (audited; CROSSCHECK_API_KEY names who repaired)
Exit code: 0 when nothing differs (or everything was repaired), 1 when differences were found, 2 on bad usage.`;

function print(v: EventVerification): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`event ${v.eventId}: ${v.repaired ? 'repaired' : 'differs'}`);
  for (const line of v.holdings.missing) out(`  holding missing: ${line}`);
  for (const line of v.holdings.extra) out(`  holding extra:   ${line}`);
  for (const c of v.contradictions) out(`  contradiction ${c.change === 'created' ? 'missing' : c.change === 'removed' ? 'extra' : 'stale'}: ${c.id} ${c.attribute}${c.subject ? ` (${c.subject})` : ''} ${c.kind} ${c.severity}: ${c.explanation}`);
}

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--repair');
  if (unknown.length) {
    process.stderr.write(`crosscheck verify: unknown argument ${unknown[0]}\n${USAGE}\n`);
    return 2;
  }
  const repair = argv.includes('--repair');
  const environment = loadEnvironment({ LOG_LEVEL: 'error', ...process.env });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(environment), { logger: ['error'] });
  try {
    const key = process.env.CROSSCHECK_API_KEY || environment.adminToken;
    const actor = key ? await app.get(AuthService).actorForKey(key) : null;
    let events = 0;
    let differing = 0;
    for await (const v of app.get(VerificationService).verifyAll(repair, actor)) {
      events++;
      if (isClean(v)) continue;
      differing++;
      print(v);
    }
    const verb = repair ? 'repaired' : 'differ';
    process.stdout.write(`${events} event(s) verified, ${differing} ${verb}${differing && !repair ? '; run npm run verify -- --repair to store the recomputed state' : ''}\n`);
    return differing && !repair ? 1 : 0;
  } finally {
    await app.close();
  }
}

runCli('crosscheck verify', main, 2);
