import { a, b as c } from './nowhere.mjs';
