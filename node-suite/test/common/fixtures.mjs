import fixtures from './fixtures.js';

const { fixturesDir, path, fileURL, readSync } = fixtures;

export { fixturesDir, path, fileURL, readSync };
