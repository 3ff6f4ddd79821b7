// The least any `thrust today` does on Node, for bench/startup.bench.ts: load the SQLite
// addon, open the database, read the profile and the newest plan, parse them, print a line.
// No query builder, no validation, no plan logic: what is left of `thrust today`'s time over
// this is Thrust's own; this over `node -e 0` is out of its hands.
import { createRequire } from 'node:module';
import process from 'node:process';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');
const db = new Database(process.argv[2], { readonly: true, fileMustExist: true });
const profile = JSON.parse(db.prepare('select data from profiles limit 1').get().data);
const plan = JSON.parse(db.prepare('select data from plans order by seq desc limit 1').get().data);
process.stdout.write(`${profile.name}: ${plan.days.length} plan days\n`);
db.close();
