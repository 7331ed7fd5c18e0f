import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../core/graphql/page-info.type';
import { AlertFeedbackEnum, AlertKindEnum, AlertMeasureEnum, AlertPresetEnum, AlertStatusEnum } from './alerts.enums';

@ObjectType('AlertRule', { description: 'What to watch (a term or a topic), when to speak (preset, kinds, conditions) and to whom (departments, people).' })
export class AlertRuleType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true, description: 'The watch term watched (or null for a topic).' })
  termId: string | null;

  @Field(() => ID, { nullable: true, description: 'The watchlist watched as a topic: all its terms together (or null for a term).' })
  watchlistId: string | null;

  @Field(() => String, { nullable: true, description: 'Only items matching these keywords (the watchlist query syntax) count.' })
  keywords: string | null;

  @Field(() => Float, { nullable: true, description: 'Fire only when the window’s mean sentiment is at most this (-1…1).' })
  sentimentMaxMean: number | null;

  @Field(() => Float, { nullable: true, description: 'Fire only when at least this share (0…1) of the window’s items is negative.' })
  negativeShareMin: number | null;

  @Field(() => [AlertKindEnum])
  kinds: AlertKindEnum[];

  @Field(() => AlertPresetEnum)
  preset: AlertPresetEnum;

  @Field(() => Int, { nullable: true, description: 'Minutes between two alerts of one kind; null: the preset’s.' })
  cooldownMinutes: number | null;

  @Field({ description: 'The IANA zone whose wall clock shapes the daily baseline.' })
  timeZone: string;

  @Field()
  enabled: boolean;

  @Field(() => [ID])
  departmentIds: string[];

  @Field(() => [ID])
  personIds: string[];

  @Field(() => Float, { description: 'What feedback made of the thresholds: 1 is the preset’s, 1.2 after one “noise”…' })
  multiplier: number;

  @Field(() => Int)
  usefulCount: number;

  @Field(() => Int)
  noiseCount: number;

  @Field(() => Date, { nullable: true, description: 'The earliest the detector may alert (its first minute of data + the preset’s warm-up); null: no data yet.' })
  warmUpEndsAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@InputType({ description: 'On update, fields left out stay as they are; null clears a nullable one.' })
export class AlertRuleInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Either a term or a watchlist.' })
  termId?: string | null;

  @Field(() => ID, { nullable: true })
  watchlistId?: string | null;

  @Field(() => String, { nullable: true })
  keywords?: string | null;

  @Field(() => Float, { nullable: true })
  sentimentMaxMean?: number | null;

  @Field(() => Float, { nullable: true })
  negativeShareMin?: number | null;

  @Field(() => [AlertKindEnum], { nullable: true, description: 'Default: all four.' })
  kinds?: AlertKindEnum[] | null;

  @Field(() => AlertPresetEnum, { nullable: true, description: 'Default: medium.' })
  preset?: AlertPresetEnum | null;

  @Field(() => Int, { nullable: true })
  cooldownMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'Default: Europe/Paris.' })
  timeZone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Default: true.' })
  enabled?: boolean | null;

  @Field(() => [ID], { nullable: true })
  departmentIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  personIds?: string[] | null;
}

@ObjectType('AlertSample', { description: 'An item of the alert’s window, as it was stored (shown only to people who may see its source).' })
export class AlertSampleType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field(() => Date)
  publishedAt: Date;

  @Field({ description: 'positive, negative or neutral.' })
  sentimentLabel: string;

  @Field(() => Float)
  sentimentScore: number;

  @Field()
  language: string;
}

@ObjectType('Alert', { description: 'What happened: the term or topic, observed against expected over a window, how unusual, and examples.' })
export class AlertType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  ruleId: string;

  @Field()
  ruleName: string;

  @Field({ description: 'The term’s or the watchlist’s label.' })
  subject: string;

  @Field(() => ID, { nullable: true })
  termId: string | null;

  @Field(() => ID, { nullable: true })
  watchlistId: string | null;

  @Field(() => AlertKindEnum)
  kind: AlertKindEnum;

  @Field(() => AlertMeasureEnum)
  measure: AlertMeasureEnum;

  @Field(() => Date, { description: 'The last minute of the window.' })
  minute: Date;

  @Field(() => Date, { description: 'The first minute of the window.' })
  windowStart: Date;

  @Field(() => Int)
  windowMinutes: number;

  @Field(() => Float)
  observed: number;

  @Field(() => Float)
  expected: number;

  @Field(() => Float, { description: 'How unusual: -log10 of the p-value (bursts), of the likelihood ratio (ramps, drops), or |z| (sentiment).' })
  strength: number;

  @Field(() => AlertPresetEnum)
  preset: AlertPresetEnum;

  @Field(() => Float, { description: 'The feedback multiplier of the thresholds when it fired.' })
  multiplier: number;

  @Field(() => Int, { description: 'Items in the window.' })
  windowItems: number;

  @Field(() => Float, { nullable: true })
  sentimentMean: number | null;

  @Field(() => Float, { nullable: true })
  negativeShare: number | null;

  @Field(() => [AlertSampleType])
  samples: AlertSampleType[];

  @Field(() => AlertStatusEnum)
  status: AlertStatusEnum;

  @Field(() => Date, { nullable: true })
  statusAt: Date | null;

  @Field(() => AlertFeedbackEnum, { nullable: true, description: 'Your verdict, if you gave one.' })
  myFeedback: AlertFeedbackEnum | null;

  @Field(() => Int)
  usefulCount: number;

  @Field(() => Int)
  noiseCount: number;

  @Field(() => Int, { description: 'People it was routed to.' })
  recipientCount: number;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class AlertConnection {
  @Field(() => [AlertType])
  nodes: AlertType[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@InputType()
export class AlertFilter {
  @Field(() => AlertStatusEnum, { nullable: true })
  status?: AlertStatusEnum | null;

  @Field(() => AlertKindEnum, { nullable: true })
  kind?: AlertKindEnum | null;

  @Field(() => ID, { nullable: true })
  ruleId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Alerts whose minute is at or after this.' })
  since?: Date | null;
}

@ObjectType('BacktestAlert', { description: 'An alert the rule would have raised.' })
export class BacktestAlertType {
  @Field(() => Date)
  minute: Date;

  @Field(() => AlertKindEnum)
  kind: AlertKindEnum;

  @Field(() => AlertMeasureEnum)
  measure: AlertMeasureEnum;

  @Field(() => Float)
  observed: number;

  @Field(() => Float)
  expected: number;

  @Field(() => Float)
  strength: number;

  @Field(() => Int)
  windowMinutes: number;

  @Field(() => Float, { nullable: true })
  sentimentMean: number | null;

  @Field(() => Float, { nullable: true })
  negativeShare: number | null;
}

@ObjectType('BacktestResult', { description: '“Would have fired 3 times last week”: the alerts a rule would have raised over stored counts.' })
export class BacktestResultType {
  @Field(() => Date)
  from: Date;

  @Field(() => Date)
  to: Date;

  @Field(() => Date, { description: 'Counts from here to `from` taught the baseline first (no alert reported there).' })
  historyFrom: Date;

  @Field(() => Int, { description: 'How many alerts it would have raised.' })
  fired: number;

  @Field(() => [BacktestAlertType], { description: 'The first 200 of them, in time order.' })
  alerts: BacktestAlertType[];

  @Field(() => Int, { description: 'Minutes with data read, history included.' })
  minutesWithData: number;
}
