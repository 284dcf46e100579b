/** The first-run welcome: what Kindred is for, in two breaths, and a way in. */
export function Welcome({ onOpenSample, onDismiss }: { onOpenSample: () => void; onDismiss: () => void }) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to Kindred</h2>
      <p>
        Kindred helps you plan co-production workshops where patients, carers, the public and professionals meet on equal terms: a kind agenda with
        time for real conversation, and everything you need on the day.
      </p>
      <p>Everything stays on this computer. There is no Save button: your changes are kept as you make them.</p>
      <p>We have added a sample plan so you can look around. Change it, copy it or delete it as you like.</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onOpenSample}>
          Open the sample plan
        </button>
        <button type="button" className="button button-secondary" onClick={onDismiss}>
          Close this welcome
        </button>
      </div>
    </section>
  );
}
