/// <reference path="./index.d.ts" />
export * from './index.js';
