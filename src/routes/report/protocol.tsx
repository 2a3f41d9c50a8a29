import { Hono, type Context } from 'hono';
import { protocolHistory, ratingRoundOpened } from '../../../db/decisions/consensus';
import type { FieldErrors } from '../../../views/components/form';
import { translate } from '../../../views/i18n';
import { ProtocolPage } from '../../../views/pages/protocol/page';
import { describeProtocol } from '../../consensus';
import {
  parseStoredProtocol,
  protocolFormSchema,
  protocolFormValues,
  protocolFromForm,
  type ProtocolForm,
} from '../../decisions';
import { protocolInForce, saveProtocol } from '../../services/decisions';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { formValidator } from '../../http/validate';

export const protocolRoutes = new Hono<StudyEnv>();
type C = Context<StudyEnv>;

function render(
  c: C,
  values: Record<string, string | string[]> | null,
  errors: FieldErrors = {},
  status: 200 | 422 = 200,
) {
  const { db, study, t } = c.var;
  const inForce = protocolInForce(db, study.id);
  const history = protocolHistory(db, study.id).flatMap((h) => {
    const p = parseStoredProtocol(h.config);
    return p
      ? [
          {
            at: h.createdAt,
            description: describeProtocol(p, c.var.lang),
            maxRounds: h.maxRounds,
            reason: h.reason,
          },
        ]
      : [];
  });
  return page(
    c,
    t.consensus.title,
    <ProtocolPage
      t={t}
      csrf={c.var.csrf}
      study={study}
      description={describeProtocol(inForce.protocol, c.var.lang)}
      maxRounds={inForce.maxRounds}
      isDefault={inForce.isDefault}
      savedAt={inForce.createdAt}
      locked={ratingRoundOpened(db, study.id)}
      canEdit={c.var.role !== 'viewer'}
      history={history.reverse()}
      values={values ?? protocolFormValues(inForce.protocol, inForce.maxRounds)}
      errors={errors}
      saved={c.req.query('saved') === '1'}
    />,
    { status },
  );
}

protocolRoutes.get('/', (c) => render(c, null));

/** The validated form as strings again, to show it with the messages of the checks that need the study. */
const typedValues = (form: ProtocolForm) =>
  Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v === null ? '' : String(v)]));

protocolRoutes.post(
  '/',
  formValidator<typeof protocolFormSchema, StudyEnv>(protocolFormSchema, (c, errors, values) =>
    render(c, values, errors, 422),
  ),
  (c) => {
    const { db, study, t } = c.var;
    const form = c.req.valid('form');
    const result = protocolFromForm(
      form,
      { importance: study.importanceScale, frequency: study.frequencyScale },
      ratingRoundOpened(db, study.id),
    );
    if ('issues' in result) {
      const errors: FieldErrors = {};
      for (const i of result.issues) errors[i.field] ??= translate(i.message, t);
      return render(c, typedValues(form), errors, 422);
    }
    saveProtocol(db, study.id, c.var.user.id, result);
    return seeOther(c, `/studies/${study.id}/protocol?saved=1`);
  },
);
