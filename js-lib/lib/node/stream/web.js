'use strict';

// node:stream/web: WHATWG streams are not in gnode yet; fail loudly rather than hand out half an API.
throw require('internal/modules/builtins').notImplemented('stream/web');
