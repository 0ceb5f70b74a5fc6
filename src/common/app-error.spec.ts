import { AppError, ErrorCode, MAX_DETAILS, Problems } from './app-error';
import { errorBody } from './error.filter';

describe('AppError', () => {
  it.each([
    [ErrorCode.ValidationFailed, 400],
    [ErrorCode.MalformedJson, 400],
    [ErrorCode.Unauthenticated, 401],
    [ErrorCode.Forbidden, 403],
    [ErrorCode.NotFound, 404],
    [ErrorCode.RouteNotFound, 404],
    [ErrorCode.Conflict, 409],
    [ErrorCode.VersionConflict, 409],
    [ErrorCode.InUse, 409],
    [ErrorCode.PayloadTooLarge, 413],
    [ErrorCode.UnsupportedMediaType, 415],
    [ErrorCode.UnsupportedLanguage, 422],
    [ErrorCode.NoText, 422],
    [ErrorCode.TooManyRequests, 429],
    [ErrorCode.Internal, 500],
    [ErrorCode.Unavailable, 503],
  ])('%s answers %i', (code, status) => {
    const error = new AppError(code, 'what happened', [{ path: 'id', message: 'why' }], { currentVersion: 2 });
    expect(error.status).toBe(status);
    expect(errorBody(error)).toEqual({ statusCode: status, code, message: 'what happened', details: [{ path: 'id', message: 'why' }], currentVersion: 2 });
  });

  it('names the first problem, and how many there are', () => {
    expect(AppError.invalid('facets[2].value', 'must be a number').message).toBe('facets[2].value: must be a number');
    const two = AppError.validation([{ path: 'a', message: 'is missing' }, { path: 'b', message: 'is too long' }]);
    expect([two.status, two.message]).toEqual([400, '2 problems, first a: is missing']);
    expect(AppError.notFound('claim', 'x').details).toEqual([{ path: 'id', message: 'no claim with this id' }]);
  });

  it('lists the first 100 problems and counts the rest', () => {
    const problems = new Problems();
    for (let i = 1; i <= 250_000; i += 1) problems.push({ path: `line ${i}: record`, message: 'must be one of source, document, event, claim' });
    expect(problems.kept).toHaveLength(MAX_DETAILS);
    expect(() => problems.throwIfAny()).toThrow('250000 problems, first line 1: record: must be one of source, document, event, claim');
    const body = errorBody(AppError.validation(problems.kept, problems.total));
    expect([body.details.length, body.details[99].path, body.moreProblems]).toEqual([100, 'line 100: record', 249_900]);
    expect(() => new Problems().throwIfAny()).not.toThrow();
  });
});
