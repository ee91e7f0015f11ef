import { value } from '../lib.mjs';
console.log('type module', value, typeof require);
