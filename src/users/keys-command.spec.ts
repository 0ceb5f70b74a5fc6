import { parseKeysCommand } from './keys-command';

describe('npm run keys: reading the command line', () => {
  it.each([
    [['create', '--role', 'admin', '--name', 'Ana'], { command: 'create', role: 'admin', name: 'Ana', label: 'shell' }],
    [['create', '--name', ' Ana B ', '--role', 'editor', '--label', 'laptop'], { command: 'create', role: 'editor', name: 'Ana B', label: 'laptop' }],
    [['list'], { command: 'list' }],
    [['revoke', '0190-abc'], { command: 'revoke', keyId: '0190-abc' }],
    [[], { command: 'usage', problem: null }],
    [['--help'], { command: 'usage', problem: null }],
  ])('%p', (argv, expected) => {
    expect(parseKeysCommand(argv)).toEqual(expected);
  });

  it.each([
    [['create', '--role', 'boss', '--name', 'Ana'], /--role admin, editor, reviewer, viewer \(got boss\)/],
    [['create', '--role', 'admin'], /needs --name/],
    [['create', '--role', 'admin', '--name'], /--name needs a value/],
    [['create', '--role', 'admin', '--name', 'x'.repeat(201)], /1 to 200/],
    [['create', '--admin'], /unknown option "--admin"/],
    [['revoke'], /one key id/],
    [['revoke', 'a', 'b'], /one key id/],
    [['list', 'all'], /no arguments/],
    [['delete'], /unknown command "delete"/],
  ])('refuses %p naming the problem', (argv, problem) => {
    const parsed = parseKeysCommand(argv);
    expect(parsed.command).toBe('usage');
    expect(parsed.command === 'usage' && parsed.problem).toMatch(problem);
  });
});
