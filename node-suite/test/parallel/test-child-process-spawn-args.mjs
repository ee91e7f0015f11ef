// spawn()'s args may be undefined, null or [] as a placeholder and the options after it still apply
// (Node issue 24912: undefined args used to drop the options).
import * as common from '../common/index.mjs';
import tmpdir from '../common/tmpdir.js';
import assert from 'node:assert';
import { spawn } from 'node:child_process';
import { once } from 'node:events';

tmpdir.refresh();

const command = common.isWindows ? 'cd' : 'pwd';
// On Windows `cd` is a shell built-in.
const options = common.isWindows ? { cwd: tmpdir.path, shell: true } : { cwd: tmpdir.path };

const printed = new Set();
for (const args of [undefined, null, []]) {
  const child = spawn(command, args, options);
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', common.mustCall((chunk) => { output += chunk; }));
  await once(child.stdout, 'end');
  printed.add(output.trim().toLowerCase());
}

assert.deepStrictEqual(printed, new Set([tmpdir.path.trim().toLowerCase()]));
