console.log('detected', typeof require); export const unused = 1;
