'use strict';

// fs.cpSync (and cp / promises.cp, which run the same walk): files, directories (with `recursive`), symlinks,
// with Node's checks and errors. The walk runs on the JS thread; the callback forms report on a later tick.

const path = require('path');
const { codes } = require('internal/errors');
const {
  ERR_FS_EISDIR, ERR_FS_CP_EEXIST, ERR_FS_CP_EINVAL, ERR_FS_CP_DIR_TO_NON_DIR, ERR_FS_CP_NON_DIR_TO_DIR,
  ERR_FS_CP_FIFO_PIPE, ERR_FS_CP_SOCKET, ERR_FS_CP_UNKNOWN, ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
} = codes;
const { validateBoolean, validateFunction, validateObject } = require('internal/validators');
const { getValidatedPath } = require('internal/fs/utils');

const EINVAL = 22, EEXIST = 17, EISDIR = 21, ENOTDIR = 20;

function lazyFs() {
  return require('fs');
}

function cpOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const o = {
    dereference: false, errorOnExist: false, force: true, preserveTimestamps: false, recursive: false,
    verbatimSymlinks: false, ...options,
  };
  for (const key of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(o[key], `options.${key}`);
  }
  if (o.filter !== undefined) validateFunction(o.filter, 'options.filter');
  return o;
}

function cpError(Code, message, target, errno, code) {
  return new Code({ message, path: target, syscall: 'cp', errno, code });
}

function statOrUndefined(fs, p, dereference) {
  try {
    return dereference ? fs.statSync(p, { bigint: true }) : fs.lstatSync(p, { bigint: true });
  } catch (err) {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  }
}

function isSrcSubdir(src, dest) {
  const srcParts = path.resolve(src).split(path.sep).filter(Boolean);
  const destParts = path.resolve(dest).split(path.sep).filter(Boolean);
  return srcParts.every((part, i) => destParts[i] === part);
}

function checkPaths(fs, src, dest, o) {
  const srcStat = o.dereference ? fs.statSync(src, { bigint: true }) : fs.lstatSync(src, { bigint: true });
  const destStat = statOrUndefined(fs, dest, o.dereference);
  if (destStat) {
    if (srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
      throw cpError(ERR_FS_CP_EINVAL, 'src and dest cannot be the same', dest, EINVAL, 'EINVAL');
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_DIR_TO_NON_DIR,
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest, EISDIR, 'EISDIR');
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_NON_DIR_TO_DIR,
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest, ENOTDIR, 'ENOTDIR');
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL');
  }
  return destStat;
}

function copyEntry(fs, src, dest, o, destStat) {
  if (o.filter && !o.filter(src, dest)) return;
  const srcStat = o.dereference ? fs.statSync(src) : fs.lstatSync(src);
  if (srcStat.isDirectory()) {
    if (!o.recursive) {
      throw cpError(ERR_FS_EISDIR, `${src} is a directory (not copied)`, src, EINVAL, 'EISDIR');
    }
    if (!destStat) {
      fs.mkdirSync(dest);
      copyChildren(fs, src, dest, o);
      fs.chmodSync(dest, srcStat.mode & 0o7777);
    } else {
      copyChildren(fs, src, dest, o);
    }
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    copyFile(fs, srcStat, src, dest, o, destStat);
  } else if (srcStat.isSymbolicLink()) {
    copyLink(fs, src, dest, o, destStat);
  } else if (srcStat.isSocket()) {
    throw cpError(ERR_FS_CP_SOCKET, `cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL');
  } else if (srcStat.isFIFO()) {
    throw cpError(ERR_FS_CP_FIFO_PIPE, `cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL');
  } else {
    throw cpError(ERR_FS_CP_UNKNOWN, `cannot copy an unknown file type: ${dest}`, dest, EINVAL, 'EINVAL');
  }
}

function copyChildren(fs, src, dest, o) {
  for (const name of fs.readdirSync(src)) {
    const from = path.join(src, name);
    const to = path.join(dest, name);
    copyEntry(fs, from, to, o, checkPaths(fs, from, to, o));
  }
}

function copyFile(fs, srcStat, src, dest, o, destStat) {
  if (destStat) {
    if (o.force) fs.unlinkSync(dest);
    else if (o.errorOnExist) {
      throw cpError(ERR_FS_CP_EEXIST, `${dest} already exists`, dest, EEXIST, 'EEXIST');
    } else return;
  }
  fs.copyFileSync(src, dest, o.mode);
  if (o.preserveTimestamps) fs.utimesSync(dest, srcStat.atime, srcStat.mtime);
}

function copyLink(fs, src, dest, o, destStat) {
  let target = fs.readlinkSync(src);
  if (!o.verbatimSymlinks && !path.isAbsolute(target)) target = path.resolve(path.dirname(src), target);
  if (!destStat) {
    fs.symlinkSync(target, dest);
    return;
  }
  let destTarget;
  try {
    destTarget = fs.readlinkSync(dest);
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      fs.symlinkSync(target, dest);
      return;
    }
    throw err;
  }
  if (!path.isAbsolute(destTarget)) destTarget = path.resolve(path.dirname(dest), destTarget);
  if (fs.statSync(src).isDirectory() && isSrcSubdir(target, destTarget)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${target} to a subdirectory of self ${destTarget}`, dest,
      EINVAL, 'EINVAL');
  }
  if (fs.statSync(dest).isDirectory() && isSrcSubdir(destTarget, target)) {
    throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
      `cannot overwrite ${destTarget} with ${target}`, dest, EINVAL, 'EINVAL');
  }
  fs.unlinkSync(dest);
  fs.symlinkSync(target, dest);
}

function cpSync(src, dest, options) {
  const o = cpOptions(options);
  src = pathString(getValidatedPath(src, 'src'));
  dest = pathString(getValidatedPath(dest, 'dest'));
  const fs = lazyFs();
  if (o.filter && !o.filter(src, dest)) return;
  const destStat = checkPaths(fs, src, dest, o);
  const parent = path.dirname(dest);
  if (!fs.existsSync(parent)) fs.mkdirSync(parent, { recursive: true });
  copyEntry(fs, src, dest, { ...o, filter: undefined }, destStat);
}

function pathString(p) {
  return typeof p === 'string' ? p : Buffer.from(p).toString();
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const o = cpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  let error = null;
  try {
    cpSync(src, dest, o);
  } catch (err) {
    error = err;
  }
  process.nextTick(callback, error);
}

module.exports = { cp, cpSync };
