console.log('start');
const value = await new Promise((resolve) => setTimeout(() => resolve('resolved'), 20));
console.log('after await', value);
