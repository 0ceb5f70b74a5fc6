import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKey } from '../users/api-key.entity';
import { User } from '../users/user.entity';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { RateLimitGuard, RateLimits } from './rate-limit.guard';
import { RolesGuard } from './roles.guard';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ApiKey, User])],
  // Nest runs global guards in this order: who is calling, how often, and whether their role may.
  providers: [
    AuthService,
    RateLimits,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AuthService, RateLimits],
})
export class AuthModule {}
