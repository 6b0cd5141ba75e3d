"use client";

import { useTranslations } from "next-intl";
import type { AttributeComparison } from "@/lib/engine/types";
import { useResultText } from "./use-result-text";

interface MatchAttributesProps {
  heading: string;
  comparisons: AttributeComparison[];
  kind: "match" | "differ";
}

/** The attributes on which a case is like the project, or unlike it, in the vocabulary's words. */
export function MatchAttributes({ heading, comparisons, kind }: MatchAttributesProps) {
  const t = useTranslations("results.cases");
  const text = useResultText();
  if (comparisons.length === 0) return null;
  return (
    <>
      <h4 className="h5">{heading}</h4>
      <ul>
        {comparisons.map((comparison) => {
          const label = text.attributeLabel(comparison.attribute);
          const values = (ids: string[]) => text.valueLabels(comparison.attribute, ids).join(", ");
          if (kind === "match" && comparison.shared.length > 0) {
            return (
              <li key={comparison.attribute}>
                <strong>{label}:</strong> {values(comparison.shared)}
              </li>
            );
          }
          return (
            <li key={comparison.attribute}>
              <strong>{label}:</strong> {t("yours", { values: values(comparison.projectValues) })};{" "}
              {t("theirs", { values: values(comparison.caseValues) })}
              {kind === "match" ? ` ${t("near")}` : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
