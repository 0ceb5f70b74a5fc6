import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENVIRONMENT } from '../config/config.module';
import { Environment } from '../config/environment';
import { dataSourceOptions } from './data-source-options';
import { WriteQueue } from './write-queue';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ENVIRONMENT],
      useFactory: (env: Environment) => ({
        ...dataSourceOptions(env.database),
        // Migrations run on start, on both databases; tests start the same way.
        migrationsRun: true,
        migrationsTransactionMode: 'each',
        // The start has already checked (and waited for) the database: a failure here is final, and
        // says so once instead of ten retries of stack traces.
        retryAttempts: 1,
        toRetry: () => false,
      }),
    }),
  ],
  providers: [WriteQueue],
  exports: [WriteQueue],
})
export class DatabaseModule {}
