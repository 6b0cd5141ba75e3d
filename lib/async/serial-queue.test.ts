import { describe, expect, it } from "vitest";
import { createSerialQueue } from "./serial-queue";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("createSerialQueue", () => {
  it("runs one task at a time, in the order they came", async () => {
    const enqueue = createSerialQueue();
    const events: string[] = [];
    let running = 0;
    let most = 0;
    const task = (name: string) => async () => {
      running += 1;
      most = Math.max(most, running);
      events.push(`start ${name}`);
      await tick();
      await tick();
      events.push(`end ${name}`);
      running -= 1;
      return name;
    };
    const results = await Promise.all(["a", "b", "c"].map((name) => enqueue(task(name))));
    expect(results).toEqual(["a", "b", "c"]);
    expect(most).toBe(1);
    expect(events).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("gives a failure to its own caller and goes on with the next task", async () => {
    const enqueue = createSerialQueue();
    const failing = enqueue(async () => {
      throw new Error("broken report");
    });
    const next = enqueue(async () => "next report");
    await expect(failing).rejects.toThrow("broken report");
    await expect(next).resolves.toBe("next report");
  });
});
