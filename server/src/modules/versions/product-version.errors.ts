/** Error codes of product versions. */
export enum VersionErrorCode {
  /** 第二十条: a mainline build is used only once tested and confirmed. */
  VERSION_NOT_CONFIRMED = 'VERSION_NOT_CONFIRMED',
}
