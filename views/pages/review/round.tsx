import type { RoundResults } from '../../../src/compliance';
import type { Dict } from '../../i18n';
import { Csrf, ErrorSummary, Select, TextInput, type FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import type { Values } from './list';
import { PlanSection, type ActionRow } from './plan';
import { NotesList, ResultsTables } from './results';
import { REVIEW_SCORES } from '../../../src/domain';

export interface MemberRow {
  id: number;
  pseudonym: string;
  name: string;
  link: string;
  reviews: string[];
  dossiers: number;
  scores: number;
}

export interface PaperItem {
  id: number;
  lineage: string;
  number: string;
  text: string;
}

const str = (v: Values, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');

/** The facilitator's page of one review round: group and links, group results, paper forms, improvement plan. */
export function ReviewRoundPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string };
  round: { id: number; number: number; title: string; status: 'open' | 'closed'; sampleSize: number };
  versionNumber: number;
  members: MemberRow[];
  items: PaperItem[];
  /** The group's results; for a viewer of the study (above the group) the aggregate, null when too few. */
  results: RoundResults | null;
  actions: ActionRow[];
  earlier: ActionRow[];
  canEdit: boolean;
  notice?: string | undefined;
  paper: { values: Values; errors: FieldErrors };
  action: { values: Values; errors: FieldErrors };
  followUp?: { actionId: number; values: Values; errors: FieldErrors } | undefined;
}) {
  const { t, round } = props;
  const R = t.review;
  const base = `/studies/${props.study.id}/reviews/${round.id}`;
  const pv = props.paper.values;
  const pe = props.paper.errors;
  const scoreOptions = [
    { value: '', label: R.noScore },
    ...REVIEW_SCORES.map((s) => ({ value: s, label: R[`score_${s}`] })),
  ];
  return (
    <section>
      <StudyNav t={t} studyId={props.study.id} current="review" title={props.study.title} />
      <h1>
        {R.round(round.number)}: {round.title}
      </h1>
      <p class="muted">
        {R.versionLabel(props.versionNumber, true)} ·{' '}
        {round.status === 'open' ? R.statusOpen : R.statusClosed}
      </p>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <details class="card">
        <summary>{R.infoTitle}</summary>
        <p>{R.info(round.sampleSize)}</p>
        <p>{R.privacy}</p>
      </details>
      <h2>{R.group}</h2>
      <table id="members">
        <thead>
          <tr>
            <th scope="col">{R.practitioner}</th>
            <th scope="col">{R.reviews}</th>
            <th scope="col">{R.dossiers}</th>
            <th scope="col">{R.scores}</th>
            <th scope="col">{R.link}</th>
          </tr>
        </thead>
        <tbody>
          {props.members.map((m) => (
            <tr data-member={m.pseudonym}>
              <th scope="row">
                {m.pseudonym} {m.name}
                {props.canEdit && m.name && (
                  <details class="erase">
                    <summary>{R.eraseMember}</summary>
                    <p class="small">{R.eraseMemberHint(m.pseudonym)}</p>
                    <form
                      method="post"
                      action={`/studies/${props.study.id}/reviews/${round.id}/members/${m.id}/erase`}
                    >
                      <Csrf token={props.csrf} />
                      <button type="submit" class="secondary">
                        {R.eraseMemberConfirm(m.pseudonym)}
                      </button>
                    </form>
                  </details>
                )}
              </th>
              <td>{m.reviews.join(', ')}</td>
              <td class="num">{m.dossiers}</td>
              <td class="num">{m.scores}</td>
              <td>
                {m.link ? (
                  <input class="link" readonly value={m.link} aria-label={`${R.link} ${m.pseudonym}`} />
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{props.canEdit ? R.groupResults : R.management}</h2>
      {props.results ? (
        <>
          <ResultsTables t={t} r={props.results} id="group-items" />
          <NotesList t={t} r={props.results} />
        </>
      ) : (
        <p class="notice">{R.tooFew}</p>
      )}
      {props.canEdit && (
        // The report is the group's (its notes, items of one or two people): for the facilitator to hand on.
        <p>
          {R.report}:{' '}
          {(['html', 'pdf', 'docx', 'md'] as const).map((f) => (
            <>
              <a href={`${base}/report.${f}`} hx-boost="false">
                {f.toUpperCase()}
              </a>{' '}
            </>
          ))}
        </p>
      )}
      {props.canEdit && round.status === 'open' && (
        <form method="post" action={`${base}/paper`} id="paper" class="card">
          <h2>{R.paper}</h2>
          <p class="hint">{R.paperHint}</p>
          <ErrorSummary errors={pe} message={t.common.formHasErrors} />
          <Csrf token={props.csrf} />
          <Select
            name="reviewerId"
            label={R.reviewer}
            value={str(pv, 'reviewerId')}
            error={pe['reviewerId']}
            options={props.members.map((m) => ({ value: String(m.id), label: `${m.pseudonym} ${m.name}` }))}
          />
          <Select
            name="practitionerId"
            label={R.practitioner}
            value={str(pv, 'practitionerId')}
            error={pe['practitionerId']}
            options={props.members.map((m) => ({ value: String(m.id), label: `${m.pseudonym} ${m.name}` }))}
          />
          <TextInput
            name="code"
            label={R.dossierCode}
            hint={R.dossierHint}
            value={str(pv, 'code')}
            error={pe['code']}
          />
          <table>
            <thead>
              <tr>
                <th scope="col">{R.item}</th>
                <th scope="col">{R.scores}</th>
                <th scope="col">{R.note}</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((x) => (
                <tr>
                  <th scope="row">
                    {x.number} {x.text}
                  </th>
                  <td>
                    <Select
                      name={`score_${x.id}`}
                      label={`${R.scores} ${x.number}`}
                      value={str(pv, `score_${x.id}`)}
                      error={pe[`score_${x.id}`]}
                      options={scoreOptions}
                    />
                  </td>
                  <td>
                    <TextInput
                      name={`note_${x.id}`}
                      label={`${R.note} ${x.number}`}
                      value={str(pv, `note_${x.id}`)}
                      error={pe[`note_${x.id}`]}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit">{R.savePaper}</button>
        </form>
      )}
      <PlanSection
        t={t}
        csrf={props.csrf}
        base={base}
        items={props.items}
        actions={props.actions}
        earlier={props.earlier}
        canEdit={props.canEdit}
        values={props.action.values}
        errors={props.action.errors}
        followUp={props.followUp}
      />
      {props.canEdit && round.status === 'open' && (
        <form method="post" action={`${base}/close`}>
          <Csrf token={props.csrf} />
          <button type="submit" class="secondary">
            {R.close}
          </button>
        </form>
      )}
    </section>
  );
}
