'use strict';
// 'spawn' is emitted once, before any stream or process event.
const common = require('../common');
const { spawn } = require('child_process');
const assert = require('assert');

const child = spawn('echo', ['ok']);

let spawned = false;
child.on('spawn', () => { spawned = true; });
const afterSpawn = () => common.mustCall(() => assert.ok(spawned));

child.on('error', common.mustNotCall());
child.on('spawn', common.mustCall());
child.stdout.on('data', afterSpawn());
child.stdout.on('end', afterSpawn());
child.stdout.on('close', afterSpawn());
child.stderr.on('data', common.mustNotCall());
child.stderr.on('end', afterSpawn());
child.stderr.on('close', afterSpawn());
child.on('exit', afterSpawn());
child.on('close', afterSpawn());
