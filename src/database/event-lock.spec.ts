import { AppError, ErrorCode } from '../common/app-error';
import { errorBody } from '../common/error.filter';
import { withTransientRetry } from './event-lock';

const quick = { attempts: 3, baseMs: 1, maxMs: 2 };
const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });

describe('withTransientRetry', () => {
  it('runs the whole work again after a deadlock, and answers what the try that passed answered', async () => {
    let tries = 0;
    const result = await withTransientRetry(async () => {
      tries++;
      if (tries < 3) throw deadlock();
      return 'stored';
    }, quick);
    expect([result, tries]).toEqual(['stored', 3]);
  });

  it('gives up after the last try with 503 SERVICE_UNAVAILABLE and Retry-After, never the driver error', async () => {
    let tries = 0;
    const failure = await withTransientRetry(async () => {
      tries++;
      throw deadlock();
    }, quick).catch((error: unknown) => error);
    expect(tries).toBe(3);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe(ErrorCode.Unavailable);
    expect(errorBody(failure)).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 });
  });

  it('lets any other error through at once', async () => {
    let tries = 0;
    const failure = await withTransientRetry(async () => {
      tries++;
      throw AppError.invalid('facets[0].value', 'bad');
    }, quick).catch((error: unknown) => error);
    expect(tries).toBe(1);
    expect((failure as AppError).code).toBe(ErrorCode.ValidationFailed);
  });
});
