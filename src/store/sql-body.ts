/** The Store's body data over Kysely: measurements, performance tests, progress photos. */
import type { Kysely } from 'kysely';
import { writeTx, type Engine } from './engine.js';
import type { Measurement, PerformanceTest, Photo, Store } from './port.js';
import { measurementRow, measurementRowOf, photoRowOf, testRowOf, toTest } from './rows.js';
import type { Database } from './schema.js';

type BodyMethods = Pick<
  Store,
  | 'addMeasurement'
  | 'measurements'
  | 'addTest'
  | 'tests'
  | 'addPhoto'
  | 'addPhotoFile'
  | 'photoFile'
  | 'deletePhoto'
  | 'photos'
>;

export function sqlBody(db: Kysely<Database>, engine: Engine): BodyMethods {
  return {
    async addMeasurement(user, m: Measurement) {
      await db.insertInto('measurements').values(measurementRowOf(user, m)).execute();
    },

    async measurements(user, kind) {
      let q = db
        .selectFrom('measurements')
        .select(['id', 'date', 'kind', 'value', 'unit', 'note'])
        .where('user_id', '=', user);
      if (kind) q = q.where('kind', '=', kind);
      const rows = await q.orderBy('date').orderBy('id').execute();
      return rows.map((r) => measurementRow.parse(r));
    },

    async addTest(user, t: PerformanceTest) {
      await db.insertInto('performance_tests').values(testRowOf(user, t)).execute();
    },

    async tests(user) {
      const rows = await db
        .selectFrom('performance_tests')
        .select(['id', 'date', 'kind', 'value', 'unit', 'distance_m', 'note'])
        .where('user_id', '=', user)
        .orderBy('date')
        .orderBy('id')
        .execute();
      return rows.map(toTest);
    },

    async addPhoto(user, p: Photo) {
      await db.insertInto('photos').values(photoRowOf(user, p)).execute();
    },

    async addPhotoFile(user, p, file) {
      await writeTx(db, engine, async (trx) => {
        await trx.insertInto('photos').values(photoRowOf(user, p)).execute();
        await trx
          .insertInto('photo_files')
          .values({
            photo_id: p.id,
            user_id: user,
            content_type: file.contentType,
            bytes: file.bytes,
          })
          .execute();
      });
    },

    async photoFile(user, id) {
      const r = await db
        .selectFrom('photo_files')
        .select(['content_type', 'bytes'])
        .where('user_id', '=', user)
        .where('photo_id', '=', id)
        .executeTakeFirst();
      return r ? { contentType: r.content_type, bytes: new Uint8Array(r.bytes) } : null;
    },

    async deletePhoto(user, id) {
      const r = await db
        .deleteFrom('photos')
        .where('user_id', '=', user)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async photos(user) {
      return db
        .selectFrom('photos')
        .select(['id', 'date', 'path', 'note'])
        .where('user_id', '=', user)
        .orderBy('date')
        .orderBy('id')
        .execute();
    },
  };
}
