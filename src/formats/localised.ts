/**
 * Header names that apps write in the phone's language, to the English names the readers
 * ask for. Strong in German (FORMATS.md §1d, from a parser's fixture of a German Strong
 * export): translated headers and "Ruhezeit" for a rest-timer row; exercise names stay
 * English. Keys are compared as Columns.key compares them (trimmed, lower case).
 */
export const HEADERS: Readonly<Record<string, string>> = {
  datum: 'Date',
  'workout-name': 'Workout Name',
  dauer: 'Duration',
  'name der übung': 'Exercise Name',
  'reihenfolge festlegen': 'Set Order',
  gewicht: 'Weight',
  'wiederh.': 'Reps',
  entfernung: 'Distance',
  sekunden: 'Seconds',
  notizen: 'Notes',
  'workout-notizen': 'Workout Notes',
};

/** A Strong set-order cell that marks a rest-timer row, in the languages known. */
export const REST_TIMER = /^(rest timer|ruhezeit)$/i;
