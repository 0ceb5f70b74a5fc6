import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule, ConfigService } from '@nestjs/config';
import { Environment } from './environment';

/** Injection token of the validated environment. */
export const ENVIRONMENT = Symbol('ENVIRONMENT');

/**
 * The environment is read and checked once, before the app is built (`loadEnvironment`), so a bad
 * value stops the start with one line; Nest's ConfigService then serves that checked object.
 */
@Module({})
export class ConfigModule {
  static forRoot(environment: Environment): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      imports: [NestConfigModule.forRoot({ ignoreEnvFile: true, load: [() => ({ environment })] })],
      providers: [
        {
          provide: ENVIRONMENT,
          inject: [ConfigService],
          useFactory: (config: ConfigService): Environment => config.getOrThrow<Environment>('environment'),
        },
      ],
      exports: [ENVIRONMENT],
    };
  }
}
