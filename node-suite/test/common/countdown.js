'use strict';
// Calls a callback (checked with mustCall) when dec() has been called `limit` times.

const assert = require('assert');
const common = require('./');

class Countdown {
  #remaining;
  #onZero;

  constructor(limit, callback) {
    assert.strictEqual(typeof limit, 'number');
    assert.strictEqual(typeof callback, 'function');
    this.#remaining = limit;
    this.#onZero = common.mustCall(callback);
  }

  dec() {
    assert(this.#remaining > 0, 'Countdown expired');
    if (--this.#remaining === 0) this.#onZero();
    return this.#remaining;
  }

  get remaining() {
    return this.#remaining;
  }
}

module.exports = Countdown;
