/**
 * The photo files of a backup to restore, checked as an upload is: a backup is a file anyone
 * could have written, and a restored file is served back from this origin. Each file's type
 * must be one an upload takes and its bytes must be that image (by their magic number), and
 * it must belong to a photo of the same backup, so no HTML, SVG or script (nor a type with a
 * line break, which would split the response's headers) is ever stored.
 */
import { z } from '@hono/zod-openapi';
import { MAX_PHOTO_BYTES, sniff, UPLOAD_TYPES } from '../app/body.js';

const photoFile = z
  .object({
    photoId: z.string().min(1).max(64),
    contentType: z.enum(UPLOAD_TYPES, {
      message: `must be one of ${UPLOAD_TYPES.join(', ')}`,
    }),
    base64: z.base64(),
  })
  .loose();

/** A backup's body: its photos and photo files checked, everything else left to restore. */
export const restorable = z
  .object({
    photos: z.array(z.object({ id: z.string() }).loose()).optional(),
    photoFiles: z.array(photoFile).optional(),
  })
  .loose()
  .superRefine((backup, ctx) => {
    const photos = new Set((backup.photos ?? []).map((p) => p.id));
    const seen = new Set<string>();
    for (const [i, f] of (backup.photoFiles ?? []).entries()) {
      const at = (field: string) => ['photoFiles', i, field];
      if (!photos.has(f.photoId))
        ctx.addIssue({
          code: 'custom',
          path: at('photoId'),
          message: `no photo in the backup has the id "${f.photoId.slice(0, 64)}"`,
        });
      if (seen.has(f.photoId))
        ctx.addIssue({
          code: 'custom',
          path: at('photoId'),
          message: 'a second file for one photo',
        });
      seen.add(f.photoId);
      const bytes = Buffer.from(f.base64, 'base64');
      if (bytes.length > MAX_PHOTO_BYTES)
        ctx.addIssue({
          code: 'custom',
          path: at('base64'),
          message: `a photo may be at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB`,
        });
      const actual = sniff(bytes);
      if (actual !== f.contentType)
        ctx.addIssue({
          code: 'custom',
          path: at('base64'),
          message: `the bytes are ${actual ?? 'not an image of the types taken'}, not ${f.contentType}`,
        });
    }
  });
