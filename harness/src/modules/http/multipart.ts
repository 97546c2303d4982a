/**
 * `multiFormDataList`: the multipart/form-data body netstack builds with curl's MIME API when the
 * request's `content-type` header is exactly `multipart/form-data` (http_exec.cpp
 * SetMultiPartOption, SetFormDataOption; request_context.cpp ParseMultiFormData, SaveFormData).
 * A part needs a name and either data or a file; `data` wins over `filePath`.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** One part as the options give it, already read by {@link formDataOf}. */
export interface FormPart {
  /** The field name; a part without one is skipped. */
  readonly name: string;
  /** The part's content type, or `''`. */
  readonly contentType: string;
  /** The file name sent to the server, or `''`. */
  readonly remoteFileName: string;
  /** The part's bytes from `data`, or `undefined` when `data` gave nothing. */
  readonly data: Buffer | undefined;
  /** A file to send when there is no data, or `''`. */
  readonly filePath: string;
}

/** A string property, or `''` when it is not a string (GetStringPropertyUtf8). */
function stringProperty(object: object, name: string): string {
  const value = (object as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

/** The bytes of `data` as SaveFormData reads it: a string, an ArrayBuffer, or an object's JSON. */
function dataOf(value: unknown): Buffer | undefined {
  if (typeof value === 'string') {
    return value === '' ? undefined : Buffer.from(value, 'utf8');
  }
  if (value instanceof ArrayBuffer) {
    return value.byteLength === 0 ? undefined : Buffer.from(value.slice(0));
  }
  if (typeof value === 'object' && value !== null) {
    const json = JSON.stringify(value);
    return json === undefined || json === '' ? undefined : Buffer.from(json, 'utf8');
  }
  return undefined;
}

/**
 * The parts of a `multiFormDataList` option value, or `[]` when it is not an array-like object.
 *
 * @param list - The option value.
 */
export function formDataOf(list: unknown): FormPart[] {
  if (typeof list !== 'object' || list === null) {
    return [];
  }
  const length = Number((list as { length?: unknown }).length) >>> 0;
  const parts: FormPart[] = [];
  for (let i = 0; i < length; i++) {
    const item = (list as Record<number, unknown>)[i];
    const entry = typeof item === 'object' && item !== null ? item : {};
    parts.push({
      name: stringProperty(entry, 'name'),
      contentType: stringProperty(entry, 'contentType'),
      remoteFileName: stringProperty(entry, 'remoteFileName'),
      data: dataOf((entry as Record<string, unknown>)['data']),
      filePath: stringProperty(entry, 'filePath')
    });
  }
  return parts;
}

/** Quotes a header parameter value as curl does (backslash before `"` and `\`). */
function quote(value: string): string {
  return `"${value.replace(/(["\\])/g, '\\$1')}"`;
}

/**
 * The multipart body and its content type, or `undefined` when no part can be sent; a file that
 * cannot be read rejects (curl reports CURLE_READ_ERROR, 2300026).
 *
 * @param parts - The parts.
 */
export async function multipartBody(parts: readonly FormPart[]): Promise<{ body: Buffer; contentType: string } | undefined> {
  const boundary = `------------------------${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if (part.name === '' || (part.data === undefined && part.filePath === '')) {
      continue;
    }
    const bytes = part.data ?? (await readFile(part.filePath));
    const fileName =
      part.remoteFileName !== '' ? part.remoteFileName : part.data === undefined ? (part.filePath.split('/').pop() ?? '') : '';
    let head = `--${boundary}\r\nContent-Disposition: form-data; name=${quote(part.name)}`;
    if (fileName !== '') {
      head += `; filename=${quote(fileName)}`;
    }
    head += '\r\n';
    if (part.contentType !== '') {
      head += `Content-Type: ${part.contentType}\r\n`;
    } else if (fileName !== '') {
      head += 'Content-Type: application/octet-stream\r\n';
    }
    chunks.push(Buffer.from(`${head}\r\n`, 'utf8'), bytes, Buffer.from('\r\n'));
  }
  if (chunks.length === 0) {
    return undefined;
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
