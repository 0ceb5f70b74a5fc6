import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '../common/app-error';
import { ENVIRONMENT } from '../config/config.module';
import { Environment } from '../config/environment';
import { AuthenticatedRequest } from './auth.guard';
import { RateCounter, SlidingWindowCounter } from './rate-window';

/**
 * RATE_LIMIT_PER_MINUTE requests in any minute (a sliding window): per API key once the key is known,
 * and per client address for requests without a key or with a wrong one (so guessing keys is limited
 * too). Kept in this process: with N API processes a key may make N times the limit, which is enough to
 * stop a runaway client without a database write per request.
 */
@Injectable()
export class RateLimits {
  readonly limit: number;
  private readonly byKey: RateCounter | null;
  private readonly byAddress: RateCounter | null;

  constructor(@Inject(ENVIRONMENT) env: Environment) {
    this.limit = env.rateLimitPerMinute;
    this.byKey = this.limit > 0 ? new SlidingWindowCounter(this.limit) : null;
    this.byAddress = this.limit > 0 ? new SlidingWindowCounter(this.limit) : null;
  }

  /** Counts a request made with a valid key; over the limit it throws 429. */
  countKey(keyId: string): void {
    const decision = this.byKey?.hit(keyId, Date.now());
    if (decision && !decision.allowed) throw this.refusal('This key', decision.retryAfterSeconds);
  }

  /** Counts a request without a valid key, by the client's address; over the limit it throws 429. */
  countAddress(address: string): void {
    const decision = this.byAddress?.hit(address, Date.now());
    if (decision && !decision.allowed) throw this.refusal('This address made requests without a valid key: it', decision.retryAfterSeconds);
  }

  private refusal(who: string, retryAfter: number): AppError {
    return new AppError(ErrorCode.TooManyRequests, `${who} made more than ${this.limit} requests in the last minute (RATE_LIMIT_PER_MINUTE); retry in ${retryAfter} s`,
      [{ path: 'authorization', message: `over ${this.limit} requests per minute` }], { retryAfterSeconds: retryAfter });
  }
}

/** Counts each request by its key, once `AuthGuard` has found it, and before its role is checked (refused requests count too). */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(private readonly limits: RateLimits) {}

  canActivate(context: ExecutionContext): boolean {
    const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
    if (actor) this.limits.countKey(actor.keyId);
    return true;
  }
}
