// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Alert } from "./alert";
import { Breadcrumbs } from "./breadcrumbs";
import { renderWithIntl } from "./render-with-intl.test-helper";

afterEach(cleanup);

describe("Alert", () => {
  it("names its kind for screen readers, not by colour alone", () => {
    renderWithIntl(<Alert variant="warning">Tjek datoen.</Alert>);
    expect(screen.getByRole("img", { name: "Advarsel" })).toBeTruthy();
  });

  it("announces warnings and errors unless told they are part of the page", () => {
    renderWithIntl(<Alert variant="error">Filen kunne ikke læses.</Alert>);
    expect(screen.getByRole("alert").textContent).toContain("Filen kunne ikke læses.");
    cleanup();
    renderWithIntl(
      <Alert variant="warning" announce={false}>
        En indikation.
      </Alert>,
    );
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("gives its heading the level the page needs", () => {
    renderWithIntl(
      <Alert variant="info" heading="Bemærk" headingLevel={3}>
        Tekst
      </Alert>,
      "en",
    );
    expect(screen.getByRole("heading", { level: 3, name: "Bemærk" })).toBeTruthy();
    expect(screen.getByRole("img", { name: "Information" })).toBeTruthy();
  });
});

describe("Breadcrumbs", () => {
  it("links every step but the current page, which is marked as current", () => {
    renderWithIntl(
      <Breadcrumbs
        items={[{ label: "Forside", href: "/da" }, { label: "Cases", href: "/da/cases" }, { label: "ATP" }]}
      />,
    );
    const nav = screen.getByRole("navigation", { name: "Brødkrumme" });
    expect(nav.querySelectorAll("a")).toHaveLength(2);
    expect(screen.getByText("ATP").getAttribute("aria-current")).toBe("page");
  });
});
