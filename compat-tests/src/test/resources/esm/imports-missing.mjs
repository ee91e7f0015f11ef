import { a, b as c } from 'no-such-pkg';
