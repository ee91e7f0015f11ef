// zx: the $ tag, quoting, failures, pipes, nothrow.
import { $ } from 'zx';

$.verbose = false;
const r = await $`echo hello from zx`;
console.log(r.stdout.trim(), r.exitCode);
try {
  await $`exit 4`;
} catch (p) {
  console.log('exit', p.exitCode);
}
const name = 'a b';
console.log((await $`echo ${name}`).stdout.trim());
console.log((await $`echo ${['x', 'y z']}`).stdout.trim());
console.log((await $`echo piped`.pipe($`tr a-z A-Z`)).stdout.trim());
const quiet = await $`sh -c ${'echo to-stderr >&2; exit 7'}`.nothrow();
console.log('nothrow', quiet.exitCode, quiet.stderr.trim());
console.log((await $({ cwd: '/' })`pwd`).stdout.trim());
console.log((await $({ input: 'from input' })`cat`).stdout);
