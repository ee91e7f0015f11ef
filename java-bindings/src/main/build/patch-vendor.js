'use strict';
// Build step (bin/gnode-postbuild, run with --expose-internals): stores the vendor files that js-lib edits at load
// time (internal/bootstrap/vendor_patches) already edited, as <dir>/<pkg>/<file>, where bin/gnode points
// the runtime (-Dgnode.vendor.dir). A file whose edit does not fit stays edited (or not) at load time.
const fs = require('fs');
const path = require('path');
const { editedVendorFiles } = require('internal/bootstrap/vendor_patches');

const dir = process.argv[2];
fs.rmSync(dir, { recursive: true, force: true });
for (const { pkg, file, text } of editedVendorFiles()) {
  const out = path.join(dir, pkg, file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
}
