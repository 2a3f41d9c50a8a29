import type { Dict } from '../i18n';
import { Csrf, ErrorSummary, Select, TextInput, type FieldErrors } from '../components/form';
import { StudyNav } from '../components/study-nav';
import type { Role } from '../../src/domain';

export function TeamPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string };
  members: { userId: number; name: string; email: string; role: Role }[];
  isOwner: boolean;
  values?: Record<string, string | string[]>;
  errors?: FieldErrors;
}) {
  const { t, study } = props;
  const roleLabel = {
    owner: t.studies.roleOwner,
    editor: t.studies.roleEditor,
    viewer: t.studies.roleViewer,
  };
  const e = props.errors ?? {};
  const email = typeof props.values?.email === 'string' ? props.values.email : '';
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="team" title={study.title} />
      <h1>{t.studies.team}</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.auth.name}</th>
            <th scope="col">{t.auth.email}</th>
            <th scope="col">{t.studies.role}</th>
            {props.isOwner && (
              <th scope="col">
                <span class="visually-hidden">{t.studies.remove}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.members.map((m) => (
            <tr>
              <td>{m.name}</td>
              <td>{m.email}</td>
              <td>{roleLabel[m.role]}</td>
              {props.isOwner && (
                <td>
                  {m.role !== 'owner' && (
                    <form
                      method="post"
                      action={`/studies/${study.id}/team/${m.userId}/remove`}
                      class="inline"
                    >
                      <Csrf token={props.csrf} />
                      <button type="submit" class="link">
                        {t.studies.remove}
                      </button>
                    </form>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {props.isOwner && (
        <form method="post" action={`/studies/${study.id}/team`} class="card">
          <h2>{t.studies.addMember}</h2>
          <ErrorSummary errors={e} message={t.common.formHasErrors} />
          <Csrf token={props.csrf} />
          <TextInput
            name="email"
            type="email"
            label={t.studies.memberEmail}
            value={email}
            error={e.email}
            required
          />
          <Select
            name="role"
            label={t.studies.role}
            value={typeof props.values?.role === 'string' ? props.values.role : 'editor'}
            options={[
              { value: 'editor', label: t.studies.roleEditor },
              { value: 'viewer', label: t.studies.roleViewer },
            ]}
          />
          <button type="submit">{t.studies.add}</button>
        </form>
      )}
    </section>
  );
}
