import './thrower.mjs';
