import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { AttributesService } from './attributes.service';
import { CreateAttributeDto } from './dto/create-attribute.dto';

@ApiTags('attributes')
@Controller('attributes')
export class AttributesController {
  constructor(private readonly attributes: AttributesService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'The facet vocabulary: each attribute with its kind (quantity, category, set, boolean)' })
  list() {
    return this.attributes.list();
  }

  @Post()
  @Allow('admin')
  @ApiOperation({ summary: 'Add an attribute to the vocabulary' })
  create(@Body() dto: CreateAttributeDto, @CurrentActor() actor: Actor) {
    return this.attributes.create(dto, actor);
  }
}
