import type { PanelListPage } from '../../../db/panel/panel';
import type { ImportRow } from '../../../src/panel/csv';
import { Csrf, ErrorSummary, TextInput, type FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import type { Dict } from '../../i18n';
import { fmt } from '../participate/fmt';
import { formatDate, langOf } from '../../format';

export interface ImportReport {
  imported: number;
  refused: ImportRow[];
  unknownHeaders: string[];
  error?: string | undefined;
}

export function PanelPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string };
  /** One page of the panel, in pseudonym order (see `panelListPage`). */
  list: PanelListPage;
  canEdit: boolean;
  values?: Record<string, string>;
  errors?: FieldErrors;
  notice?: string | undefined;
  report?: ImportReport | undefined;
  link?: { pseudonym: string; name: string; url: string } | undefined;
}) {
  const { t, study } = props;
  const p = t.panel;
  const base = `/studies/${study.id}/panel`;
  const errors = props.errors ?? {};
  const v = props.values ?? {};
  const { groups, pages, page: current, rows: shown } = props.list;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="panel" title={study.title} />
      <h1>{p.title}</h1>
      <p class="muted">{p.intro}</p>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      {props.link && (
        <div class="card" role="status" id="link">
          <h2>
            {p.linkFor} {props.link.pseudonym} ({props.link.name})
          </h2>
          <label for="link-url">{p.link}</label>
          <input id="link-url" type="text" readonly value={props.link.url} class="mono" />
          <p class="hint">{p.linkNote}</p>
        </div>
      )}
      {props.report && <Report t={t} report={props.report} />}
      {props.list.total === 0 ? (
        <p>{p.empty}</p>
      ) : (
        <>
          <p>
            <strong>{p.composition}:</strong> {groups.map(([g, n]) => `${g || p.noGroup} ${n}`).join(' · ')}
          </p>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  {(props.canEdit
                    ? [p.pseudonym, p.name, p.email, p.organisation, p.role, p.group, p.status]
                    : [p.pseudonym, p.organisation, p.role, p.group, p.status]
                  ).map((h) => (
                    <th scope="col">{h}</th>
                  ))}
                  <th scope="col">
                    <span class="visually-hidden">{p.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr>
                    <td>{r.pseudonym}</td>
                    {props.canEdit && (
                      <>
                        <td>{r.name}</td>
                        <td class="small">{r.email ?? ''}</td>
                      </>
                    )}
                    <td>{r.organisation}</td>
                    <td>{r.role}</td>
                    <td>{r.stakeholderGroup}</td>
                    <td>
                      {r.revokedAt ? (
                        <>
                          <span class="badge">{r.erasedAt ? p.erasedBadge : p.revoked}</span>{' '}
                          <span class="small muted nowrap">{formatDate(r.revokedAt, langOf(t))}</span>
                        </>
                      ) : (
                        p.active
                      )}
                    </td>
                    <td class="row-actions stacked">
                      {props.canEdit && !r.revokedAt && (
                        <a href={`${base}/${r.id}/link#link`}>{p.copyLink}</a>
                      )}
                      {props.canEdit && !r.erasedAt && <a href={`${base}/${r.id}`}>{p.manage}</a>}
                      {props.canEdit && (
                        <>
                          <form
                            method="post"
                            action={`${base}/${r.id}/regenerate`}
                            class="inline"
                            hx-confirm={p.regenerateConfirm}
                          >
                            <Csrf token={props.csrf} />
                            <button type="submit" class="link">
                              {p.regenerate}
                            </button>
                          </form>
                          {!r.revokedAt && (
                            <form
                              method="post"
                              action={`${base}/${r.id}/revoke`}
                              class="inline"
                              hx-confirm={p.revokeConfirm}
                            >
                              <Csrf token={props.csrf} />
                              <button type="submit" class="link">
                                {p.revoke}
                              </button>
                            </form>
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 && (
            <nav aria-label={p.pages} class="pager">
              {Array.from({ length: pages }, (_, i) =>
                i + 1 === current ? (
                  <strong aria-current="page">{i + 1}</strong>
                ) : (
                  <a href={`${base}?page=${i + 1}`}>{i + 1}</a>
                ),
              )}
            </nav>
          )}
        </>
      )}
      {props.canEdit && (
        <div class="two-col">
          <form method="post" action={base} class="card" id="add">
            <h2>{p.add}</h2>
            <Csrf token={props.csrf} />
            <ErrorSummary errors={errors} message={t.common.formHasErrors} />
            <TextInput name="name" label={p.name} value={v['name']} error={errors['name']} required />
            <TextInput
              name="email"
              type="email"
              label={p.email}
              hint={p.emailHint}
              value={v['email']}
              error={errors['email']}
            />
            <TextInput name="organisation" label={p.organisation} value={v['organisation']} />
            <TextInput name="role" label={p.role} value={v['role']} />
            <TextInput
              name="stakeholderGroup"
              label={p.group}
              hint={p.groupHint}
              value={v['stakeholderGroup']}
            />
            <button type="submit">{p.add}</button>
          </form>
          <form
            method="post"
            action={`${base}/import`}
            class="card"
            enctype="multipart/form-data"
            hx-boost="false"
          >
            <h2>{p.importTitle}</h2>
            <Csrf token={props.csrf} />
            <p class="hint">{p.importHint}</p>
            <div class="field">
              <label for="f-file">{p.file}</label>
              <input id="f-file" type="file" name="file" accept=".csv,text/csv,text/plain" />
            </div>
            <div class="field">
              <label for="f-csv">{p.orPaste}</label>
              <textarea id="f-csv" name="csv" rows={5}></textarea>
            </div>
            <button type="submit">{p.import}</button>
          </form>
        </div>
      )}
    </section>
  );
}

function Report(props: { t: Dict; report: ImportReport }) {
  const p = props.t.panel;
  const r = props.report;
  return (
    <div
      class={r.refused.length || r.error ? 'error-summary' : 'notice'}
      role="alert"
      tabindex={-1}
      id="import-report"
      autofocus
    >
      <h2>{p.importReport}</h2>
      {r.error ? (
        <p>{r.error}</p>
      ) : (
        <>
          <p>{fmt(p.importedN, { n: r.imported })}</p>
          {r.unknownHeaders.length > 0 && (
            <p>{fmt(p.unknownHeaders, { list: r.unknownHeaders.join(', ') })}</p>
          )}
          {r.refused.length > 0 && (
            <>
              <p>{fmt(p.refusedN, { n: r.refused.length })}</p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{p.row}</th>
                    <th scope="col">{p.name}</th>
                    <th scope="col">{p.email}</th>
                    <th scope="col">{p.reason}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.refused.map((row) => (
                    <tr>
                      <td>{row.row}</td>
                      <td>{row.input.name}</td>
                      <td>{row.input.email ?? ''}</td>
                      <td>{row.errors.map((e) => p[e]).join('; ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </div>
  );
}
