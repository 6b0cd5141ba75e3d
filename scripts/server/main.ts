/**
 * node main.mjs   (the container's command; scripts/build/assemble-standalone.ts puts it beside
 * Next's standalone server.js)
 *
 * Starts the standalone server behind the front (front.ts): HOST and PORT say where it listens,
 * by default every interface (0.0.0.0) on port 3000, as a container needs.
 */
import "./front";

// Next's standalone server reads HOSTNAME, which container runtimes set to the container's name.
process.env.HOSTNAME = process.env.HOST || "0.0.0.0";
process.env.PORT ||= "3000";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next's server.js is CommonJS, next to this file.
require("./server.js");
