import type { EditionDiff } from '../../domain/edition-diff';
import { isEmptyDiff } from '../../domain/edition-diff';
import { fmt, t, tf } from '../../locale';
import '../shared.css';
import './settings.css';

const msg = () => tf().editions.diff;
const percent = (n: number) => fmt.percent(n, 0);

/** What an edition changes against the one it replaces, in words. */
export function EditionDiffView({ diff }: { diff: EditionDiff }) {
  if (isEmptyDiff(diff)) return <p>{msg().none}</p>;
  const drastic = diff.criteriaReworded.filter((c) => c.drastic);
  return (
    <div class="edition-diff">
      <p>{msg().against(diff.from.title, diff.from.version)}</p>
      {drastic.length > 0 && (
        <div class="warning" role="note">
          <strong>{msg().drasticHeading}</strong>
          <p>{msg().drasticHint}</p>
          <ul>
            {drastic.map((c) => (
              <li key={c.id}>
                <code>{c.id}</code>: „{c.before}“ → „{c.after}“
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul class="diff-list">
        {diff.titleChanged && <li>{msg().title(diff.from.title, diff.to.title)}</li>}
        {diff.areasAdded.map((a) => (
          <li key={`aa-${a.id}`}>{msg().areaAdded(a.title)}</li>
        ))}
        {diff.areasRemoved.map((a) => (
          <li key={`ar-${a.id}`}>{msg().areaRemoved(a.title)}</li>
        ))}
        {diff.areasRenamed.map((a) => (
          <li key={`an-${a.id}`}>{msg().areaRenamed(a.before, a.after)}</li>
        ))}
        {diff.thresholds && (
          <li>
            {msg().thresholds(
              percent(diff.thresholds.before.green),
              percent(diff.thresholds.after.green),
              percent(diff.thresholds.before.yellow),
              percent(diff.thresholds.after.yellow),
            )}
          </li>
        )}
        {diff.ratingsChanged.map((r) => (
          <li key={`r-${r.id}`}>{msg().rating(t.ratings[r.id], r.before, r.after)}</li>
        ))}
      </ul>
      <DiffGroup
        title={msg().added(diff.criteriaAdded.length)}
        items={diff.criteriaAdded.map((c) => ({ key: c.id, text: `${c.text} (${c.areaTitle})` }))}
      />
      <DiffGroup
        title={msg().removed(diff.criteriaRemoved.length)}
        items={diff.criteriaRemoved.map((c) => ({ key: c.id, text: `${c.text} (${c.areaTitle})` }))}
      />
      <DiffGroup
        title={msg().reworded(diff.criteriaReworded.length)}
        items={diff.criteriaReworded.map((c) => ({
          key: c.id,
          text: `„${c.before}“ → „${c.after}“${c.drastic ? ` ${msg().drasticMark}` : ''}`,
        }))}
      />
      <DiffGroup
        title={msg().moved(diff.criteriaMoved.length)}
        items={diff.criteriaMoved.map((c) => ({
          key: c.id,
          text: msg().movedItem(c.text, c.fromArea, c.areaTitle),
        }))}
      />
      <DiffGroup
        title={msg().ideas(diff.ideasChanged.length)}
        items={diff.ideasChanged.map((c) => ({
          key: c.id,
          text: msg().ideasItem(c.text, c.added.length, c.removed.length),
        }))}
      />
      <p class="muted">{msg().kept(diff.kept)}</p>
    </div>
  );
}

function DiffGroup({ title, items }: { title: string; items: { key: string; text: string }[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4 class="diff-title">{title}</h4>
      <ul class="diff-list">
        {items.map((i) => (
          <li key={i.key}>{i.text}</li>
        ))}
      </ul>
    </>
  );
}
