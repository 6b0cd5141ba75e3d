"use client";

import { useEffect, useState } from "react";

export type ResultsEngine = typeof import("./results-engine");

/** The results engine, once its script has loaded (see results-engine.ts); null until then. */
export function useResultsEngine(): ResultsEngine | null {
  const [engine, setEngine] = useState<ResultsEngine | null>(null);
  useEffect(() => {
    let live = true;
    void import("./results-engine").then((module) => {
      if (live) setEngine(module);
    });
    return () => {
      live = false;
    };
  }, []);
  return engine;
}
