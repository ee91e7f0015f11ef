export default 'ignored';
const chosen = 'chosen-by-module.exports';
export { chosen as 'module.exports' };
