import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** "I drift" / "Ikke i drift" as a DKFDS badge. */
export function CaseStatusBadge({ inOperation }: { inOperation: boolean }) {
  const t = useTranslations("cases.status");
  return (
    <Badge variant={inOperation ? "success" : "warning"}>
      {inOperation ? t("inOperation") : t("notInOperation")}
    </Badge>
  );
}
