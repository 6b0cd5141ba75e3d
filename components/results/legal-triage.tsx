import { Alert } from "@/components/ui/alert";
import { TableScroll } from "@/components/ui/table-scroll";
import type { FindingModel, PresentationModel, RuleRefModel } from "@/lib/report/report-model";
import styles from "./results.module.css";

/** The articles a finding rests on: reference, title and source, for a lawyer to look up. */
function RuleReferences({ rules }: { rules: RuleRefModel[] }) {
  if (rules.length === 0) return null;
  return (
    <ul className={styles.rules}>
      {rules.map((rule) => (
        <li key={`${rule.instrument} ${rule.reference}`}>
          <strong>{rule.reference}</strong>: {rule.title}{" "}
          <span className={styles.citation}>({rule.citation})</span>
        </li>
      ))}
    </ul>
  );
}

/** Legal findings, each with the rules it rests on, or what it means that there are none. */
function Findings({ findings, empty }: { findings: FindingModel[]; empty?: string }) {
  if (findings.length === 0) return empty ? <p>{empty}</p> : null;
  return (
    <ul>
      {findings.map((finding) => (
        <li key={finding.text}>
          {finding.text}
          <RuleReferences rules={finding.rules} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The legal triage as the report has it (the presentation model's legal section): AI Act class,
 * transparency, DPIA, FRIA and registration, automated decisions, legal basis per phase, the
 * dates to check, the authorities.
 */
export function LegalTriage({ model }: { model: PresentationModel }) {
  const { legal, texts } = model;
  const perRow = legal.legalBasisRules.length === 0 && legal.legalBasis.some((row) => row.rules.length > 0);
  return (
    <section id="legal" aria-labelledby="legal-heading" className={styles.section}>
      <h2 id="legal-heading">{texts.legalHeading}</h2>
      <Alert variant="info" heading={texts.legalNotAdvice} headingLevel={3} announce={false}>
        {legal.disclaimer}
      </Alert>
      <p>{texts.legalLead}</p>

      <h3 className="h4">{texts.legalAiAct}</h3>
      <p>
        <strong>{legal.aiActClass}</strong>
      </p>
      <Findings findings={legal.aiActReasons} />

      <h3 className="h4">{texts.legalTransparency}</h3>
      <Findings findings={legal.transparency} empty={texts.legalTransparencyNone} />

      <h3 className="h4">{texts.legalDpia}</h3>
      <p>
        <strong>{legal.dpiaStatus}</strong>
      </p>
      <Findings findings={legal.dpiaTriggers} />
      {legal.dpiaCriteria.length > 0 ? (
        <>
          <h4 className="h5">{legal.dpiaCriteriaHeading}</h4>
          <ul>
            {legal.dpiaCriteria.map((criterion) => (
              <li key={criterion.text}>
                <strong>{criterion.state}:</strong> {criterion.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3 className="h4">{texts.legalFria}</h3>
      <p>
        <strong>{legal.fria}</strong>
        <br />
        <strong>{legal.registration}</strong>
      </p>
      <Findings findings={legal.friaReasons} />

      <h3 className="h4">{texts.legalAutomated}</h3>
      <Findings findings={legal.automatedDecision} empty={texts.legalAutomatedNone} />

      <h3 className="h4">{texts.legalBasis}</h3>
      <TableScroll label={texts.legalBasis}>
        <table className="table table--compact">
          <caption className="sr-only">{texts.legalBasis}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.legalPhase}</th>
              <th scope="col">{texts.legalStatus}</th>
              {perRow ? <th scope="col">{texts.legalRules}</th> : null}
            </tr>
          </thead>
          <tbody>
            {legal.legalBasis.map((row) => (
              <tr key={row.phase}>
                <th scope="row">{row.phase}</th>
                <td>{row.status}</td>
                {perRow ? <td>{row.rules.length > 0 ? <RuleReferences rules={row.rules} /> : "–"}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {legal.legalBasisRules.length > 0 ? (
        <>
          <p>{texts.legalRules}:</p>
          <RuleReferences rules={legal.legalBasisRules} />
        </>
      ) : null}

      <h3 className="h4">{texts.legalDates}</h3>
      <p>{texts.legalDatesLead}</p>
      <ul>
        {legal.dates.map((date) => (
          <li key={`${date.date} ${date.text}`}>
            <strong>{date.date}</strong> ({date.status}, {date.checked}): {date.text}{" "}
            <span className={styles.citation}>({date.source})</span>
          </li>
        ))}
      </ul>

      <h3 className="h4">{texts.legalAuthorities}</h3>
      <p>{legal.authorities}</p>
      <p className={styles.meta}>{legal.version}</p>
    </section>
  );
}
