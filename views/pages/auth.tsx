import type { Dict } from '../i18n';
import { Csrf, ErrorSummary, TextInput, type FieldErrors } from '../components/form';

export function LoginPage(props: {
  t: Dict;
  csrf: string;
  values?: { email?: string; next?: string };
  error?: string;
}) {
  const { t } = props;
  return (
    <section class="card narrow">
      <h1>{t.auth.loginTitle}</h1>
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
      <form method="post" action="/login" hx-boost="false">
        <Csrf token={props.csrf} />
        <input type="hidden" name="next" value={props.values?.next ?? ''} />
        <TextInput
          name="email"
          type="email"
          label={t.auth.email}
          value={props.values?.email}
          required
          autocomplete="username"
        />
        <TextInput
          name="password"
          type="password"
          label={t.auth.password}
          required
          autocomplete="current-password"
        />
        <button type="submit">{t.auth.login}</button>
      </form>
    </section>
  );
}

export function SetupPage(props: {
  t: Dict;
  csrf: string;
  token: string;
  values?: Record<string, string | string[]>;
  errors?: FieldErrors;
}) {
  const { t } = props;
  const v = (k: string) => {
    const x = props.values?.[k];
    return typeof x === 'string' ? x : '';
  };
  const e = props.errors ?? {};
  return (
    <section class="card narrow">
      <h1>{t.auth.setupTitle}</h1>
      <p>{t.auth.setupIntro}</p>
      <ErrorSummary errors={e} message={t.common.formHasErrors} />
      <form method="post" action={`/setup/${props.token}`} hx-boost="false">
        <Csrf token={props.csrf} />
        <TextInput
          name="name"
          label={t.auth.name}
          value={v('name')}
          error={e.name}
          required
          autocomplete="name"
        />
        <TextInput
          name="email"
          type="email"
          label={t.auth.email}
          value={v('email')}
          error={e.email}
          required
          autocomplete="username"
        />
        <TextInput
          name="password"
          type="password"
          label={t.auth.password}
          hint={t.auth.passwordHint}
          error={e.password}
          required
          autocomplete="new-password"
        />
        <button type="submit">{t.auth.createAccount}</button>
      </form>
    </section>
  );
}
