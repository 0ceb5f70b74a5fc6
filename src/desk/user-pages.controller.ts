import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Allow, CurrentDeskUser, DeskUser, ViaSession } from '../auth/access.decorator';
import { AppError } from '../common/app-error';
import { FormBody } from '../common/json-body';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { UpdateUserDto } from '../users/dto/create-user.dto';
import { UsersService } from '../users/users.service';
import { DeskAssets } from './desk-assets';
import { checked, field, fields, seeOther, sendPage } from './respond';
import { notice } from './views/layout';
import { UserRow, usersDone, usersPage } from './views/users.view';

/** How many users the page lists. */
const PAGE_USERS = 100;

/** Users and keys for admins: the same service, rules and audit as `PATCH /users/:id` and `DELETE /users/:id/api-keys/:keyId`. */
@ApiExcludeController()
@Controller('desk/users')
@ViaSession()
export class UserPagesController {
  constructor(
    private readonly assets: DeskAssets,
    private readonly users: UsersService,
  ) {}

  private async rows(): Promise<UserRow[]> {
    const page = await this.users.list({ limit: PAGE_USERS });
    return Promise.all(page.items.map(async (user) => ({ user, keys: (await this.users.keys(user.id)).items })));
  }

  @Get()
  @Allow('admin')
  async list(@Query('done') done: unknown, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    sendPage(reply, 200, usersPage(this.assets, user, await this.rows(), usersDone(done)));
  }

  @Post(':id')
  @Allow('admin')
  async update(@Param('id', ParseIdPipe) id: string, @Body() form: FormBody, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    try {
      // A checkbox posts its value only when ticked, after the hidden "false": the last value counts.
      const disabled = fields(form, 'disabled').pop();
      const dto = await checked(UpdateUserDto, { role: field(form, 'role') || undefined, ...(disabled !== undefined && { disabled: disabled === 'true' }) });
      await this.users.update(id, dto, user);
      seeOther(reply, '/desk/users?done=saved');
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500 || error.status === 404) throw error;
      sendPage(reply, error.status, usersPage(this.assets, user, await this.rows(), notice('problem', error.message, error.details)));
    }
  }

  @Post(':id/api-keys/:keyId/revoke')
  @Allow('admin')
  async revoke(@Param('id', ParseIdPipe) id: string, @Param('keyId', ParseIdPipe) keyId: string, @CurrentDeskUser() user: DeskUser, @Res() reply: FastifyReply): Promise<void> {
    await this.users.revokeKey(id, keyId, user);
    seeOther(reply, '/desk/users?done=revoked');
  }
}
