import cloudExtension from '@ohos.data.cloudExtension';
import hilog from '@ohos.hilog';
import http from '@ohos.net.http';
import { callCloud, CloudReply, LOG_DOMAIN, LOG_TAG, segment } from './cloud-client';
import { fromJson, JsonRow, Row, toJson } from './row-codec';

type RowResult = cloudExtension.Result<Row>;

/** The body of an insert or an update. */
interface WriteBody {
  values: Array<JsonRow>;
  extensions: Array<Row>;
}

/** The body of a delete. */
interface DeleteBody {
  extensions: Array<Row>;
}

/** The body of a query. */
interface QueryBody {
  fields: Array<string>;
  queryCount: number;
  queryCursor: string;
}

/** A page of rows as the cloud sends it: bytes still encoded. */
interface JsonPage {
  nextCursor: string;
  hasMore: boolean;
  values: Array<JsonRow>;
}

/**
 * One database of one application in the cloud. Each call is forwarded to the cloud's route for
 * it, and the cloud's answer is handed back as it is (a `Result`, or one `Result` per row). When
 * the cloud cannot be reached, the answer is `ErrorCode.NETWORK_ERROR`.
 */
export class MyCloudDB implements cloudExtension.CloudDB {
  private readonly base: string;

  /**
   * @param bundleName - The application the database belongs to.
   * @param databaseAlias - The database's alias in the cloud.
   */
  constructor(bundleName: string, databaseAlias: string) {
    this.base = `/v1/apps/${segment(bundleName)}/databases/${segment(databaseAlias)}`;
  }

  async generateId(count: number): Promise<cloudExtension.Result<Array<string>>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'generate id, count: %{public}d', count);
    const body: Record<string, number> = { 'count': count };
    const reply = await callCloud(http.RequestMethod.POST, `${this.base}/ids`, body);
    return answerOf<Array<string>>(reply);
  }

  async insert(table: string, values: Array<Row>, extensions: Array<Row>): Promise<Array<RowResult>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'insert, table: %{public}s, rows: %{public}d', table, values.length);
    return this.write('insert', table, values, extensions);
  }

  async update(table: string, values: Array<Row>, extensions: Array<Row>): Promise<Array<RowResult>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'update, table: %{public}s, rows: %{public}d', table, values.length);
    return this.write('update', table, values, extensions);
  }

  async delete(table: string, extensions: Array<Row>): Promise<Array<RowResult>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'delete, table: %{public}s, rows: %{public}d', table, extensions.length);
    const body: DeleteBody = { extensions: extensions };
    const reply = await callCloud(http.RequestMethod.POST, `${this.tablePath(table)}/delete`, body);
    return rowAnswersOf(reply, extensions.length);
  }

  async query(
    table: string,
    fields: Array<string>,
    queryCount: number,
    queryCursor: string
  ): Promise<cloudExtension.Result<cloudExtension.CloudData>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'query, table: %{public}s, cursor: %{public}s', table, queryCursor);
    const body: QueryBody = { fields: fields, queryCount: queryCount, queryCursor: queryCursor };
    const reply = await callCloud(http.RequestMethod.POST, `${this.tablePath(table)}/query`, body);
    const answer = answerOf<JsonPage>(reply);
    const result: cloudExtension.Result<cloudExtension.CloudData> = { code: answer.code };
    if (answer.description !== undefined) {
      result.description = answer.description;
    }
    if (answer.value !== undefined) {
      // The page as the cloud sent it, with its bytes decoded.
      result.value = {
        nextCursor: answer.value.nextCursor,
        hasMore: answer.value.hasMore,
        values: answer.value.values.map((row: JsonRow): Row => fromJson(row))
      };
    }
    return result;
  }

  async lock(): Promise<cloudExtension.Result<cloudExtension.LockInfo>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'lock');
    const body: Record<string, number> = {};
    return answerOf<cloudExtension.LockInfo>(await callCloud(http.RequestMethod.POST, `${this.base}/lock`, body));
  }

  async heartbeat(lockId: number): Promise<cloudExtension.Result<cloudExtension.LockInfo>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'heartbeat, lock: %{public}d', lockId);
    const body: Record<string, number> = { 'lockId': lockId };
    return answerOf<cloudExtension.LockInfo>(await callCloud(http.RequestMethod.POST, `${this.base}/heartbeat`, body));
  }

  async unlock(lockId: number): Promise<cloudExtension.Result<boolean>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'unlock, lock: %{public}d', lockId);
    const body: Record<string, number> = { 'lockId': lockId };
    return answerOf<boolean>(await callCloud(http.RequestMethod.POST, `${this.base}/unlock`, body));
  }

  private tablePath(table: string): string {
    return `${this.base}/tables/${segment(table)}`;
  }

  private async write(route: string, table: string, values: Array<Row>, extensions: Array<Row>): Promise<Array<RowResult>> {
    const body: WriteBody = { values: values.map((row: Row): JsonRow => toJson(row)), extensions: extensions };
    const reply = await callCloud(http.RequestMethod.POST, `${this.tablePath(table)}/${route}`, body);
    return rowAnswersOf(reply, values.length);
  }
}

/** The cloud's `Result`, or `NETWORK_ERROR` when it did not give one. */
function answerOf<T>(reply: CloudReply): cloudExtension.Result<T> {
  if (reply.status !== http.ResponseCode.OK || reply.body === undefined) {
    return { code: cloudExtension.ErrorCode.NETWORK_ERROR, description: describe(reply) };
  }
  return reply.body as cloudExtension.Result<T>;
}

/** The cloud's one `Result` per row, or `NETWORK_ERROR` for each of `rows` when it gave none. */
function rowAnswersOf(reply: CloudReply, rows: number): Array<RowResult> {
  if (reply.status === http.ResponseCode.OK && Array.isArray(reply.body)) {
    return reply.body as Array<RowResult>;
  }
  const failed: Array<RowResult> = [];
  for (let i = 0; i < rows; i++) {
    failed.push({ code: cloudExtension.ErrorCode.NETWORK_ERROR, description: describe(reply) });
  }
  return failed;
}

function describe(reply: CloudReply): string {
  return reply.error !== undefined ? `cloud unreachable: ${reply.error}` : `cloud answered HTTP ${reply.status}`;
}
