let count = 0;
export const value = 'lib-value';
export function counter() { return ++count; }
