import './order-a.mjs';
import c from './order-c.cjs';
console.log('main', import.meta.main, c);
const other = await import('./order-b.mjs');
console.log('imported main?', other.isMain);
