'use strict';
// Shared by the case scripts: smoke flag, a monotonic clock, the one-line JSON report.
// Core modules only, so that any Node-compatible runtime can run the cases.

const smoke = process.argv.includes('--smoke');

/** Milliseconds from a monotonic clock, as a float. */
function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Picks the full size or the smoke size. */
function size(full, tiny) {
  return smoke ? tiny : full;
}

/** Prints the result line the runner reads: {"case", "value", "unit", ...extra}. */
function report(name, value, unit, extra) {
  const line = Object.assign({ case: name, value: round(value), unit }, extra || {});
  process.stdout.write(JSON.stringify(line) + '\n');
}

/** A secondary metric the runner shows as its own row. */
function metric(value, unit) {
  return { value: round(value), unit };
}

function round(x) {
  return Math.round(x * 1000) / 1000;
}

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Fails the case loudly: a non-zero exit makes the runner record the run as failed. */
function fail(message) {
  process.stderr.write('bench case failed: ' + message + '\n');
  process.exit(1);
}

module.exports = { smoke, nowMs, size, report, metric, median, fail };
