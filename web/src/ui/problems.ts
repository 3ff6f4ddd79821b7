/** A form's view of the API's problem details: one field's words, and the offline case. */
import { ApiError } from '../api';

/** A problem's own words for one field, without the field's name it starts with (the label says it). */
export const said = (error: ApiError | null, field: string): string | undefined =>
  error?.field(field)?.replace(/^[\w.]+: /, '');

/** The error for anything the request did not reach, in the same shape as the API's. */
export const offline = () =>
  new ApiError({ title: 'offline', status: 0, detail: 'No connection: try again when online.' });

/** A number typed into a field; empty is null, which the API names as missing. */
export const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** The words for exactly this field, not for a field inside it (`plates`, not `plates.0.weight`). */
export const saidOf = (error: ApiError | null, field: string): string | undefined =>
  error?.problem.errors?.find((e) => e.field === field)?.message.replace(/^[\w.]+: /, '');
