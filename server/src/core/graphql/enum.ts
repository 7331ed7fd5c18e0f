import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a GraphQL enum whose values are spelled on the wire exactly as in @ruche/shared
 * (`member`, `centralised`, `fr`): one spelling in the database, the API and the web, no mapping.
 * Returns the object to pass to `@Field(() => …)`.
 */
export function graphqlEnum<T extends string>(values: readonly T[], name: string, description?: string): { [K in T]: K } {
  const object = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(object, { name, description });
  return object;
}
