/**
 * Runs a command-line program: its answer is the exit code; anything it throws is one line on stderr,
 * prefixed with the program's name, and `failure` as the exit code (no stack: the CLIs speak to people).
 */
export function runCli(name: string, main: (args: string[]) => Promise<number>, failure = 1): void {
  main(process.argv.slice(2)).then((code) => process.exit(code), (error: unknown) => {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(failure);
  });
}
