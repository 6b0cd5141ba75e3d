// The report thread in development and unit tests, where no build has bundled it: loads the
// TypeScript source through tsx (a development dependency, absent from the production image).
import { tsImport } from "tsx/esm/api";

const { default: renderReportTask } = await tsImport("./report-worker.tsx", import.meta.url);

export default renderReportTask;
