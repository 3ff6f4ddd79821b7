/**
 * The JSON backup's format as a JSON Schema (draft 2020-12), made from the zod schema restore
 * parses with, so the published schema and what Thrust reads cannot drift apart. It is
 * committed as schemas/backup.v{N}.json (`npm run schemas`) and served at
 * GET /api/v1/schemas/backup.json.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod';
import { BACKUP_VERSION, backupSchema } from './backup.js';

/**
 * The schema's identifier. `.invalid` (RFC 2606) names no host, so no validator goes looking
 * for it on the network: the schema travels with the repository and each server.
 */
export const backupSchemaId = (version: number) =>
  `https://thrust.invalid/schemas/backup/v${version}.json`;

/** Where the repository keeps each version, relative to its root. */
export const backupSchemaFile = (version: number) => `schemas/backup.v${version}.json`;

/** The record of each version's structural hash, relative to the repository's root. */
export const VERSIONS_FILE = 'schemas/versions.json';

/**
 * What a backup file holds, as restore reads it: `io: 'input'`, so a field restore fills in
 * when missing (`track`, `planId` of a version-1 file written before them) is optional, as
 * older files lack it.
 */
export function backupJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(backupSchema, {
    io: 'input',
    target: 'draft-2020-12',
    // zod writes format "base64", which JSON Schema does not define (strict validators refuse
    // it); contentEncoding "base64" and the pattern beside it say the same in standard words.
    override: (ctx) => {
      if (ctx.jsonSchema.format === 'base64') delete ctx.jsonSchema.format;
    },
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: backupSchemaId(BACKUP_VERSION),
    title: `Thrust backup, format version ${BACKUP_VERSION}`,
    ...rest,
  };
}

/**
 * Drop the words (title, description) at every level: what is left is the format itself. A
 * field that happens to be called "title" (a plan day's) is a key of `properties`, and stays.
 */
function structure(value: unknown, keysAreFields = false): unknown {
  if (Array.isArray(value)) return value.map((v) => structure(v));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => keysAreFields || (k !== 'description' && k !== 'title'))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, structure(v, !keysAreFields && k === 'properties')]),
  );
}

/**
 * SHA-256 of the schema's structure. A change to it (a field, a type, a bound) is a new
 * format and needs a new BACKUP_VERSION; better words in a description are not.
 */
export function structuralHash(schema: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(structure(schema)))
    .digest('hex');
}
