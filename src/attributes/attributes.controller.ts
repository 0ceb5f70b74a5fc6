import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, AnyRole, CurrentActor } from '../auth/access.decorator';
import { AttributesService } from './attributes.service';
import { CreateAttributeDto } from './dto/create-attribute.dto';
import { ApiBodyRefusals, ApiRefusals } from '../common/api-responses';
import { AttributeListDto, AttributeResponseDto } from './dto/attribute.response';

@ApiTags('attributes')
@Controller('attributes')
export class AttributesController {
  constructor(private readonly attributes: AttributesService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ operationId: 'listAttributes', summary: 'The facet vocabulary: each attribute with its kind (quantity, category, set, boolean)' })
  @ApiOkResponse({ type: AttributeListDto })
  list() {
    return this.attributes.list();
  }

  @Post()
  @Allow('admin')
  @ApiOperation({ operationId: 'createAttribute', summary: 'Add an attribute to the vocabulary' })
  @ApiCreatedResponse({ type: AttributeResponseDto })
  @ApiRefusals(409)
  @ApiBodyRefusals()
  create(@Body() dto: CreateAttributeDto, @CurrentActor() actor: Actor) {
    return this.attributes.create(dto, actor);
  }
}
