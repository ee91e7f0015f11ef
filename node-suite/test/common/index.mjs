import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const common = require('./index.js');

export const {
  allowGlobals, escapePOSIXShell, expectsError, expectWarning, getArrayBufferViews, hasCrypto,
  invalidArgTypeHelper, isAIX, isFreeBSD, isIBMi, isLinux, isMacOS, isOpenBSD, isPi, isSunOS, isWindows,
  mustCall, mustCallAtLeast, mustNotCall, mustSucceed, platformTimeout, printSkipMessage,
  pwdCommand, skip, spawnPromisified,
} = common;

export default common;
