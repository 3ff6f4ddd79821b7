/**
 * Settings: what `thrust init --force`, `thrust plan --new` and `thrust settings` change, on
 * one phone screen. The training form (goal, days, units, equipment) saves the profile and
 * starts a new plan from today, the log carrying over; the progression form changes how
 * loads rise and stats are reckoned, and the plan stays; the time zone says which day is
 * today (this device's unless chosen).
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiError, get } from '../api';
import type { Profile } from '../types';
import { ProgressionForm } from './settings-progression';
import { TrainingForm } from './settings-training';
import { ZoneForm } from './settings-zone';
import './settings.css';

export function Settings() {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const load = () =>
    get<Profile>('/api/v1/profile')
      .then((p) => {
        setProfile(p);
        setFailed(null);
      })
      .catch((e: unknown) =>
        setFailed(e instanceof ApiError ? e.message : 'No connection: settings need the server.'),
      );
  useEffect(() => void load(), []);

  return (
    <section class="settings">
      <h1>Settings</h1>
      {failed && (
        <p class="error" role="alert">
          {failed}
        </p>
      )}
      {!profile && !failed && <p class="muted">Loading…</p>}
      {profile && (
        <>
          <TrainingForm profile={profile} onSaved={(p) => setProfile(p)} />
          <ProgressionForm
            profile={profile}
            onSaved={(settings) => setProfile({ ...profile, settings })}
          />
          <ZoneForm />
        </>
      )}
    </section>
  );
}
