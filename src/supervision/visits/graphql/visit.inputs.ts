import { bilingual } from '../../../common/bilingual';
import { WorkflowStepInput } from '../../common/graphql/workflow.inputs';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { NOT_EMPTY } from '../../../common/graphql/input-messages';
import { DayScalar } from '../../../common/graphql/scalars';

@InputType({ description: '点题: one problem pointed out on a visit' })
export class VisitPointInput {
  @Field({ description: 'What was pointed out, in a sentence or two' })
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(500)
  text: string;

  @Field(() => ID, { nullable: true, description: 'The station (defense area) of the county the point is about, if any' })
  @IsOptional()
  @IsString()
  stationId?: string;
}

@InputType({ description: "记录旬督导: a city chief's visit to a county linked to him, and the points he raised" })
export class RecordSupervisionVisitInput extends WorkflowStepInput {
  @Field(() => ID, { description: 'The city chief (局领导, 二级以上高级警长 or 部门长) who visited' })
  @IsString()
  @IsNotEmpty()
  chiefId: string;

  @Field(() => ID, { description: 'The county visited' })
  @IsString()
  @IsNotEmpty()
  countyId: string;

  @Field(() => DayScalar, { description: 'The visit day; the visit counts for the dekad (旬) containing it' })
  @IsString()
  day: string;

  @Field(() => [VisitPointInput])
  @ArrayNotEmpty({ message: bilingual('至少须列出一项督导点题', 'points must list at least one point raised') })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => VisitPointInput)
  points: VisitPointInput[];
}
