import { Args, Float, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { UsersService, UserType, type UserEntity } from '../users';
import { warmUpEndsAt, type AlertRule } from './alert-rule';
import { AlertDetectionService } from './alert-detection.service';
import { AlertRulesService } from './alert-rules.service';
import { AlertFeedbackEnum, AlertStatusEnum } from './alerts.enums';
import { AlertsService } from './alerts.service';
import { AlertConnection, AlertFilter, AlertRuleInput, AlertRuleType, AlertType, BacktestResultType } from './alerts.types';

@Resolver(() => AlertRuleType)
export class AlertRulesResolver {
  constructor(
    private readonly rules: AlertRulesService,
    private readonly detection: AlertDetectionService,
    private readonly users: UsersService,
  ) {}

  @Query(() => [AlertRuleType], { description: 'The hub: every alert rule on terms and topics you may see.' })
  alertRules(@CurrentUser() user: AuthUser) {
    return this.rules.list(user);
  }

  @Query(() => AlertRuleType, { description: 'The hub.' })
  alertRule(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.rules.get(user, id);
  }

  @Mutation(() => AlertRuleType, { description: 'The hub. A rule on a new term waits for the detector’s warm-up before its first alert.' })
  createAlertRule(@CurrentUser() user: AuthUser, @Args('input') input: AlertRuleInput) {
    return this.rules.create(user, input);
  }

  @Mutation(() => AlertRuleType, { description: 'The hub.' })
  updateAlertRule(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('input') input: AlertRuleInput) {
    return this.rules.update(user, id, input);
  }

  @Mutation(() => Boolean, { description: 'The hub. Deletes its alerts too.' })
  deleteAlertRule(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.rules.remove(user, id);
  }

  @Query(() => BacktestResultType, {
    description: 'The hub: the alerts a rule (a stored one by `ruleId`, or a draft `rule`) would have raised over the stored counts of [from, to] (at most 31 days, ending before now).',
  })
  backtestAlertRule(
    @CurrentUser() user: AuthUser,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
    @Args('ruleId', { type: () => ID, nullable: true }) ruleId?: string | null,
    @Args('rule', { type: () => AlertRuleInput, nullable: true }) rule?: AlertRuleInput | null,
  ) {
    return this.detection.backtest(user, { ruleId, rule }, from, to);
  }

  // Per-row fields take graphql's own (parent, args, context) arguments: one users read for every rule's people.
  @ResolveField(() => [UserType], { description: 'The people it names (personIds), in that order; an account that no longer exists is left out.' })
  async people(rule: AlertRule, _args: unknown, ctx: GqlContext): Promise<UserEntity[]> {
    const found = await ctx.loaders.get(this.users.byId).loadMany(rule.personIds);
    return found.filter((u): u is UserEntity => !!u && !(u instanceof Error));
  }

  @ResolveField(() => Float)
  multiplier(rule: AlertRule) {
    return rule.tuning.multiplier;
  }

  @ResolveField(() => Int)
  usefulCount(rule: AlertRule) {
    return rule.tuning.useful;
  }

  @ResolveField(() => Int)
  noiseCount(rule: AlertRule) {
    return rule.tuning.noise;
  }

  @ResolveField(() => Date, { nullable: true })
  warmUpEndsAt(rule: AlertRule) {
    return warmUpEndsAt(rule);
  }
}

@Resolver(() => AlertType)
export class AlertsResolver {
  constructor(private readonly service: AlertsService) {}

  @Query(() => AlertConnection, { description: 'Alerts routed to you (the hub: all), newest first.' })
  alerts(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => AlertFilter, nullable: true }) filter?: AlertFilter | null,
  ) {
    return this.service.list(user, filter ?? {}, first ?? 25, after);
  }

  @Query(() => AlertType, { description: 'One alert with its explanation and samples.' })
  alert(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(user, id);
  }

  @Mutation(() => AlertType, { description: 'Its recipients and the hub, once each: noise raises the rule’s thresholds, useful lowers them a little.' })
  giveAlertFeedback(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('verdict', { type: () => AlertFeedbackEnum }) verdict: AlertFeedbackEnum) {
    return this.service.feedback(user, id, verdict);
  }

  @Mutation(() => AlertType, { description: 'Its recipients and the hub: acknowledged or closed (closed is final).' })
  setAlertStatus(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('status', { type: () => AlertStatusEnum }) status: AlertStatusEnum) {
    return this.service.setStatus(user, id, status);
  }
}
