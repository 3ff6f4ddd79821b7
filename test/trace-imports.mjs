// Preloaded with --import: writes every module URL the program resolves to stderr, one per
// line, prefixed "import:". Used to check that a command does not load what it need not.
import { register } from 'node:module';

const hook = `
import { writeSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  writeSync(2, 'import:' + r.url + '\\n');
  return r;
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
