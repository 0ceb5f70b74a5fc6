import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorator';
import { AppError, ErrorCode } from '../common/app-error';
import { ApiRefusals } from '../common/api-responses';
import { HealthResponseDto } from './dto/health.response';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiOperation({ operationId: 'getHealth', summary: 'Answers 200 when the database answers' })
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiRefusals(503)
  async check() {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new AppError(ErrorCode.Unavailable, 'The database does not answer');
    }
    return { status: 'ok', database: this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite' };
  }
}
