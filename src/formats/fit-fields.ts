/**
 * What both of Thrust's FIT files share: the file id, Thrust's developer data id, the
 * developer fields that carry what FIT's own messages cannot hold, and a typed door to the
 * SDK's encoder. Written with Garmin's FIT JavaScript SDK (@garmin/fitsdk), FIT profile
 * version 21.217 (Profile.version; the file header carries it as 21217).
 */
import { Encoder, Profile, type FieldValue } from '@garmin/fitsdk';

function mesgNum(name: string): number {
  const n = Profile.MesgNum[name];
  if (n === undefined) throw new Error(`FIT profile: no message ${name}`);
  return n;
}

/** The messages Thrust writes, by the profile's numbers. */
export const MESG = {
  fileId: mesgNum('FILE_ID'),
  developerDataId: mesgNum('DEVELOPER_DATA_ID'),
  fieldDescription: mesgNum('FIELD_DESCRIPTION'),
  event: mesgNum('EVENT'),
  set: mesgNum('SET'),
  lap: mesgNum('LAP'),
  session: mesgNum('SESSION'),
  activity: mesgNum('ACTIVITY'),
  workout: mesgNum('WORKOUT'),
  workoutStep: mesgNum('WORKOUT_STEP'),
} as const;

/** The number the profile gives `value` in type `type`; throws when the profile lacks it. */
export function numberOf(type: string, value: string): number {
  const list = Profile.types[type];
  const hit = list && Object.entries(list).find(([, v]) => v === value);
  if (!hit) throw new Error(`FIT profile: ${type} has no ${value}`);
  return Number(hit[0]);
}

/** FIT's product number for Thrust under manufacturer 'development' (255): any will do. */
export const PRODUCT = 1;

/** Thrust's application id in developer data id messages (a fixed UUID, as bytes). */
const APPLICATION_ID = [
  0x8b, 0x3e, 0x52, 0x1f, 0x6c, 0x0a, 0x4d, 0x27, 0x9e, 0x31, 0x5a, 0x74, 0x02, 0xc6, 0x19, 0xd8,
];

/** One developer field: its number, name (what a reader sees), FIT base type and unit. */
interface DevField {
  readonly num: number;
  readonly name: string;
  readonly type: 'string' | 'uint8' | 'float32';
  readonly units?: string;
}

/** Developer fields of a `set` message: what FIT's set has no field for. */
export const SET_FIELDS = {
  side: { num: 0, name: 'side', type: 'string' },
  hold: { num: 1, name: 'top_hold', type: 'uint8', units: 's' },
  clean: { num: 2, name: 'clean_form', type: 'uint8' },
  band: { num: 3, name: 'band', type: 'string' },
  rpe: { num: 4, name: 'rpe', type: 'float32' },
  rir: { num: 5, name: 'reps_in_reserve', type: 'uint8' },
  felt: { num: 6, name: 'felt_in', type: 'string' },
  warmup: { num: 7, name: 'warm_up', type: 'uint8' },
  exercise: { num: 8, name: 'exercise', type: 'string' },
  distance: { num: 9, name: 'distance', type: 'float32', units: 'm' },
  note: { num: 10, name: 'note', type: 'string' },
  /** The plan track the set was logged against ("activation", "barbell-hip-thrust/heavy"). */
  track: { num: 11, name: 'track', type: 'string' },
} as const satisfies Record<string, DevField>;

export type SetField = keyof typeof SET_FIELDS;

/** The developer data id message every Thrust file names its fields under (index 0). */
const developerDataId = {
  developerId: APPLICATION_ID,
  applicationId: APPLICATION_ID,
  manufacturerId: 'development',
  developerDataIndex: 0,
  applicationVersion: 1,
};

function description(f: DevField): Record<string, FieldValue | undefined> {
  return {
    developerDataIndex: 0,
    fieldDefinitionNumber: f.num,
    fitBaseTypeId: numberOf('fitBaseType', f.type),
    fieldName: f.name,
    units: f.units,
    nativeMesgNum: MESG.set,
  };
}

/** A message's fields by the profile's (camelCase) names; absent values are not written. */
export type Fields = Record<string, FieldValue | Record<string, FieldValue> | undefined>;

/** The SDK's encoder behind one typed call. */
export class Writer {
  readonly #encoder: Encoder;

  constructor(withDeveloperFields: boolean) {
    this.#encoder = new Encoder();
    if (!withDeveloperFields) return;
    for (const f of Object.values(SET_FIELDS) as DevField[])
      this.#encoder.addDeveloperField(f.num, developerDataId as never, description(f));
  }

  write(mesgNum: number, fields: Fields): this {
    const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v != null));
    this.#encoder.onMesg(mesgNum, present);
    return this;
  }

  /** The developer data id and every field description, as messages in the file. */
  describe(): this {
    this.write(MESG.developerDataId, developerDataId);
    for (const f of Object.values(SET_FIELDS) as DevField[])
      this.write(MESG.fieldDescription, description(f));
    return this;
  }

  close(): Uint8Array {
    return this.#encoder.close();
  }
}

/** The file id message: `type` 'activity' or 'workout', Thrust as a development product. */
export function fileId(type: 'activity' | 'workout', created: Date, serial: number): Fields {
  return {
    type,
    manufacturer: 'development',
    product: PRODUCT,
    serialNumber: serial,
    timeCreated: created,
  };
}

/** Text cut to fit a FIT string field (255 bytes with its NUL) on a character boundary. */
export function fitString(text: string, maxBytes = 254): { text: string; cut: boolean } {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= maxBytes) return { text, cut: false };
  let out = '';
  let used = 0;
  for (const ch of text) {
    const n = new TextEncoder().encode(ch).length;
    if (used + n > maxBytes) break;
    out += ch;
    used += n;
  }
  return { text: out, cut: true };
}
