import type { RoundReport } from '../../../src/report';
import type { Dict } from '../../i18n';
import { formatDateTime, langOf } from '../../format';
import { groupLabel, num, pText } from './format';

export function ProtocolSection(props: { t: Dict; report: RoundReport }) {
  const { t, report } = props;
  const r = t.report;
  return (
    <section aria-labelledby="h-protocol">
      <h2 id="h-protocol">{r.protocolTitle}</h2>
      {report.protocol.isDefault && <p class="notice">{r.protocolDefault}</p>}
      <p>{report.protocol.description}</p>
      <p>{t.consensus.maxRoundsShown(report.protocol.maxRounds)}</p>
      {report.protocol.changes.length > 0 && (
        <>
          <h3>{r.protocolChanges}</h3>
          <ul>
            {report.protocol.changes.map((c) => (
              <li>
                <strong>{r.changedAt(formatDateTime(c.at, langOf(t)))}</strong> — {t.consensus.reasonLabel}:{' '}
                {c.reason}
                <br />
                <span class="small">{c.description}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * The textbook W over complete panellists, and — when anyone answered "cannot judge" or skipped an item — the
 * Skillings–Mack W over everyone with two or more ratings, with the n it rests on.
 */
export function KendallSection(props: { t: Dict; report: RoundReport }) {
  const { t, report } = props;
  const r = t.report;
  const dims = ['importance', 'frequency'] as const;
  const incomplete = dims.some((d) => report.kendallIncomplete[d].method === 'skillings-mack');
  return (
    <section aria-labelledby="h-kendall">
      <h2 id="h-kendall">{r.kendallTitle}</h2>
      <ul>
        {dims.map((d) => {
          const k = report.kendall[d];
          const sm = report.kendallIncomplete[d];
          const label = r[`dim_${d}`];
          return (
            <li>
              {k.w === null
                ? r.kendallUndefined(label)
                : r.kendallLine(label, num(t, k.w, 3), k.m, k.n, num(t, k.chi2, 1), pText(t, k.p))}
              {sm.method === 'skillings-mack' && (
                <>
                  {' '}
                  {sm.w === null
                    ? r.kendallIncompleteUndefined
                    : r.kendallIncompleteLine(
                        num(t, sm.w, 3),
                        sm.m,
                        sm.n,
                        sm.ratings,
                        num(t, sm.chi2, 1),
                        pText(t, sm.p),
                      )}
                  {sm.panellistsLeftOut > 0 && <> {r.kendallLeftOut(sm.panellistsLeftOut)}</>}
                </>
              )}
            </li>
          );
        })}
      </ul>
      {incomplete && <p class="muted">{r.kendallMethod}</p>}
    </section>
  );
}

export function GroupsSection(props: { t: Dict; report: RoundReport; base: string }) {
  const { t, report } = props;
  const r = t.report;
  const withGroups = report.items.filter((it) => it.groups.length > 0);
  const divergent = report.items.filter((it) => it.groups.some((g) => g.divergent));
  return (
    <section aria-labelledby="h-groups">
      <h2 id="h-groups">{r.groupsTitle}</h2>
      {withGroups.length === 0 ? (
        <p>{r.groupsNone}</p>
      ) : (
        <>
          <p>{r.groupsIntro}</p>
          <p>
            <strong>{r.divergentCount(divergent.length)}</strong>
          </p>
          {divergent.length > 0 && (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{r.colNumber}</th>
                    <th scope="col">{r.dimension}</th>
                    {divergent[0]!.groups[0]!.groups.map((g) => (
                      <th scope="col">{groupLabel(t, g.group)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {divergent.flatMap((it) =>
                    it.groups
                      .filter((g) => g.divergent)
                      .map((g) => (
                        <tr>
                          <td>
                            <a href={`${props.base}/items/${it.roundItemId}`}>{it.number}</a>
                          </td>
                          <td>{r[`dim_${g.dimension}`]}</td>
                          {g.groups.map((x) => (
                            <td class="num">
                              {num(t, x.agreement, 0)}% <span class="muted small">(n = {x.n})</span>
                            </td>
                          ))}
                        </tr>
                      )),
                  )}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

export function AttritionSection(props: { t: Dict; report: RoundReport }) {
  const { t, report } = props;
  const r = t.report;
  const l = report.leavers;
  return (
    <section aria-labelledby="h-attrition">
      <h2 id="h-attrition">{r.attritionTitle}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{r.roundCol}</th>
              <th scope="col">{r.groupCol}</th>
              <th scope="col">{r.invited}</th>
              <th scope="col">{r.started}</th>
              <th scope="col">{r.completed}</th>
            </tr>
          </thead>
          <tbody>
            {report.attrition.flatMap((a) => [
              <tr class="total-row">
                <th scope="row">
                  {a.number} ({r[`kind_${a.kind as 'rating'}`] ?? a.kind})
                </th>
                <td>{r.total}</td>
                <td class="num">{a.total.invited}</td>
                <td class="num">{a.total.started}</td>
                <td class="num">{a.total.completed}</td>
              </tr>,
              ...(a.groups.length > 1
                ? a.groups.map((g) => (
                    <tr>
                      <td></td>
                      <td>{groupLabel(t, g.group)}</td>
                      <td class="num">{g.invited}</td>
                      <td class="num">{g.started}</td>
                      <td class="num">{g.completed}</td>
                    </tr>
                  ))
                : []),
            ])}
          </tbody>
        </table>
      </div>
      {l && (
        <>
          <h3>{r.leaversTitle}</h3>
          <p class="small">{r.leaversMethod(l.previousRoundNumber)}</p>
          {l.leavers === 0 ? (
            <p>{r.noLeavers}</p>
          ) : (
            <>
              <table class="compact">
                <thead>
                  <tr>
                    <td></td>
                    <th scope="col">{r.leaversCol}</th>
                    <th scope="col">{r.stayersCol}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{r.panellistsCol}</th>
                    <td class="num">{l.leavers}</td>
                    <td class="num">{l.stayers}</td>
                  </tr>
                  <tr>
                    <th scope="row">{r.meanMedian}</th>
                    <td class="num">{num(t, l.leaversMeanMedian, 2)}</td>
                    <td class="num">{num(t, l.stayersMeanMedian, 2)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{r.meanAgreement}</th>
                    <td class="num">{num(t, l.leaversMeanAgreement, 1)}</td>
                    <td class="num">{num(t, l.stayersMeanAgreement, 1)}</td>
                  </tr>
                </tbody>
              </table>
              <p>{r.itemsDiffering(l.itemsDiffering, l.itemsCompared)}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}

export function StabilitySection(props: { t: Dict; report: RoundReport }) {
  const { t, report } = props;
  const r = t.report;
  if (!report.previousRound) {
    return (
      <section aria-labelledby="h-stability">
        <h2 id="h-stability">{r.stabilityTitle}</h2>
        <p>{r.noPrevious}</p>
      </section>
    );
  }
  const compared = report.items.filter((it) => it.stable !== null);
  return (
    <section aria-labelledby="h-stability">
      <h2 id="h-stability">{r.stabilityTitle}</h2>
      <p class="small">{r.stabilityIntro(report.previousRound.number)}</p>
      <p>
        <strong>{r.stableCount(compared.filter((it) => it.stable).length, compared.length)}</strong>
      </p>
    </section>
  );
}

export function DissentSection(props: { t: Dict; report: RoundReport; base: string }) {
  const { t, report } = props;
  const r = t.report;
  const items = report.items.filter((it) => it.dissent > 0);
  return (
    <section aria-labelledby="h-dissent">
      <h2 id="h-dissent">{r.dissentTitle}</h2>
      <p>{r.dissentIntro}</p>
      {items.length === 0 ? (
        <p>{r.dissentNone}</p>
      ) : (
        <ul>
          {items.map((it) => (
            <li>
              <a href={`${props.base}/items/${it.roundItemId}`}>{it.number}</a> {it.text} —{' '}
              <strong>{r.dissentCount(it.dissent)}</strong>
              <ul>
                {it.dissentReasons.map((reason) => (
                  <li>{reason}</li>
                ))}
                {it.dissent > it.dissentReasons.length && (
                  <li class="muted">
                    {r.noReason} × {it.dissent - it.dissentReasons.length}
                  </li>
                )}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
