/** Log in or sign up (multi-user servers). */
import { useState } from 'preact/hooks';
import { api, ApiError, Offline, sendPendingLogout } from '../api';
import { Field } from '../ui/Field';

export function Login(props: { onIn: () => void }) {
  const [signup, setSignup] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [offline, setOffline] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setOffline(false);
    try {
      // The last lifter's logout, made offline, ends their session before anyone logs in.
      if (!(await sendPendingLogout())) throw new Offline('No connection to the server.');
      // A sign-up logs nobody in (its answer is the same for a taken email): log in after it.
      if (signup) await api('POST', '/api/v1/auth/signup', { body: { email, password } });
      await api('POST', '/api/v1/auth/login', { body: { email, password } });
      props.onIn();
    } catch (err) {
      if (err instanceof ApiError) setError(err);
      else if (err instanceof Offline) setOffline(true);
    }
  };

  return (
    <main class="page">
      <h1>{signup ? 'Make an account' : 'Log in'}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Email" error={error?.field('email')}>
          {(id, by) => (
            <input
              id={id}
              aria-describedby={by}
              type="email"
              autoComplete="username"
              value={email}
              onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
            />
          )}
        </Field>
        <Field
          label="Password"
          hint={signup ? 'At least 10 characters.' : undefined}
          error={error?.field('password')}
        >
          {(id, by) => (
            <input
              id={id}
              aria-describedby={by}
              type="password"
              autoComplete={signup ? 'new-password' : 'current-password'}
              value={password}
              onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
            />
          )}
        </Field>
        {offline && (
          <p class="error" role="alert">
            No connection to the server: {signup ? 'making an account' : 'logging in'} needs it. Try
            again when this phone is online.
          </p>
        )}
        {error && !error.problem.errors?.length && (
          <p class="error" role="alert">
            {error.message}
          </p>
        )}
        <button class="primary wide" type="submit">
          {signup ? 'Sign up' : 'Log in'}
        </button>
      </form>
      <p>
        <button class="link" onClick={() => setSignup(!signup)}>
          {signup ? 'I have an account: log in' : 'New here? Make an account'}
        </button>
      </p>
    </main>
  );
}
