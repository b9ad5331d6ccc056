import { registerEnumType } from 'type-graphql';

/** 第二十条: the release line, a mainline build, or a custom build made for one project. */
export enum VersionKind {
  RELEASE = 'RELEASE',
  /** Must be tested and confirmed before a project may use it. */
  MAINLINE = 'MAINLINE',
  /** Only from an improvement request, for that request's project. */
  CUSTOM = 'CUSTOM',
}

registerEnumType(VersionKind, { name: 'VersionKind' });
