/** Command-line flags shared by the bench and its diagnostic scripts. */

/** The value after a flag, e.g. `--size 5MB`; undefined when the flag is absent. */
export function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** The article size `--size` asks for, 5 MB unless it says 1MB. */
export function articleBytesFlag(): number {
  return (flag('--size') ?? '5MB').toUpperCase() === '1MB' ? 1_000_000 : 5_000_000;
}

/** `--list custom`: the diagnostic scripts measure with the bench's custom watch list imported. */
export function customListFlag(): boolean {
  return flag('--list') === 'custom';
}
