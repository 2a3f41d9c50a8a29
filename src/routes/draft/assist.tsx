import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { findAssistSettings, saveAssistSettings } from '../../../db/draft/assist';
import type { FieldErrors } from '../../../views/components/form';
import type { Dict } from '../../../views/i18n';
import { AssistPage, type AssistValues } from '../../../views/pages/draft/assist';
import type { AssistFailure } from '../../assist/client';
import { AssistFormSchema } from '../../draft/assist-form';
import { runAssist } from '../../services/draft/run-assist';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { formValidator } from '../../http/validate';
import { button, studyRef, type C } from './shared';

/** The language-model assist: settings (owner and editor) and a run that adds suggestions to the draft. */
export const draftAssistRoutes = new Hono<StudyEnv>();

const FAILURE: Record<AssistFailure, keyof Dict['assist']> = {
  timeout: 'failTimeout',
  unreachable: 'failUnreachable',
  http: 'failHttp',
  format: 'failFormat',
};

function assistPage(
  c: C,
  opts: {
    values?: Record<string, string | string[]>;
    errors?: FieldErrors;
    failure?: AssistFailure;
    status?: ContentfulStatusCode;
  } = {},
) {
  const t = c.var.t;
  const stored = findAssistSettings(c.var.db, c.var.study.id);
  const typed = opts.values;
  const values: AssistValues = typed
    ? {
        enabled: typed.enabled === 'on',
        endpoint: String(typed.endpoint ?? ''),
        model: String(typed.model ?? ''),
      }
    : { enabled: stored?.enabled ?? false, endpoint: stored?.endpoint ?? '', model: stored?.model ?? '' };
  const q = (k: string) => Number(c.req.query(k) ?? 0) || 0;
  const msg = c.req.query('msg');
  const notice =
    msg === 'saved'
      ? t.assist.saved
      : msg === 'done'
        ? t.assist.done(q('items'), q('dropped'))
        : msg === 'noCases'
          ? t.assist.noCases
          : undefined;
  return page(
    c,
    t.assist.title,
    <AssistPage
      t={t}
      csrf={c.var.csrf}
      study={studyRef(c)}
      canEdit={c.var.role !== 'viewer'}
      values={values}
      hasKey={!!stored?.apiKey}
      on={!!stored?.enabled}
      errors={opts.errors}
      notice={notice}
      failure={opts.failure && (t.assist[FAILURE[opts.failure]] as string)}
    />,
    { status: opts.status ?? 200 },
  );
}

const home = (c: C, query = '') => `/studies/${c.var.study.id}/draft/assist${query}`;

draftAssistRoutes.get('/', (c) => assistPage(c));

draftAssistRoutes.post(
  '/settings',
  formValidator<typeof AssistFormSchema, StudyEnv>(AssistFormSchema, (c, errors, values) =>
    assistPage(c, { values, errors, status: 422 }),
  ),
  (c) => {
    saveAssistSettings(c.var.db, c.var.study.id, c.var.user.id, c.req.valid('form'));
    return seeOther(c, home(c, '?msg=saved'));
  },
);

draftAssistRoutes.post('/run', button(), async (c) => {
  const res = await runAssist(c.var.db, c.var.study, c.var.user.id, {
    timeoutMs: c.var.config.MAATSTAF_ASSIST_TIMEOUT_MS,
  });
  if (res.kind === 'suggested')
    return seeOther(
      c,
      `/studies/${c.var.study.id}/draft?msg=assisted&items=${res.items}&dropped=${res.dropped}`,
    );
  if (res.kind === 'failed') return assistPage(c, { failure: res.failure, status: 502 });
  return seeOther(c, home(c, res.kind === 'noCases' ? '?msg=noCases' : ''));
});
