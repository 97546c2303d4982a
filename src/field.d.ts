import type { FieldType } from './field-type';

/**
 * One column of a table in the application's schema, with the name it has on the device and the
 * one it has in the cloud.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface Field {
  /**
   * The column's name in the cloud's copy of the table.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  alias: string;

  /**
   * The column's name in the device's table.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  colName: string;

  /**
   * The kind of values the column stores.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  type: FieldType;

  /**
   * `true` when this column is (part of) the table's primary key.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  primary: boolean;

  /**
   * `true` when the column may hold `null`.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  nullable: boolean;
}
