/**
 * The part of `@ohos.rpc` (inter-process calls) that a cloud service extension touches: the
 * remote objects the stub functions return and the types their methods mention. A faithful subset
 * of the SDK module: deprecated members and the callback overloads are left out.
 *
 * @since 7
 * @syscap SystemCapability.Communication.IPC.Core
 *
 * @module \@ohos.rpc
 * @packageDocumentation
 */

/**
 * The local side of an interface that a remote object exposes.
 *
 * @since 7
 * @syscap SystemCapability.Communication.IPC.Core
 */
export interface IRemoteBroker {
  /**
   * The remote object that carries calls to this interface.
   *
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  asObject(): IRemoteObject;
}

/**
 * Notified when the process behind a remote object dies.
 *
 * @since 7
 * @syscap SystemCapability.Communication.IPC.Core
 */
export interface DeathRecipient {
  /**
   * Called once the remote process is gone.
   *
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  onRemoteDied(): void;
}

/**
 * A buffer that carries the arguments and the reply of one inter-process call. Only the members
 * used to frame simple calls are declared here.
 *
 * @since 9
 * @syscap SystemCapability.Communication.IPC.Core
 */
export class MessageSequence {
  /**
   * Makes an empty buffer.
   *
   * @returns The new buffer.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  static create(): MessageSequence;

  /**
   * Frees the buffer; it must not be used afterwards.
   *
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  reclaim(): void;

  /**
   * Writes the interface token that the receiver checks before it serves the call.
   *
   * @param token - The interface descriptor.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  writeInterfaceToken(token: string): void;

  /**
   * Reads the interface token written by the caller.
   *
   * @returns The interface descriptor.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  readInterfaceToken(): string;

  /**
   * Writes a 32-bit integer.
   *
   * @param val - The value to write.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  writeInt(val: number): void;

  /**
   * Reads a 32-bit integer.
   *
   * @returns The value read.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  readInt(): number;

  /**
   * Writes a string.
   *
   * @param val - The value to write.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  writeString(val: string): void;

  /**
   * Reads a string.
   *
   * @returns The value read.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  readString(): string;
}

/**
 * How one inter-process call is made: synchronously or not, and how long to wait.
 *
 * @since 7
 * @syscap SystemCapability.Communication.IPC.Core
 */
export class MessageOption {
  /**
   * Flag value of a synchronous call (the caller waits for the reply).
   *
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  TF_SYNC: number;

  /**
   * Flag value of an asynchronous call (the caller does not wait).
   *
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  TF_ASYNC: number;

  /**
   * Flag value that allows file descriptors in the call.
   *
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  TF_ACCEPT_FDS: number;

  /**
   * Default wait time of a synchronous call, in s.
   *
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  TF_WAIT_TIME: number;

  /**
   * Makes options from flags and a wait time.
   *
   * @param syncFlags - `TF_SYNC` (the default) or `TF_ASYNC`.
   * @param waitTime - Longest wait for the reply, in s.
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  constructor(syncFlags?: number, waitTime?: number);

  /**
   * Makes options for a synchronous or an asynchronous call.
   *
   * @param async - `true` for an asynchronous call.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  constructor(async?: boolean);

  /**
   * The call flags.
   *
   * @returns `TF_SYNC` or `TF_ASYNC`.
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  getFlags(): number;

  /**
   * Sets the call flags.
   *
   * @param flags - `TF_SYNC` or `TF_ASYNC`.
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  setFlags(flags: number): void;

  /**
   * Whether the call is asynchronous.
   *
   * @returns `true` for an asynchronous call.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  isAsync(): boolean;

  /**
   * Makes the call asynchronous or synchronous.
   *
   * @param async - `true` for an asynchronous call.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  setAsync(async: boolean): void;

  /**
   * Longest wait for the reply of a synchronous call.
   *
   * @returns The wait time, in s.
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  getWaitTime(): number;

  /**
   * Sets the longest wait for the reply of a synchronous call.
   *
   * @param waitTime - The wait time, in s.
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  setWaitTime(waitTime: number): void;
}

/**
 * What an inter-process call sent with `sendMessageRequest` came back with.
 *
 * @since 9
 * @syscap SystemCapability.Communication.IPC.Core
 */
export interface RequestResult {
  /**
   * `0` when the call went through; otherwise the transport's error code.
   *
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  errCode: number;

  /**
   * The request code the call was sent with.
   *
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  code: number;

  /**
   * The arguments that were sent.
   *
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  data: MessageSequence;

  /**
   * The reply the remote side wrote.
   *
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  reply: MessageSequence;
}

/**
 * Anything that can receive inter-process calls: the base of {@link RemoteObject}.
 *
 * @since 7
 * @syscap SystemCapability.Communication.IPC.Core
 */
export abstract class IRemoteObject {
  /**
   * The local interface registered under a descriptor, when caller and callee share a process.
   *
   * @param descriptor - The interface descriptor.
   * @returns The registered interface.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  getLocalInterface(descriptor: string): IRemoteBroker;

  /**
   * Sends a call to the object and resolves once the reply has arrived.
   *
   * @param code - Request code the receiver dispatches on.
   * @param data - The arguments.
   * @param reply - Where the receiver writes its answer.
   * @param options - Synchronous or not, and the wait time.
   * @returns What the call came back with.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  sendMessageRequest(code: number, data: MessageSequence, reply: MessageSequence, options: MessageOption): Promise<RequestResult>;

  /**
   * Asks to be told when the process behind the object dies.
   *
   * @param recipient - Who to tell.
   * @param flags - Reserved; pass `0`.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  registerDeathRecipient(recipient: DeathRecipient, flags: number): void;

  /**
   * Withdraws a death notification asked for with `registerDeathRecipient`.
   *
   * @param recipient - The recipient to remove.
   * @param flags - Reserved; pass `0`.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  unregisterDeathRecipient(recipient: DeathRecipient, flags: number): void;

  /**
   * The interface descriptor of the object.
   *
   * @returns The descriptor.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  getDescriptor(): string;

  /**
   * Whether the process behind the object has died.
   *
   * @returns `true` once the object can no longer be called.
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  isObjectDead(): boolean;
}

/**
 * The serving side of an inter-process interface. The cloud extension's stub functions return one
 * of these for the system to call; a service extension's `onConnect` hands it out.
 *
 * @since 7
 * @syscap SystemCapability.Communication.IPC.Core
 */
export class RemoteObject extends IRemoteObject {
  /**
   * Makes a remote object that serves the interface named by `descriptor`.
   *
   * @param descriptor - The interface descriptor.
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  constructor(descriptor: string);

  /**
   * The local interface registered under a descriptor with `modifyLocalInterface`.
   *
   * @param descriptor - The interface descriptor.
   * @returns The registered interface.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  getLocalInterface(descriptor: string): IRemoteBroker;

  /**
   * The interface descriptor the object was made with.
   *
   * @returns The descriptor.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  getDescriptor(): string;

  /**
   * Serves one incoming call; override it to dispatch on `code`.
   *
   * @param code - Request code chosen by the caller.
   * @param data - The arguments.
   * @param reply - Where to write the answer.
   * @param options - How the call was made.
   * @returns `true` (or a promise of it) when the call was handled.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  onRemoteMessageRequest(
    code: number,
    data: MessageSequence,
    reply: MessageSequence,
    options: MessageOption
  ): boolean | Promise<boolean>;

  /**
   * Sends a call to this object and resolves once the reply has arrived.
   *
   * @param code - Request code the receiver dispatches on.
   * @param data - The arguments.
   * @param reply - Where the receiver writes its answer.
   * @param options - Synchronous or not, and the wait time.
   * @returns What the call came back with.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  sendMessageRequest(code: number, data: MessageSequence, reply: MessageSequence, options: MessageOption): Promise<RequestResult>;

  /**
   * Process ID of the caller of the call being served.
   *
   * @returns The caller's PID.
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  getCallingPid(): number;

  /**
   * User ID (UID) of the caller of the call being served.
   *
   * @returns The caller's UID.
   * @since 7
   * @syscap SystemCapability.Communication.IPC.Core
   */
  getCallingUid(): number;

  /**
   * Registers the local interface that callers in the same process get from `getLocalInterface`.
   *
   * @param localInterface - The interface.
   * @param descriptor - The descriptor to register it under.
   * @since 9
   * @syscap SystemCapability.Communication.IPC.Core
   */
  modifyLocalInterface(localInterface: IRemoteBroker, descriptor: string): void;
}
