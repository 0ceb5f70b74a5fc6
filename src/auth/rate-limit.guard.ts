import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '../common/app-error';
import { ENVIRONMENT } from '../config/config.module';
import { Environment } from '../config/environment';
import { AuthenticatedRequest } from './auth.guard';
import { FixedWindowCounter, RateCounter } from './rate-window';

/**
 * At most RATE_LIMIT_PER_MINUTE requests per API key, counted once the key is known and before its
 * role is checked (refused requests count too). Kept in this process: with N API processes a key may
 * make N times the limit, which is enough to stop a runaway client without a database write per request.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limit: number;
  private readonly counter: RateCounter | null;

  constructor(@Inject(ENVIRONMENT) env: Environment) {
    this.limit = env.rateLimitPerMinute;
    this.counter = this.limit > 0 ? new FixedWindowCounter(this.limit) : null;
  }

  canActivate(context: ExecutionContext): boolean {
    const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
    if (!this.counter || !actor) return true;
    const decision = this.counter.hit(actor.keyId, Date.now());
    if (decision.allowed) return true;
    const retryAfter = decision.retryAfterSeconds;
    throw new AppError(ErrorCode.TooManyRequests, `This key made more than ${this.limit} requests this minute (RATE_LIMIT_PER_MINUTE); retry in ${retryAfter} s`,
      [{ path: 'authorization', message: `over ${this.limit} requests per minute` }], { retryAfterSeconds: retryAfter });
  }
}
