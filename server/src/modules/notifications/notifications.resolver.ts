import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { NotificationsService } from './notifications.service';
import {
  NotificationConnection,
  NotificationPreferenceInput,
  NotificationPreferenceType,
  NotificationsArgs,
  NotificationsReadResult,
  NotificationType,
} from './notifications.types';

/** Personal by nature: every operation acts on the signed-in person's own notifications (the guard requires a session). */
@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, {
    description: 'Your notifications, newest first.',
    complexity: ({ args, childComplexity }) => 1 + Math.min(Number(args.first) || 20, 100) * childComplexity,
  })
  notifications(@CurrentUser() user: AuthUser, @Args() args: NotificationsArgs) {
    return this.service.list(user, args);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@CurrentUser() user: AuthUser) {
    return this.service.unreadCount(user.id);
  }

  @Mutation(() => NotificationsReadResult, { description: 'Marks these notifications of yours as read; other ids count as not found.' })
  markNotificationsRead(@CurrentUser() user: AuthUser, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.service.markRead(user, ids);
  }

  @Mutation(() => NotificationsReadResult, { description: 'Marks all your notifications as read.' })
  markAllNotificationsRead(@CurrentUser() user: AuthUser) {
    return this.service.markAllRead(user);
  }

  @Query(() => [NotificationPreferenceType], { description: 'Your choice for every kind of notification.' })
  notificationPreferences(@CurrentUser() user: AuthUser) {
    return this.service.preferences(user.id);
  }

  @Mutation(() => [NotificationPreferenceType], { description: 'Turns kinds of notification on or off; answers with every kind.' })
  updateNotificationPreferences(@CurrentUser() user: AuthUser, @Args('input', { type: () => [NotificationPreferenceInput] }) input: NotificationPreferenceInput[]) {
    return this.service.updatePreferences(user, input);
  }
}
