'use strict';
// Case 6: IPC with a forked copy of this script.
//  - ping-pong: the parent sends a small object, the child answers, one at a time → round trips/s
//  - one-way: the child sends a burst of small objects, the parent counts them → msgs/s
const { fork } = require('child_process');
const { nowMs, size, report, metric, fail } = require('../lib/common');

if (process.argv[2] === 'child') {
  runChild();
} else {
  runParent();
}

function runChild() {
  process.on('message', (msg) => {
    if (msg.type === 'ping') {
      process.send({ type: 'pong', seq: msg.seq });
    } else if (msg.type === 'burst') {
      for (let i = 0; i < msg.count; i++) process.send({ type: 'data', seq: i, text: 'hello' });
    }
  });
  process.send({ type: 'ready' });
}

function runParent() {
  const roundTrips = size(20000, 200);
  const burst = size(100000, 1000);
  const child = fork(__filename, ['child']);
  child.on('error', (err) => fail(err.stack));
  child.on('exit', (code, signal) => {
    if (code !== 0) fail('child exited ' + code + ' ' + signal);
  });

  let phase = 'start';
  let seq = 0;
  let received = 0;
  let start = 0;
  let roundTripRate = 0;

  child.on('message', (msg) => {
    if (phase === 'start' && msg.type === 'ready') {
      phase = 'ping';
      start = nowMs();
      child.send({ type: 'ping', seq, text: 'hello' });
    } else if (phase === 'ping' && msg.type === 'pong') {
      if (msg.seq !== seq) fail('pong ' + msg.seq + ' for ping ' + seq);
      if (++seq < roundTrips) {
        child.send({ type: 'ping', seq, text: 'hello' });
        return;
      }
      roundTripRate = roundTrips / ((nowMs() - start) / 1000);
      phase = 'burst';
      start = nowMs();
      child.send({ type: 'burst', count: burst });
    } else if (phase === 'burst' && msg.type === 'data') {
      if (msg.seq !== received) fail('message ' + msg.seq + ' arrived as number ' + received);
      if (++received < burst) return;
      const oneWayRate = burst / ((nowMs() - start) / 1000);
      phase = 'done';
      child.disconnect();
      report('ipc round trips', roundTripRate, 'round trips/s', {
        one_way: metric(oneWayRate, 'msgs/s'),
        round_trips: roundTrips,
        messages: burst,
      });
    } else {
      fail('unexpected message in phase ' + phase + ': ' + JSON.stringify(msg));
    }
  });
}
