import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { startTestApp, TestApp } from './harness';

const CLIENT = join(__dirname, 'client');
const GENERATED = join(CLIENT, 'generated');

/** tsc --strict on the workflow and the generated types, as a client project would compile them. */
function compileStrict(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10, esModuleInterop: true, skipLibCheck: true, types: ['node'], lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    ignoreDeprecations: '6.0',
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} ` : '';
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

describe('a typed client generated from the OpenAPI document', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    mkdirSync(GENERATED, { recursive: true });
    const document = (await t.http().get('/docs-json').expect(200)).body;
    writeFileSync(join(GENERATED, 'openapi.json'), JSON.stringify(document));
    execFileSync(process.execPath, [join(__dirname, '..', 'node_modules', 'openapi-typescript', 'bin', 'cli.js'), join(GENERATED, 'openapi.json'), '-o', join(GENERATED, 'schema.d.ts'), '--default-non-nullable=false'], { stdio: 'pipe' });
  });
  afterAll(() => t.close());

  it('types every response: the workflow compiles under tsc --strict', () => {
    expect(compileStrict(join(CLIENT, 'workflow.ts'))).toEqual([]);
  });

  it('runs the main workflow: event, sources, two contradicting claims, contradictions, a review, a 409, the report', async () => {
    // Loaded by path: the repository's own type check must not depend on the generated file (compiled above).
    const { mainWorkflow } = (await import(join(CLIENT, 'workflow'))) as { mainWorkflow: (baseUrl: string, keys: object) => Promise<any> };
    const result = await mainWorkflow(await t.listen(), { editor: t.keys.editor, reviewer: t.keys.reviewer });
    const [neutralized, success] = result.claims;
    expect(result.contradictions).toEqual([expect.objectContaining({ attribute: 'outcome', kind: 'category_conflict', eventId: result.eventId })]);
    expect([result.contradictions[0].claimAId, result.contradictions[0].claimBId].sort()).toEqual([neutralized.id, success.id].sort());
    expect(result.reviewedVersion).toBe(neutralized.version + 1);
    expect(result.staleReview).toMatchObject({ status: 409, error: { code: 'VERSION_CONFLICT', currentVersion: result.reviewedVersion } });
    expect(result.report.contradictions.map((c: { id: string }) => c.id)).toEqual(result.contradictions.map((c: { id: string }) => c.id));
    expect(result.report.claimants.flatMap((c: { claims: Array<{ id: string; verdict: string }> }) => c.claims).find((c: { id: string }) => c.id === neutralized.id)?.verdict).toBe('disputed');
  });
});
