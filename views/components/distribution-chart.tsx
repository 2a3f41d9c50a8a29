/** Shared SVG patterns; render once per page so every chart can refer to them (url(#dc-top) etc.). */
export function ChartDefs() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style="position:absolute">
      <defs>
        <pattern id="dc-top" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#1f5f99" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2" />
        </pattern>
        <pattern id="dc-bottom" width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="5" height="5" fill="#fff" />
          <circle cx="2.5" cy="2.5" r="1.2" fill="#555" />
        </pattern>
      </defs>
    </svg>
  );
}

export interface ChartProps {
  /** Valid ratings per scale point, index 0 ↔ min. */
  counts: readonly number[];
  min: number;
  /** Scale points of the top band (hatched) and bottom band (dotted); the middle is plain grey. */
  top: { from: number; to: number };
  bottom: { from: number; to: number };
  title: string;
  desc: string;
  size?: 'small' | 'large';
  /** Id prefix for the title/desc elements, unique in the page. */
  id: string;
}

function fillFor(point: number, p: ChartProps): string {
  if (point >= p.top.from && point <= p.top.to) return 'url(#dc-top)';
  if (point >= p.bottom.from && point <= p.bottom.to) return 'url(#dc-bottom)';
  return '#b8c2cc';
}

/**
 * A server-rendered bar chart of one item's distribution. Readable without colour: bands differ by pattern
 * (hatched top band, dotted bottom band), every bar has its count printed above it and its scale point
 * below, and `<title>`/`<desc>` give the whole distribution as text.
 */
export function DistributionChart(p: ChartProps) {
  const large = p.size === 'large';
  const bar = large ? 32 : 14;
  const gap = large ? 8 : 2;
  const plot = large ? 120 : 34;
  const font = large ? 12 : 8;
  const top = font + 2;
  const width = p.counts.length * (bar + gap);
  const height = top + plot + font + 4;
  const max = Math.max(1, ...p.counts);
  return (
    <svg
      class={large ? 'dist-chart large' : 'dist-chart'}
      role="img"
      aria-labelledby={`${p.id}-t ${p.id}-d`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      font-size={font}
    >
      <title id={`${p.id}-t`}>{p.title}</title>
      <desc id={`${p.id}-d`}>{p.desc}</desc>
      {p.counts.map((count, k) => {
        const h = Math.round((count / max) * plot);
        const x = k * (bar + gap);
        return (
          <g>
            <rect
              x={x}
              y={top + plot - h}
              width={bar}
              height={Math.max(h, count > 0 ? 1 : 0)}
              fill={fillFor(p.min + k, p)}
              stroke="#333"
              stroke-width="0.5"
            />
            <text x={x + bar / 2} y={top + plot - h - 2} text-anchor="middle">
              {count}
            </text>
            <text x={x + bar / 2} y={height - 2} text-anchor="middle" fill="#555">
              {p.min + k}
            </text>
          </g>
        );
      })}
      <line x1="0" y1={top + plot + 0.5} x2={width} y2={top + plot + 0.5} stroke="#333" stroke-width="1" />
    </svg>
  );
}
