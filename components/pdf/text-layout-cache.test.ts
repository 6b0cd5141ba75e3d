import { describe, expect, it } from "vitest";
import {
  createTextLayoutCache,
  type AttributedString,
  type LaidOutLine,
  type TextContainer,
  type TextLayoutEngine,
} from "./text-layout-cache";

interface Line extends LaidOutLine {
  string: string;
  box: { x: number; y: number; width: number; height: number };
}

/**
 * A layout engine that breaks each paragraph into lines of as many characters as the width holds
 * at one character per font size, and stops, as textkit does, before a paragraph that does not fit
 * in the height left. It counts the texts it really laid out.
 */
function countingEngine() {
  const laidOut: { string: string; container: TextContainer }[] = [];
  const engine: TextLayoutEngine = (text, container) => {
    laidOut.push({ string: text.string, container });
    const attributes = text.runs[0]?.attributes ?? {};
    const size = Number(attributes.fontSize ?? 10);
    const perLine = Math.max(1, Math.floor(container.width / size));
    const paragraphs: Line[][] = [];
    let left = container.height;
    let y = container.y;
    for (const paragraph of text.string.split("\n")) {
      const lines: Line[] = [];
      for (let start = 0; start < Math.max(1, paragraph.length); start += perLine) {
        lines.push({
          string: paragraph.slice(start, start + perLine),
          box: { x: container.x, y, width: container.width, height: size },
        });
        y += size;
      }
      const height = lines.length * size;
      if (height > left) break;
      paragraphs.push(lines);
      left -= height;
    }
    return paragraphs;
  };
  return { engine, laidOut };
}

/** Fonts are objects of a class (fontkit's), told apart by identity even when they look alike. */
class Font {
  constructor(readonly name: string) {}
}
const font = new Font("IBM Plex Sans");
const otherFont = new Font("IBM Plex Sans");

function text(string: string, attributes: Record<string, unknown> = {}): AttributedString {
  return {
    string,
    runs: [{ start: 0, end: string.length, attributes: { font: [font], fontSize: 10, ...attributes } }],
  };
}

function container(width: number, height = Infinity): TextContainer {
  return { x: 0, y: 0, width, height };
}

const options = { hyphenationCallback: null };

describe("the text layout cache", () => {
  it("lays a text out once and gives the same lines every time after", () => {
    const { engine, laidOut } = countingEngine();
    const cache = createTextLayoutCache();
    const expected = countingEngine().engine(
      text("Har I data til at træne modellen?"),
      container(100),
      options,
    );
    const first = cache.layoutText(
      text("Har I data til at træne modellen?"),
      container(100),
      options,
      engine,
    );
    const second = cache.layoutText(
      text("Har I data til at træne modellen?"),
      container(100),
      options,
      engine,
    );
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    expect(laidOut).toHaveLength(1);
    expect(cache.statistics()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
  });

  it("lays the same text out anew in another width, size, font, colour or hyphenation rule", () => {
    const { engine, laidOut } = countingEngine();
    const cache = createTextLayoutCache();
    const question = "Har I data til at træne modellen?";
    const layouts = [
      cache.layoutText(text(question), container(100), options, engine),
      cache.layoutText(text(question), container(80), options, engine),
      cache.layoutText(text(question, { fontSize: 12 }), container(100), options, engine),
      cache.layoutText(text(question, { font: [otherFont] }), container(100), options, engine),
      cache.layoutText(text(question, { color: "#b00" }), container(100), options, engine),
      cache.layoutText(text(question), container(100), { hyphenationCallback: () => [] }, engine),
    ];
    expect(laidOut).toHaveLength(6);
    expect(layouts[1]).not.toEqual(layouts[0]);
    expect(layouts[2]).not.toEqual(layouts[0]);
  });

  it("tells runs apart by where they start and end, not only by the whole string", () => {
    const { engine, laidOut } = countingEngine();
    const cache = createTextLayoutCache();
    const bold = { font: [otherFont], fontSize: 10 };
    const regular = { font: [font], fontSize: 10 };
    const split = (at: number): AttributedString => ({
      string: "Side 1 af 9",
      runs: [
        { start: 0, end: at, attributes: bold },
        { start: at, end: 11, attributes: regular },
      ],
    });
    cache.layoutText(split(4), container(200), options, engine);
    cache.layoutText(split(6), container(200), options, engine);
    expect(laidOut).toHaveLength(2);
  });

  it("reuses a layout for any height it fits in, and lays out a text that does not fit in full each time", () => {
    const { engine, laidOut } = countingEngine();
    const cache = createTextLayoutCache();
    const note = "Første afsnit\nAndet afsnit\nTredje afsnit";
    const full = cache.layoutText(text(note), container(50, 100), options, engine);
    expect(full.flat()).toHaveLength(9);
    expect(cache.layoutText(text(note), container(50), options, engine)).toBe(full);
    expect(cache.layoutText(text(note), container(50, 90), options, engine)).toBe(full);
    const cut = cache.layoutText(text(note), container(50, 60), options, engine);
    expect(cut.flat()).toHaveLength(6);
    expect(laidOut.map((entry) => entry.container.height)).toEqual([Infinity, 60]);
  });

  it("holds at most the given number of characters, dropping the least recently used text first", () => {
    const { engine, laidOut } = countingEngine();
    const cache = createTextLayoutCache(10);
    for (const string of ["aaaa", "bbbb", "aaaa", "cccc", "aaaa", "bbbb"]) {
      cache.layoutText(text(string), container(100), options, engine);
    }
    // "aaaa" used again before "cccc" came, so "bbbb" was the one to go.
    expect(laidOut.map((entry) => entry.string)).toEqual(["aaaa", "bbbb", "cccc", "bbbb"]);
    expect(cache.statistics().characters).toBeLessThanOrEqual(10);
  });

  it("lays out a text longer than it keeps every time, and texts clipped to a number of lines too", () => {
    const { engine, laidOut } = countingEngine();
    const cache = createTextLayoutCache(100, 20);
    const long = "En note, der er længere end tyve tegn";
    cache.layoutText(text(long), container(100), options, engine);
    cache.layoutText(text(long), container(100), options, engine);
    const clipped = { ...container(100), maxLines: 1 };
    cache.layoutText(text("Kort"), clipped, options, engine);
    cache.layoutText(text("Kort"), clipped, options, engine);
    expect(laidOut).toHaveLength(4);
    expect(cache.statistics()).toMatchObject({ entries: 0, passedBy: 4 });
  });

  it("hands out frozen lines, so a change meant for one report cannot reach the next", () => {
    const { engine } = countingEngine();
    const cache = createTextLayoutCache();
    const [lines] = cache.layoutText(text("Faxe Kommune"), container(100), options, engine);
    const line = lines![0] as Line;
    expect(() => {
      line.box.y = 40;
    }).toThrow(TypeError);
    expect(() => lines!.push(line)).toThrow(TypeError);
    expect(Object.isFrozen(font)).toBe(false);
  });
});
