import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AppException } from '../errors/app.exception';

export const MAX_PAGE_SIZE = 100;

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoModel;
}

/** Relay connection type for a node type: `XConnection { edges { cursor node } pageInfo }`, optionally with totalCount. */
export function connectionType<T>(node: Type<T>, name: string, options: { totalCount?: boolean } = {}) {
  @ObjectType(`${name}Edge`)
  class EdgeModel {
    @Field(() => String) cursor: string;
    @Field(() => node) node: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionModel {
    @Field(() => [EdgeModel]) edges: Edge<T>[];
    @Field(() => PageInfoModel) pageInfo: PageInfoModel;
  }
  if (!options.totalCount) return ConnectionModel;
  @ObjectType(`${name}Connection`)
  class CountedConnectionModel extends ConnectionModel {
    @Field(() => Int, { description: 'Only what the viewer may see is counted.' }) totalCount: number;
  }
  return CountedConnectionModel;
}

/** A keyset cursor: the sort value(s) and the id of the last row, opaque to clients. */
export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, length: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parts) && parts.length === length && parts.every((p) => typeof p === 'string' || typeof p === 'number')) return parts;
  } catch {
    // fall through
  }
  throw AppException.badInput([{ field: 'after', key: 'validation.cursor' }]);
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) throw AppException.badInput([{ field: 'first', key: 'validation.pageSize', params: { max: MAX_PAGE_SIZE } }]);
  return n;
}

/** Builds a connection from rows fetched with `limit + 1` (the extra row only tells there is a next page). */
export function toConnection<R, T>(rows: R[], limit: number, cursorOf: (row: R) => string, map: (row: R) => T): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: map(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
}
