import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** Decodes an opaque cursor; returns undefined for anything malformed so callers can refuse it. */
export function decodeCursor(cursor: string, arity: number): string[] | undefined {
  if (cursor.length > 512) return undefined;
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parts) || parts.length !== arity || !parts.every((p) => typeof p === 'string')) return undefined;
    return parts as string[];
  } catch {
    return undefined;
  }
}
