export const x = 1;
throw new Error('nested');
