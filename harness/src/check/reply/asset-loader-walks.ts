/**
 * The writes of the AssetLoader stub's replies (cloud_extension_stub.js:653-672), in the order
 * `stubs/asset-loader-stub.ts` makes them.
 *
 * @packageDocumentation
 */

import { show } from '../../stubs/recording/show-value';
import type { ReplyWalk } from './reply-walk';
import { arrayLength, asset, peek, resultCode } from './row-walks';

/** `download` and `upload`: a count, then per asset a code and the nine fields of its value. */
export function assetResults(walk: ReplyWalk, results: unknown): void {
  const count = arrayLength(walk, results, 'result', 'result-missing');
  for (let index = 0; index < count; index++) {
    const item = peek(results, index);
    const field = `result[${index}]`;
    walk.read(item, 'code', field, 'result-missing');
    resultCode(walk, `${field}.code`);
    const value = peek(item, 'value');
    if (value === undefined || value === null) {
      walk.fail(
        'asset-result-without-value',
        `${field}.value`,
        `${field} (code ${show(peek(item, 'code'))}) has no value: the stub writes the nine asset fields of every result, failed ones included, and throws TypeError reading ${field}.value.name, so the reply is cut short.`
      );
    }
    asset(walk, value, `${field}.value`, false, 'asset-result-without-value');
  }
}
