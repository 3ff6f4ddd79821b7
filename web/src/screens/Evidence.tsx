/**
 * What research says about the hip thrust and about each rule Thrust follows: topic by
 * topic, with sources and how sure they are, and first, plainly, where the research
 * disagrees with the seed article Thrust is built around. The text is the domain's evidence
 * module, bundled at build time: it reads the same offline.
 */
import * as Ev from '../../../src/domain/evidence';

export function EvidenceView() {
  return (
    <section class="evidence-page">
      <h1>What research says</h1>
      <p>
        Thrust follows the rules of one article about the hip thrust (the seed rules, R1-R11). Some
        of its claims are stronger than the research. Here is what studies found, how sure they are,
        and where Thrust goes its own way.
      </p>
      <ul class="plain key-points">
        <li>
          <strong>Growth:</strong> hip thrusts and squats grew the glutes about equally (Plotkin
          2023). The hip thrust is your main lift because of the goal you chose, not because it is
          the best glute exercise.
        </li>
        <li>
          <strong>Sprint and jump:</strong> no transfer to jumping, and a small or no effect on
          sprinting (Lin 2026; Jarvis 2019). Test them and see for yourself.
        </li>
        <li>
          <strong>Progression:</strong> reps, then load, once every set is done, as research
          suggests (ACSM 2009). The wait between increases is the seed’s, not research’s.
        </li>
      </ul>

      <section class="card" aria-labelledby="disagree-h" data-testid="disagreements">
        <h2 id="disagree-h">Where the seed and the research disagree</h2>
        <ol class="disagreements">
          {Ev.DISAGREEMENTS.map((d) => (
            <li key={d.n}>
              <p class="flush">
                <span class="muted">The seed: </span>“{d.seed}”
              </p>
              <p class="flush">
                <span class="muted">Research: </span>
                {d.research}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <h2 class="topics-h">Topic by topic</h2>
      {Ev.TOPIC_IDS.map((t) => (
        <section key={t} class="card" aria-labelledby={`topic-${t}`} data-testid={`topic-${t}`}>
          <h2 id={`topic-${t}`}>{Ev.TOPICS[t]}</h2>
          {Ev.byTopic(t).map((c) => (
            <Claim key={c.id} claim={c} />
          ))}
        </section>
      ))}

      <p class="small muted">
        Sources: R1-R11 are the seed’s rules; studies are named by first author and year;
        “practitioner guidance” is expert advice, untested; “convention” marks a default that
        neither the seed nor a study gives. {Ev.CONFIDENCE_LEGEND}
      </p>
    </section>
  );
}

function Claim(props: { claim: Ev.Claim }) {
  const c = props.claim;
  return (
    <article class="claim">
      <h3>{c.title}</h3>
      <p>
        <strong>Thrust:</strong> {c.thrust}
      </p>
      <p>
        <strong>Research:</strong> {c.known}
      </p>
      <p class="small">
        <span class={`confidence c-${c.confidence}`}>
          Confidence: {Ev.CONFIDENCE_WORDS[c.confidence]}
        </span>
        {c.disagreement && <span class="muted"> · the seed says otherwise ({c.disagreement})</span>}
      </p>
      <details class="sources">
        <summary>Sources: {Ev.tags(c.sources)}</summary>
        <ul>
          {c.sources.map((s) => (
            <li key={Ev.label(s)}>
              <SourceText source={s} />
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}

/** One source in full: the seed rule's text, a study's citation and finding, or what the word means. */
export function SourceText(props: { source: Ev.Source }) {
  const s = props.source;
  switch (s.kind) {
    case 'seed':
      return (
        <>
          <strong>{s.rule}</strong> (seed rule): {Ev.RULES[s.rule]}
        </>
      );
    case 'study': {
      const st = Ev.study(s.key);
      return (
        <>
          <strong>{s.key}</strong>
          {st && (
            <>
              : {st.finding} <span class="muted">{st.citation}.</span>
            </>
          )}
        </>
      );
    }
    case 'practitioner':
      return (
        <>
          <strong>Practitioner guidance</strong>: experts’ advice, not tested in trials.
        </>
      );
    case 'convention':
      return (
        <>
          <strong>Convention</strong>: a common default; neither the seed nor a study gives one.
        </>
      );
  }
}
