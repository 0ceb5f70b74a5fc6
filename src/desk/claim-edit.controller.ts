import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Allow, CurrentDeskUser, DeskUser, ViaSession } from '../auth/access.decorator';
import { AttributesService } from '../attributes/attributes.service';
import { ClaimsService } from '../claims/claims.service';
import { UpdateClaimDto } from '../claims/dto/update-claim.dto';
import { AppError, ErrorCode } from '../common/app-error';
import { FormBody } from '../common/json-body';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { SourcesService } from '../sources/sources.service';
import { claimChanges, claimDraft, draftOfClaim, inFormTerms } from './claim-forms';
import { DeskAssets } from './desk-assets';
import { onLine, parseFacetLines } from './facet-lines';
import { checkedAll, field, seeOther, sendPage } from './respond';
import { claimEditPage } from './views/claim-edit.view';
import { ClaimDraft } from './views/claim-form.view';
import { notice } from './views/layout';
import { confirmDeletePage } from './views/sources.view';

/** Editing and deleting a claim (editors), through the claims service: detection recomputed, audited, on the version shown. */
@ApiExcludeController()
@Controller('desk/claims')
@ViaSession()
export class ClaimEditController {
  constructor(
    private readonly assets: DeskAssets,
    private readonly claims: ClaimsService,
    private readonly sources: SourcesService,
    private readonly attributes: AttributesService,
  ) {}

  @Get(':id/edit')
  @Allow('editor')
  async form(@Param('id', ParseIdPipe) id: string, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const claim = await this.claims.get(id);
    await this.show(reply, 200, id, user, draftOfClaim(claim), claim.version, null);
  }

  /** On a 409 the form keeps what was typed and moves to the version now stored, saying so. */
  @Post(':id/edit')
  @Allow('editor')
  async save(@Param('id', ParseIdPipe) id: string, @Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const draft = claimDraft(form);
    const version = Number(field(form, 'version')) || undefined;
    const before = await this.claims.get(id);
    let lines: number[] = [];
    try {
      const parsed = parseFacetLines(draft.facets, await this.attributes.kinds());
      lines = parsed.lines;
      const dto = await checkedAll(UpdateClaimDto, { ...claimChanges(draft, before), facets: parsed.facets }, parsed.problems);
      await this.claims.update(id, dto, user, version);
      seeOther(reply, `/desk/claims/${id}?done=claim_saved`);
    } catch (error) {
      if (!(error instanceof AppError) || (error.status !== 400 && error.code !== ErrorCode.VersionConflict)) throw error;
      if (error.code === ErrorCode.VersionConflict) {
        const now = await this.claims.get(id);
        const problem = notice('problem', `Someone changed this claim since you opened it (it is now at version ${now.version}). Your changes are still in the form: check the claim as it now stands, then save again.`);
        return this.show(reply, 409, id, user, draft, now.version, problem);
      }
      const details = inFormTerms(error.details.map((d) => ({ ...d, path: onLine(d.path, lines) })));
      const problem = notice('problem', details.length === 1 ? `${details[0].path}: ${details[0].message}` : `${details.length} problems in the form:`, details);
      await this.show(reply, 400, id, user, draft, version ?? before.version, problem);
    }
  }

  @Get(':id/delete')
  @Allow('editor')
  async confirm(@Param('id', ParseIdPipe) id: string, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    sendPage(reply, 200, this.confirmPage(user, await this.claims.get(id)));
  }

  @Post(':id/delete')
  @Allow('editor')
  async remove(@Param('id', ParseIdPipe) id: string, @Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const claim = await this.claims.get(id);
    try {
      await this.claims.remove(id, user, Number(field(form, 'seen')) || undefined);
      seeOther(reply, claim.eventId ? `/desk/events/${claim.eventId}/claims?done=claim_deleted` : '/desk?done=claim_deleted');
    } catch (error) {
      if (!(error instanceof AppError) || error.status !== 409) throw error;
      const why = error.code === ErrorCode.VersionConflict ? 'The claim changed since you asked to delete it; read it again before deleting.' : error.message;
      sendPage(reply, 409, this.confirmPage(user, await this.claims.get(id), why));
    }
  }

  private confirmPage(user: DeskUser, claim: Awaited<ReturnType<ClaimsService['get']>>, problem?: string): string {
    return confirmDeletePage(this.assets, user, {
      kind: 'claim', title: claim.text, action: `/desk/claims/${claim.id}/delete`, back: `/desk/claims/${claim.id}`, seen: String(claim.version),
      warning: 'Deleting it removes it from the board, the contradictions and the reports; a claim with reviews cannot be deleted.', section: 'events', problem,
    });
  }

  private async show(reply: FastifyReply, status: number, id: string, user: DeskUser, draft: ClaimDraft, version: number, problem: ReturnType<typeof notice> | null) {
    const [claim, sources, kinds] = await Promise.all([this.claims.get(id), this.sources.choices(), this.attributes.kinds()]);
    sendPage(reply, status, claimEditPage(this.assets, user, claim, sources, [...kinds.keys()], draft, version, problem));
  }
}
