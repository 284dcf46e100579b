/**
 * Shown over the whole window while files are dragged onto it, so it is plain that letting go
 * imports them. It never takes the pointer (the window underneath receives the drop); the words
 * are also announced as the drag starts (PlanImport).
 */
export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-overlay-card">
        <p className="drop-overlay-title">Drop a plan file to import it</p>
        <p className="drop-overlay-hint">Kindred checks the whole file first. Nothing changes unless it can be imported.</p>
      </div>
    </div>
  );
}
