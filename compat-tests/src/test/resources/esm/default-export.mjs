export default 'default-value';
export const n = 1;
