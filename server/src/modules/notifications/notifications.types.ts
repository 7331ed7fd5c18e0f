import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLScalarType } from 'graphql';
import { PageInfo } from '../../core/graphql/page-info.type';

/**
 * A notification's payload: a JSON object whose fields depend on the kind (NotificationPayloads in
 * @ruche/shared). Output only: nothing a client sends is ever read as a payload.
 */
export const NotificationPayloadScalar = new GraphQLScalarType({
  name: 'NotificationPayload',
  description: 'JSON object whose fields depend on the notification kind (see NotificationPayloads in @ruche/shared).',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('NotificationPayload is output only.');
  },
  parseLiteral: () => {
    throw new TypeError('NotificationPayload is output only.');
  },
});

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'One of NOTIFICATION_KINDS, e.g. idea.commented.' })
  kind: string;

  @Field(() => NotificationPayloadScalar)
  payload: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'What the notification is about (e.g. idea), for grouping.' })
  subjectType: string | null;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [NotificationType])
  nodes: NotificationType[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { defaultValue: 20 })
  first: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field({ defaultValue: false })
  unreadOnly: boolean;
}

@ObjectType()
export class NotificationsReadResult {
  @Field(() => Int, { description: 'Your notifications among those asked for, now read (including those already read).' })
  marked: number;

  @Field(() => Int, { description: 'Ids that are not notifications of yours.' })
  notFound: number;

  @Field(() => Int)
  unreadCount: number;
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceType {
  @Field()
  kind: string;

  @Field({ description: 'Shown in Ruche (the bell and the notifications page).' })
  inApp: boolean;

  @Field({ description: 'What inApp is for people who never changed it.' })
  defaultInApp: boolean;
}

@InputType()
export class NotificationPreferenceInput {
  @Field()
  kind: string;

  @Field()
  inApp: boolean;
}
