// `npm run schemas`: write the JSON backup's schema (schemas/backup.v{N}.json) from the zod
// schema restore reads with, and record its structural hash in schemas/versions.json. A
// structure that changed under a version already recorded is refused: that is a new format,
// so BACKUP_VERSION must rise (and restore learn to read the old one) first.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import {
  backupJsonSchema,
  backupSchemaFile,
  structuralHash,
  VERSIONS_FILE,
} from '../src/app/backup-schema.js';
import { BACKUP_VERSION } from '../src/app/backup.js';

const root = join(import.meta.dirname, '..');
const schema = backupJsonSchema();
const hash = structuralHash(schema);
const versionsPath = join(root, VERSIONS_FILE);
const versions = JSON.parse(readFileSync(versionsPath, 'utf8')) as {
  backup: Record<string, string>;
};
const recorded = versions.backup[String(BACKUP_VERSION)];
if (recorded !== undefined && recorded !== hash) {
  process.stderr.write(
    `The backup format changed, but its version is still ${BACKUP_VERSION} (recorded ${recorded.slice(0, 12)}..., now ${hash.slice(0, 12)}...). Raise BACKUP_VERSION in src/app/backup.ts, teach restore to read version ${BACKUP_VERSION}, then run npm run schemas again.\n`,
  );
  process.exit(1);
}
versions.backup[String(BACKUP_VERSION)] = hash;
// Written as Prettier writes JSON, so `npm run format` finds nothing to change.
const json = (value: unknown) => format(JSON.stringify(value), { parser: 'json', printWidth: 100 });
writeFileSync(join(root, backupSchemaFile(BACKUP_VERSION)), await json(schema));
writeFileSync(versionsPath, await json(versions));
process.stdout.write(
  `Wrote ${backupSchemaFile(BACKUP_VERSION)} (structure ${hash.slice(0, 12)}...).\n`,
);
