import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsBoolean, IsNotEmpty, IsOptional, IsString, ValidateNested } from 'class-validator';
import { bilingual } from '../../../common/bilingual';
import { ExternalId } from '../../../common/graphql/external-id.decorator';
import { DayScalar } from '../../../common/graphql/scalars';
import { TextField, WorkflowStepInput } from '../../common/graphql/workflow.inputs';

@InputType({ description: 'A unit told to review (复盘)' })
export class InstructedUnitInput {
  @Field(() => ID, { description: 'A station, a county or a city department' })
  @IsString()
  @IsNotEmpty()
  unitId: string;

  @Field({ nullable: true, description: "A county's task force (专班) rather than the county itself; default false" })
  @IsOptional()
  @IsBoolean()
  taskForce?: boolean;
}

@InputType({ description: "领导批示: a city leader's instruction written on a published bulletin" })
export class IssueBulletinInstructionInput extends WorkflowStepInput {
  @Field(() => DayScalar, { description: 'The day of the published bulletin instructed on' })
  @IsString()
  bulletinDay: string;

  @ExternalId('The city leader (局领导, 二级以上高级警长 or 部门长) who gave the instruction')
  chiefId: string;

  @TextField(2000, '批示内容, e.g. 请两地所长和属县专班复盘')
  text: string;

  @Field(() => [InstructedUnitInput])
  @ArrayNotEmpty({ message: bilingual('至少须指定一个复盘单位', 'units must name at least one unit to review') })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => InstructedUnitInput)
  units: InstructedUnitInput[];

  @Field(() => DayScalar, { description: '复盘期限: the last day to answer, not before the bulletin day' })
  @IsString()
  dueDay: string;
}

@InputType({ description: "复盘: a named unit's answer; a later one supersedes it" })
export class AnswerBulletinInstructionInput extends WorkflowStepInput {
  @ExternalId()
  instructionId: string;

  @ExternalId('The unit answering: one the instruction names')
  unitId: string;

  @TextField(4000, '复盘情况')
  text: string;
}

@InputType({ description: '撤回批示, with the reason' })
export class WithdrawBulletinInstructionInput extends WorkflowStepInput {
  @ExternalId()
  instructionId: string;

  @TextField(500, '撤回理由')
  reason: string;
}
