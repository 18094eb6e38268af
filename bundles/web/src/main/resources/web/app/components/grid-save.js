// The levels of a whole-class grid saved as they are typed (issue 12, item 5): every change waits a moment for the
// next ones, then the changed cells go in one PUT, each with the version of its level (0: never saved). On a 409 the
// server wrote nothing and sends the grid as it is now: its cells are taken, the cells typed here that nobody changed
// meanwhile are kept and sent again, and the cells another person changed keep that person's level and are shown
// (« modifiée par … »). A failed save keeps the typed cells (« Non enregistré — réessayer »).
import { useEffect, useRef, useState } from 'preact/hooks';
import { saveSchoolResults } from '/app/assessment-api.js';

const DELAY = 700;
const MAX_BATCH = 2000;

export const cellKey = (learnerId, competency, criterion) => learnerId + '|' + competency + '|' + (criterion || '');

/** Map cellKey → { level, version, updatedBy, updatedAt } of a grid as the server sent it. */
export function serverCells(evaluation) {
  const cells = new Map();
  for (const row of evaluation.learners || []) {
    for (const r of row.results || []) {
      cells.set(cellKey(row.learnerId, r.competency, r.criterion), { level: r.level || null, version: r.version || 0, updatedBy: r.updatedBy, updatedAt: r.updatedAt });
    }
  }
  return cells;
}

/**
 * The merge of a 409: `sent` (cellKey → { level, version } this tab sent), `before` and `now` the grid's cells before
 * and now. Returns { keep: Map cellKey → level (typed here, still to send), changed: Map cellKey → updatedBy (another
 * person's levels shown as such) }.
 */
export function mergeConflict(sent, before, now) {
  const keep = new Map();
  const changed = new Map();
  for (const [key, mine] of sent) {
    const current = now.get(key);
    const currentVersion = current ? current.version : 0;
    if (currentVersion === mine.version) keep.set(key, mine.level);
    else if (!current || current.level !== mine.level) changed.set(key, current ? current.updatedBy : null);
  }
  for (const [key, current] of now) {
    const old = before.get(key);
    if (!sent.has(key) && (!old || old.version !== current.version)) changed.set(key, current.updatedBy);
  }
  return { keep, changed };
}

export function useGridSave(evaluation) {
  const server = useRef(serverCells(evaluation));
  const pendingCells = useRef(new Map());
  const inFlight = useRef(null);
  const timer = useRef(null);
  const [status, setStatus] = useState('saved');
  const [error, setError] = useState(null);
  const [changed, setChanged] = useState(new Map());
  const [, setTick] = useState(0);
  const refresh = () => setTick((n) => n + 1);

  const save = async () => {
    clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current || pendingCells.current.size === 0) return;
    const batch = new Map();
    for (const [key, level] of pendingCells.current) {
      if (batch.size >= MAX_BATCH) break;
      const stored = server.current.get(key);
      batch.set(key, { level, version: stored ? stored.version : 0 });
    }
    for (const key of batch.keys()) pendingCells.current.delete(key);
    inFlight.current = batch;
    setStatus('saving');
    setError(null);
    const results = [...batch].map(([key, cell]) => {
      const [learnerId, competency, criterion] = key.split('|');
      return { learnerId: Number(learnerId), competency, criterion: criterion || null, level: cell.level, version: cell.version };
    });
    try {
      const grid = await saveSchoolResults(evaluation.id, results);
      server.current = serverCells(grid);
      inFlight.current = null;
      setStatus(pendingCells.current.size ? 'pending' : 'saved');
    } catch (caught) {
      inFlight.current = null;
      const current = caught && caught.status === 409 && caught.problem && caught.problem.current;
      if (current) {
        const now = serverCells(current);
        const merged = mergeConflict(batch, server.current, now);
        server.current = now;
        // What was typed after this batch left wins over the batch.
        for (const [key, level] of merged.keep) if (!pendingCells.current.has(key)) pendingCells.current.set(key, level);
        for (const key of merged.changed.keys()) if (!merged.keep.has(key)) pendingCells.current.delete(key);
        setChanged((previous) => new Map([...previous, ...merged.changed]));
        setStatus(pendingCells.current.size ? 'pending' : 'saved');
      } else {
        for (const [key, cell] of batch) if (!pendingCells.current.has(key)) pendingCells.current.set(key, cell.level);
        setError(caught);
        setStatus('failed');
        refresh();
        return;
      }
    }
    refresh();
    if (pendingCells.current.size) save();
  };

  const schedule = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(save, DELAY);
  };

  /** The level shown in a cell: typed and not yet saved, being saved, or the server's. */
  const levelOf = (key) => {
    if (pendingCells.current.has(key)) return pendingCells.current.get(key);
    if (inFlight.current && inFlight.current.has(key)) return inFlight.current.get(key).level;
    const stored = server.current.get(key);
    return stored ? stored.level : null;
  };

  const setLevel = (key, level) => {
    if (levelOf(key) === level) return;
    pendingCells.current.set(key, level);
    if (changed.has(key)) setChanged((previous) => { const next = new Map(previous); next.delete(key); return next; });
    if (status !== 'saving') setStatus('pending');
    refresh();
    schedule();
  };

  // Leaving the page sends what waits.
  useEffect(() => () => { if (timer.current) { clearTimeout(timer.current); save(); } }, []);

  return {
    levelOf, setLevel, status, error, changed,
    retry: save,
    dismissChanged: () => setChanged(new Map()),
    unsaved: () => pendingCells.current.size > 0 || inFlight.current !== null,
  };
}
