import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { CreateTermDto } from './dto/create-term.dto';
import { TermsService } from './terms.service';
import { ApiBodyRefusals, ApiRefusals } from '../common/api-responses';
import { TermListDto, TermResponseDto } from './dto/term.response';

@ApiTags('vocabulary')
@Controller('terms')
export class TermsController {
  constructor(private readonly terms: TermsService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ operationId: 'listTerms', summary: 'Terms editors declared equivalent or broader' })
  @ApiOkResponse({ type: TermListDto })
  list() {
    return this.terms.list();
  }

  @Post()
  @Allow('editor')
  @ApiOperation({ operationId: 'createTerm', summary: 'Declare two terms equivalent, or one broader than the other; such values never conflict' })
  @ApiCreatedResponse({ type: TermResponseDto })
  @ApiRefusals(409)
  @ApiBodyRefusals()
  create(@Body() dto: CreateTermDto, @CurrentActor() actor: Actor) {
    return this.terms.create(dto, actor);
  }
}
