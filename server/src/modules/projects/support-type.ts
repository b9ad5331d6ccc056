import { registerEnumType } from 'type-graphql';

/** 第九条: the kinds of support a project asks for. */
export enum SupportType {
  EXCHANGE = 'EXCHANGE',
  TRAINING = 'TRAINING',
  DOCUMENT_WRITING = 'DOCUMENT_WRITING',
  PRODUCT_TEST = 'PRODUCT_TEST',
  IMPLEMENTATION = 'IMPLEMENTATION',
  AFTER_SALES = 'AFTER_SALES',
}

registerEnumType(SupportType, { name: 'SupportType', description: 'Kind of technical support (第九条).' });
