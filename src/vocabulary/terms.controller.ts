import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { CreateTermDto } from './dto/create-term.dto';
import { TermsService } from './terms.service';

@ApiTags('vocabulary')
@Controller('terms')
export class TermsController {
  constructor(private readonly terms: TermsService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Terms editors declared equivalent or broader' })
  list() {
    return this.terms.list();
  }

  @Post()
  @Allow('editor')
  @ApiOperation({ summary: 'Declare two terms equivalent, or one broader than the other; such values never conflict' })
  create(@Body() dto: CreateTermDto, @CurrentActor() actor: Actor) {
    return this.terms.create(dto, actor);
  }
}
