import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  classesInStylesheet,
  isMentioned,
  pruneStylesheet,
  readClassWords,
  readSiteClassWords,
  type ClassFilter,
} from "./prune-css";

/** Keeps the classes named, as if the site's sources mentioned only those. */
const only =
  (...names: string[]): ClassFilter =>
  (name) =>
    names.includes(name);

describe("pruning a stylesheet", () => {
  it("drops a rule whose class is not kept and keeps element, attribute and kept-class rules", () => {
    const css = "body{margin:0}.card{padding:1px}.toast{color:red}[hidden]{display:none}";
    expect(pruneStylesheet(css, only("card"))).toBe("body{margin:0}.card{padding:1px}[hidden]{display:none}");
  });

  it("drops only the selectors of a list that need a class not kept", () => {
    expect(pruneStylesheet(".card,.toast,h2{margin:0}", only("card"))).toBe(".card,h2{margin:0}");
    expect(pruneStylesheet(".card .toast-body{margin:0}", only("card"))).toBe("");
    expect(pruneStylesheet("a.card:hover::before{margin:0}", only("card"))).toBe(
      "a.card:hover::before{margin:0}",
    );
  });

  it("does not judge the classes inside :not(), :is(), :has() or attribute selectors", () => {
    const css =
      ".button:not(.button-secondary){color:red}:is(.toast,.card) p{margin:0}[class^='.toast']{top:0}";
    expect(pruneStylesheet(css, only("button"))).toBe(css);
  });

  it("walks into @media and @supports, and drops them when nothing is left inside", () => {
    const css = "@media (min-width:768px){.card{margin:0}.toast{margin:0}}@media print{.toast{display:none}}";
    expect(pruneStylesheet(css, only("card"))).toBe("@media (min-width:768px){.card{margin:0}}");
    expect(pruneStylesheet("@supports (display:grid){@media print{.toast{top:0}}}", only())).toBe("");
  });

  it("keeps font faces, keyframes and statement at-rules as they are", () => {
    const css =
      '@charset "utf-8";@font-face{font-family:IBM Plex Sans;src:url(a.woff2)format("woff2")}@keyframes spin{0%{top:0}to{top:1px}}.toast{top:0}';
    expect(pruneStylesheet(css, only())).toBe(
      '@charset "utf-8";@font-face{font-family:IBM Plex Sans;src:url(a.woff2)format("woff2")}@keyframes spin{0%{top:0}to{top:1px}}',
    );
  });

  it("reads braces, commas and dots inside strings and url()s as text", () => {
    const css = '.card:before{content:"{.toast},"}.toast:after{content:"}"}p{background:url(a.b,c.svg)}';
    expect(pruneStylesheet(css, only("card"))).toBe(
      '.card:before{content:"{.toast},"}p{background:url(a.b,c.svg)}',
    );
  });

  it("keeps what it does not understand: escaped class names, nested rules", () => {
    const css = ".w-1\\/2{width:50%}.toast{&:hover{color:red}}";
    expect(pruneStylesheet(css, only())).toBe(css);
  });

  it("drops comments", () => {
    expect(pruneStylesheet("/* .card { */.card{margin:0}", only("card"))).toBe(".card{margin:0}");
  });
});

describe("the words a site's sources mention", () => {
  const words = readClassWords([
    'const classes = ["badge", `badge-${variant}`].join(" ");',
    "<div className={`${base}-active form-group`} />",
  ]);

  it("counts every word, and a word cut off by a template's placeholder as a prefix or suffix", () => {
    expect(isMentioned(words, "form-group")).toBe(true);
    expect(isMentioned(words, "badge")).toBe(true);
    expect(isMentioned(words, "badge-warning")).toBe(true);
    expect(isMentioned(words, "step-active")).toBe(true);
    expect(isMentioned(words, "toast")).toBe(false);
    expect(isMentioned(words, "form-group-radio")).toBe(false);
  });
});

describe("the site's own stylesheet, pruned", () => {
  const root = join(__dirname, "../..");
  const dkfds = readFileSync(join(root, "node_modules/dkfds/dist/css/dkfds.min.css"), "utf8");
  const dkfdsClasses = classesInStylesheet(dkfds);
  const words = readSiteClassWords(root);
  const keep: ClassFilter = (name) => !dkfdsClasses.has(name) || isMentioned(words, name);

  it("keeps the DKFDS classes the components set, including those built from a variant", () => {
    for (const name of [
      "form-group",
      "form-radio",
      "alert-warning",
      "badge-success",
      "button-primary",
      "d-lg-block",
      "current",
    ])
      expect(keep(name), name).toBe(true);
  });

  it("drops DKFDS components the site does not use", () => {
    for (const name of ["toast", "accordion", "tooltip", "tab-container", "overflow-menu", "modal-header"])
      expect(keep(name), name).toBe(false);
    const pruned = pruneStylesheet(dkfds, keep);
    expect(pruned.length).toBeLessThan(dkfds.length / 2);
    expect(pruned).toContain(".form-group");
  });
});
