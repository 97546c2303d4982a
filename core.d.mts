/// <reference path="./core.d.ts" />
export {};
