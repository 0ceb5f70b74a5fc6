import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { OneOf } from './one-of';

const KINDS = ['media', 'government'] as const;

class Probe {
  @OneOf(KINDS) kind!: string;
  @OneOf(['A', 'B'], { message: 'grade must be A or B' }) grade!: string;
}

const problems = (body: object) =>
  validateSync(plainToInstance(Probe, body)).flatMap((e) => Object.values(e.constraints ?? {}));

describe('OneOf', () => {
  it.each([
    [{ kind: 'media', grade: 'A' }, []],
    [{ kind: 'blog', grade: 'A' }, ['kind must be one of media, government']],
    [{ kind: 'media', grade: 'C' }, ['grade must be A or B']],
    [{ kind: 'MEDIA', grade: 'A' }, ['kind must be one of media, government']],
    [{ kind: ['media'], grade: 'A' }, ['kind must be one of media, government']],
  ])('%j: %j', (body, expected) => {
    expect(problems(body)).toEqual(expected);
  });
});
