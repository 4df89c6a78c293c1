export interface Headline {
  label: string;
  value: string;
  hint?: string;
}

/** The headline figures as a description list: a label, a big number, a short explanation. */
export function FigureGrid({ label, figures }: { label: string; figures: Headline[] }) {
  return (
    <dl className="figure-grid" aria-label={label}>
      {figures.map((f) => (
        <div key={f.label} className="figure">
          <dt>{f.label}</dt>
          <dd>
            <span className="figure-value">{f.value}</span>
            {f.hint ? <span className="figure-hint">{f.hint}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
