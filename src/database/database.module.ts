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
      }),
    }),
  ],
  providers: [WriteQueue],
  exports: [WriteQueue],
})
export class DatabaseModule {}
