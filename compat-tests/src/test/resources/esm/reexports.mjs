import { named, own, other } from './reexporter.cjs';
console.log(named, own, other);
