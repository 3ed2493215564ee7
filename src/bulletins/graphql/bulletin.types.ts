import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, DayScalar } from '../../common/graphql/scalars';
import { BrokenLink, ChainCheck } from '../domain/bulletin-hash';
import { FigureDifference } from '../domain/figure-differences';
import { BulletinFigures } from '../domain/bulletin-content';
import { LaterEvent } from '../queries/restatement.service';
import { BulletinContentType, BulletinFiguresType } from './bulletin-content.types';

@ObjectType('BulletinPublisher', { description: '发布人' })
export class BulletinPublisherType {
  @Field()
  subject: string;

  @Field()
  role: string;
}

@ObjectType('Bulletin', { description: '已发布的日通报: frozen as published, never edited' })
export class BulletinType {
  @Field(() => DayScalar)
  day: string;

  @Field(() => Int, { description: '期号 (第N期), in publication order' })
  number: number;

  @Field({ description: '通报正文 as published' })
  text: string;

  @Field(() => BulletinFiguresType, { description: 'The figures as published' })
  figures: BulletinFiguresType;

  @Field({ description: 'sha256 (hex) of the canonical JSON of day, number, content, asOfPosition and previousHash' })
  hash: string;

  @Field(() => String, { nullable: true, description: 'The hash of the bulletin published before; null for the first' })
  previousHash: string | null;

  @Field({ description: 'The event log position the figures were computed at (a decimal string)' })
  asOfPosition: string;

  @Field(() => ID)
  eventId: string;

  @Field({ description: '发布时间' })
  publishedAt: string;

  @Field(() => BulletinPublisherType, { description: '发布人' })
  publishedBy: BulletinPublisherType;

  /** The figures as the domain keeps them, for the restatement to compare with today's. */
  publishedFigures: BulletinFigures;
}

@ObjectType('BulletinDifference', { description: 'A figure that reads differently now than as published' })
export class BulletinDifferenceType implements FigureDifference {
  @Field({ description: 'e.g. alerts, loss, alertsByCounty.county-datian, top[0]' })
  field: string;

  @Field({ description: '指标名称' })
  label: string;

  @Field(() => String, { nullable: true, description: 'As published (counts, yuan, or a ranking line)' })
  published: string | null;

  @Field(() => String, { nullable: true, description: 'As it reads now' })
  current: string | null;
}

@ObjectType('BulletinLaterEvent', { description: "An event recorded after publication that changed the day's figures" })
export class BulletinLaterEventType implements LaterEvent {
  @Field(() => ID)
  eventId: string;

  @Field()
  type: string;

  @Field({ description: '事实名称, 如 撤案' })
  typeLabel: string;

  @Field(() => String, { nullable: true, description: '更正内容 (仅更正)' })
  summary: string | null;

  @Field(() => DateTimeScalar)
  recordedAt: string;

  @Field(() => ID)
  unitId: string;
}

@ObjectType('BulletinRestatement', { description: '更正说明: the published day as it reads now' })
export class BulletinRestatementType {
  @Field({ description: 'True when any published figure reads differently now' })
  changed: boolean;

  @Field(() => BulletinContentType, { description: 'The content computed now' })
  current: BulletinContentType;

  @Field(() => [BulletinDifferenceType])
  differences: BulletinDifferenceType[];

  @Field(() => [BulletinLaterEventType], {
    description: "Events recorded after asOfPosition behind the day's figures (late facts, revocations, amended losses)",
  })
  changedBy: BulletinLaterEventType[];
}

@ObjectType('BulletinBrokenLink', { description: 'The first bulletin whose hash or link does not hold' })
export class BulletinBrokenLinkType implements BrokenLink {
  @Field(() => Int)
  number: number;

  @Field(() => DayScalar)
  day: string;

  @Field()
  problem: string;
}

@ObjectType('BulletinChainCheck', { description: '通报链核验: every hash recomputed from the event log' })
export class BulletinChainCheckType implements ChainCheck {
  @Field({ description: 'True when every bulletin and every link holds' })
  valid: boolean;

  @Field(() => Int, { description: 'Bulletins checked (up to the first broken one)' })
  checked: number;

  @Field(() => BulletinBrokenLinkType, { nullable: true })
  firstBroken: BulletinBrokenLinkType | null;
}
