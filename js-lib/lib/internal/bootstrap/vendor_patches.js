'use strict';

// Load-time edits of pinned vendor sources, each checked: if the text is not exactly what the edit expects (another
// version), the source is used unchanged.
//
// readable-stream 4.7.0 keeps ReadableState's flags in one bit field read through accessor properties
// (state.ended, state.destroyed, …). In GraalJS's interpreter every accessor read is a function call; they were an
// eighth of exec()'s time. The edit makes the flags plain data properties and rewrites readable.js's own
// bit-field uses to them; the other files only ever use the properties.

// The loader hands every vendor source through here; only these are edited.
const READABLE = 'vendor:readable-stream/lib/internal/streams/readable.js';

const FLAG_FIELDS = [
  ['objectMode', false], ['ended', false], ['endEmitted', false], ['reading', false], ['constructed', true],
  ['sync', true], ['needReadable', false], ['emittedReadable', false], ['readableListening', false],
  ['resumeScheduled', false], ['errorEmitted', false], ['emitClose', true], ['autoDestroy', true],
  ['destroyed', false], ['closed', false], ['closeEmitted', false], ['multiAwaitDrain', false],
  ['readingMore', false], ['dataEmitted', false],
];

// [text, replacement, how many times it must occur]
const READABLE_EDITS = [
  ['this.state = kEmitClose | kAutoDestroy | kConstructed | kSync',
    FLAG_FIELDS.map(([name, value]) => `this.${name} = ${value}`).join('; '), 1],
  ['options.objectMode) this.state |= kObjectMode', 'options.objectMode) this.objectMode = true', 1],
  ['options.readableObjectMode) this.state |= kObjectMode', 'options.readableObjectMode) this.objectMode = true', 1],
  ['this.state &= ~kEmitClose', 'this.emitClose = false', 1],
  ['this.state &= ~kAutoDestroy', 'this.autoDestroy = false', 1],
  ['(state.state & kObjectMode) === 0', '!state.objectMode', 1],
  ['(state.state & kObjectMode) !== 0', 'state.objectMode', 2],
  ['(state.state & kEndEmitted) !== 0', 'state.endEmitted', 1],
  ['(state.state & kMultiAwaitDrain) !== 0', 'state.multiAwaitDrain', 1],
  ['(state.state & kNeedReadable) !== 0', 'state.needReadable', 2],
  ['state.state &= ~kReading', 'state.reading = false', 3],
  ['state.state &= ~kEmittedReadable', 'state.emittedReadable = false', 1],
  ['state.state |= kReading | kSync', 'state.reading = state.sync = true', 1],
  ['state.state |= kNeedReadable', 'state.needReadable = true', 1],
  ['state.state &= ~kSync', 'state.sync = false', 1],
];

function countOf(text, part) {
  let count = 0;
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + part.length)) count++;
  return count;
}

function patchReadable(source) {
  const head = 'ObjectDefineProperties(ReadableState.prototype, {\n  objectMode: makeBitMapDescriptor(kObjectMode),';
  const start = source.indexOf(head);
  if (start === -1 || countOf(source, head) !== 1) return source;
  const end = source.indexOf('\n})\n', start);
  if (end === -1) return source;
  let out = source.slice(0, start) + source.slice(end + 4);
  // The accessors' maker goes too (nothing else uses it).
  const maker = out.indexOf('function makeBitMapDescriptor(bit) {');
  const makerEnd = maker === -1 ? -1 : out.indexOf('\n}\n', maker);
  if (makerEnd === -1 || out.indexOf('makeBitMapDescriptor', makerEnd) !== -1) return source;
  out = out.slice(0, maker) + out.slice(makerEnd + 3);
  for (const [text, replacement, times] of READABLE_EDITS) {
    if (countOf(out, text) !== times) return source;
    out = out.split(text).join(replacement);
  }
  // Nothing may still use the bit field.
  if (/\bstate\.state\b|\bthis\.state\b/.test(out)) return source;
  return out;
}

// A source the build already edited (bin/gnode-postbuild) no longer has the accessor block: patchReadable then
// returns it as it is after one search.
function patchVendorSource(id, source) {
  return id === READABLE && typeof source === 'string' ? patchReadable(source) : source;
}

// For the build step that stores edited copies (java-bindings/src/main/build/patch-vendor.js): each edited file
// as { pkg, file, text }, from the WebJar's own text; a file its edit does not fit is left out.
function editedVendorFiles() {
  const modules = internalBinding('modules');
  const files = [];
  for (const id of [READABLE]) {
    const rest = id.slice('vendor:'.length);
    const pkg = rest.slice(0, rest.indexOf('/'));
    const file = rest.slice(pkg.length + 1);
    const source = modules.rawVendorSource(pkg, file);
    const text = source == null ? null : patchVendorSource(id, source);
    if (text !== null && text !== source) files.push({ pkg, file, text });
  }
  return files;
}

module.exports = { patchVendorSource, editedVendorFiles };
