import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, CurrentActor } from '../auth/access.decorator';
import { PageQuery } from '../common/pagination';
import { CreateApiKeyDto, CreateUserDto } from './dto/create-user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Allow('admin')
  @ApiOperation({ summary: 'Add a user with a role' })
  create(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor) {
    return this.users.create(dto, actor);
  }

  @Get()
  @Allow('admin')
  @ApiOperation({ summary: 'List users' })
  list(@Query() query: PageQuery) {
    return this.users.list(query);
  }

  @Post(':id/api-keys')
  @Allow('admin')
  @ApiOperation({ summary: 'Issue an API key for a user; the key is in this answer only' })
  @ApiCreatedResponse({ description: '{ id, key }: store the key now, it is never shown again' })
  issueKey(@Param('id', ParseIdPipe) id: string, @Body() dto: CreateApiKeyDto, @CurrentActor() actor: Actor) {
    return this.users.issueKey(id, dto, actor);
  }
}
