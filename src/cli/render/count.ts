/** "1 photo", "3 photos": a number and its noun, singular for one. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
