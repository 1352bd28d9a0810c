export interface LoggedEvent {
  name: 'onStepChange' | 'onError' | 'onComplete' | 'onSessionTask' | 'onChange';
  detail: string;
}

/** What `<SignInFlow>` reported, newest first: the typed events an app would forward to its analytics. */
export function EventLog({ events }: { events: readonly LoggedEvent[] }) {
  return (
    <section className="demo-events" aria-labelledby="demo-events-title">
      <h2 id="demo-events-title">Events</h2>
      {events.length === 0 ? <p>None yet.</p> : null}
      <ol reversed>
        {events.map((event, index) => (
          <li key={events.length - index}>
            <code>{event.name}</code> {event.detail}
          </li>
        ))}
      </ol>
    </section>
  );
}
