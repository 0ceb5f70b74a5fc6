import { maskPasswordIn, maskUrl } from './mask-url';

describe('maskUrl', () => {
  it.each([
    ['postgres://u:secret@db:5432/x', 'postgres://u:***@db:5432/x'],
    ['postgres://u:se@cr/et@db/x', 'postgres://u:***@db/x'],
    ['postgres://postgres@127.0.0.1:5432/x', 'postgres://postgres@127.0.0.1:5432/x'],
    ['postgres://u:p a ss@db/x y', 'postgres://u:***@db/x y'],
    ['postgres:/u:secret@db', 'postgres:/u:***@db'], ['postgres//u:secret@db', 'postgres//u:***@db'],
    ['sqlite:data/x.sqlite', 'sqlite:data/x.sqlite'],
    ['mysql://root:hunter22@localhost/x', 'mysql://root:***@localhost/x'],
  ])('%s shows as %s', (raw, shown) => {
    expect(maskUrl(raw)).toBe(shown);
  });

  it('takes the password out of a message that quotes it, plain or percent-decoded', () => {
    const url = 'postgres://u:p%40ss%21@db/x';
    expect(maskPasswordIn(`cannot reach ${url}; password p@ss! refused`, url)).toBe('cannot reach postgres://u:***@db/x; password *** refused');
  });
});
