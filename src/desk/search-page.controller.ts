import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { AnyRole, CurrentDeskUser, DeskUser, ViaSession } from '../auth/access.decorator';
import { AppError } from '../common/app-error';
import { SearchService } from '../search/search.service';
import { searchTerms } from '../search/search-terms';
import { DeskAssets } from './desk-assets';
import { sendPage } from './respond';
import { searchPage } from './views/search.view';

const SHOWN = 20;

/** The search box in the top bar: every kind of record, grouped. */
@ApiExcludeController()
@Controller('desk')
@ViaSession()
export class SearchPageController {
  constructor(
    private readonly assets: DeskAssets,
    private readonly search: SearchService,
  ) {}

  @Get('search')
  @AnyRole()
  async find(@Query('q') raw: unknown, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    const q = typeof raw === 'string' ? raw.trim().slice(0, 200) : '';
    if (!q) return sendPage(reply, 200, searchPage(this.assets, user, '', null, null, SHOWN));
    if (!searchTerms(q).length) {
      return sendPage(reply, 400, searchPage(this.assets, user, q, null, 'Type at least one word (letters or digits) to search for.', SHOWN));
    }
    try {
      const { items } = await this.search.search(q, SHOWN);
      sendPage(reply, 200, searchPage(this.assets, user, q, items, null, SHOWN));
    } catch (error) {
      if (!(error instanceof AppError) || error.status !== 400) throw error;
      sendPage(reply, 400, searchPage(this.assets, user, q, null, error.message, SHOWN));
    }
  }
}
