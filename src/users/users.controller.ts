import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, CurrentActor } from '../auth/access.decorator';
import { PageQuery } from '../common/pagination';
import { CreateApiKeyDto, CreateUserDto, UpdateUserDto } from './dto/create-user.dto';
import { UsersService } from './users.service';
import { ApiBodyRefusals, ApiRecord, ApiRefusals } from '../common/api-responses';
import { IssuedKeyResponseDto, KeyListResponseDto, KeyResponseDto, UserPageDto, UserResponseDto } from './dto/user.response';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Allow('admin')
  @ApiOperation({ operationId: 'createUser', summary: 'Add a user with a role' })
  @ApiCreatedResponse({ type: UserResponseDto })
  @ApiBodyRefusals()
  create(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor) {
    return this.users.create(dto, actor);
  }

  @Get()
  @Allow('admin')
  @ApiOperation({ operationId: 'listUsers', summary: 'List users' })
  @ApiOkResponse({ type: UserPageDto })
  list(@Query() query: PageQuery) {
    return this.users.list(query);
  }

  @Post(':id/api-keys')
  @Allow('admin')
  @ApiOperation({ operationId: 'issueApiKey', summary: 'Issue an API key for a user; the key is in this answer only' })
  @ApiCreatedResponse({ type: IssuedKeyResponseDto, description: '{ id, key }: store the key now, it is never shown again' })
  @ApiRecord()
  @ApiBodyRefusals()
  issueKey(@Param('id', ParseIdPipe) id: string, @Body() dto: CreateApiKeyDto, @CurrentActor() actor: Actor) {
    return this.users.issueKey(id, dto, actor);
  }

  @Get(':id/api-keys')
  @Allow('admin')
  @ApiOperation({ operationId: 'listUserKeys', summary: 'A user\'s keys (never the keys themselves): id, label, when made and when revoked' })
  @ApiOkResponse({ type: KeyListResponseDto })
  @ApiRecord()
  keys(@Param('id', ParseIdPipe) id: string) {
    return this.users.keys(id);
  }

  @Delete(':id/api-keys/:keyId')
  @Allow('admin')
  @ApiOperation({ operationId: 'revokeUserKey', summary: 'Revoke a key: it is refused from the next request on, in the API and the desk (audited)' })
  @ApiOkResponse({ type: KeyResponseDto })
  @ApiRecord()
  revokeKey(@Param('id', ParseIdPipe) id: string, @Param('keyId', ParseIdPipe) keyId: string, @CurrentActor() actor: Actor) {
    return this.users.revokeKey(id, keyId, actor);
  }

  @Patch(':id')
  @Allow('admin')
  @ApiOperation({ operationId: 'updateUser', summary: 'Change a user\'s role, or disable them: every key of theirs stops at the next request (audited)' })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiRecord()
  @ApiRefusals(409)
  @ApiBodyRefusals()
  update(@Param('id', ParseIdPipe) id: string, @Body() dto: UpdateUserDto, @CurrentActor() actor: Actor) {
    return this.users.update(id, dto, actor);
  }
}
