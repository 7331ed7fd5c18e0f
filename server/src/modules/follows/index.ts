/** The follows module's public surface (Hivemind): following ideas and campaigns, and telling followers. */
export { FollowsModule } from './follows.module';
export { FollowsService, type FollowState, type Reader, type CommentNotice } from './follows.service';
export { seedDemoFollows } from './follows.demo';
