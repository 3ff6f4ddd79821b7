/**
 * The committed JSON Schema of the backup (schemas/backup.v{N}.json) as a validator, for
 * every test that makes a backup: what Thrust writes must be what it publishes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { BACKUP_VERSION } from './backup.js';
import { backupSchemaFile } from './backup-schema.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The schema as committed, not as generated now: a stale file fails here too. */
export const committedSchema = (version = BACKUP_VERSION) =>
  JSON.parse(readFileSync(join(ROOT, backupSchemaFile(version)), 'utf8')) as Record<
    string,
    unknown
  >;

// Strict: an unknown keyword or format in the schema is an error, as in strict validators.
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(committedSchema());

/** The errors, each as "path: message" (empty when the backup is valid). */
export function backupErrors(backup: unknown): string[] {
  return validate(backup)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? ''}`);
}

/** A backup (an object or its JSON text) validates against the committed schema. */
export function expectValidBackup(backup: unknown): void {
  // As the file holds it: a value the use case returns is read back from its JSON.
  const text = typeof backup === 'string' ? backup : JSON.stringify(backup);
  const value: unknown = JSON.parse(text);
  expect(backupErrors(value)).toEqual([]);
}
