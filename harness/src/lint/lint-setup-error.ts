/**
 * Why a lint run could not start or finish: no files, a bad argument, an unreadable project, a
 * missing or unusable `ohos-typescript`. The message is written for the person running the tool
 * and is printed as it is (no stack trace).
 */
export class LintSetupError extends Error {
  override readonly name = 'LintSetupError';
}
