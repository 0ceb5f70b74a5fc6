import { DynamicModule, Module } from '@nestjs/common';
import { Environment } from './environment';

/** Injection token of the validated environment. */
export const ENVIRONMENT = Symbol('ENVIRONMENT');

/**
 * The environment is read and checked once, before the app is built (`loadEnvironment`), so a bad
 * value stops the start with one line; every module is then given that checked object.
 */
@Module({})
export class ConfigModule {
  static forRoot(environment: Environment): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: ENVIRONMENT, useValue: environment }],
      exports: [ENVIRONMENT],
    };
  }
}
