// @vitest-environment jsdom
import { cleanup, render, screen, fireEvent } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ResumeNotice } from "@/components/assessment/resume-notice";
import { pickResumeTexts } from "@/components/assessment/resume-texts";
import { messagesByLocale } from "@/i18n/messages";
import { createDraftDocument, setDraftProject } from "@/lib/storage/draft-document";
import { STORAGE_KEY } from "@/lib/storage/storage-key";
import { saveStoredAssessment } from "@/lib/storage/stored-assessment";
import { HomeStart } from "./home-start";

vi.setConfig({ testTimeout: 30_000 });

const home = messagesByLocale.da.home;
const texts = {
  button: home.startNew,
  heading: home.startNewHeading,
  text: home.startNewText,
  confirm: home.startNewConfirm,
  cancel: home.startNewCancel,
  done: home.startNewDone,
};
const now = new Date("2026-03-01T10:00:00.000Z");

function storeAssessment() {
  const document = setDraftProject(
    createDraftDocument("da", now),
    { title: "Sortering af byggesager", organisation: "", description: "" },
    now,
  );
  saveStoredAssessment(window.localStorage, { step: "legal", document }, now);
}

function renderFrontPage() {
  render(
    <>
      <ResumeNotice texts={pickResumeTexts("da")} locale="da" />
      <HomeStart choices={<button type="button">{home.startQuick}</button>} texts={texts} />
    </>,
  );
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe("the front page's way in", () => {
  it("offers a new user the choices, the quick check among them", () => {
    renderFrontPage();
    expect(screen.getByRole("button", { name: home.startQuick })).toBeTruthy();
    expect(screen.queryByRole("button", { name: home.startNew })).toBeNull();
  });

  it("gives a returning user one way to continue and a secondary »Start en ny vurdering« instead of the choices", () => {
    storeAssessment();
    renderFrontPage();
    expect(screen.getByRole("link", { name: "Fortsæt vurderingen" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: home.startQuick })).toBeNull();
    expect(screen.getByRole("button", { name: home.startNew }).className).toContain("button-secondary");
  });

  it("warns before deleting the stored answers, and keeps them when the user says no", () => {
    storeAssessment();
    renderFrontPage();
    fireEvent.click(screen.getByRole("button", { name: home.startNew }));
    expect(screen.getByRole("group", { name: home.startNewHeading })).toBeTruthy();
    expect(window.localStorage.getItem(STORAGE_KEY)).not.toBeNull();
    fireEvent.click(screen.getByRole("button", { name: home.startNewCancel }));
    expect(window.localStorage.getItem(STORAGE_KEY)).not.toBeNull();
    expect(screen.getByRole("button", { name: home.startNew })).toBeTruthy();
  });

  it("deletes the stored answers when confirmed, and then shows the choices without the resume notice", () => {
    storeAssessment();
    renderFrontPage();
    fireEvent.click(screen.getByRole("button", { name: home.startNew }));
    fireEvent.click(screen.getByRole("button", { name: home.startNewConfirm }));
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(screen.getByRole("status").textContent).toBe(home.startNewDone);
    expect(screen.getByRole("button", { name: home.startQuick })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Fortsæt vurderingen" })).toBeNull();
  });
});
