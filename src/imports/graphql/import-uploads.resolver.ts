import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext, correlationOf, principalOf } from '../../recording/request-context';
import { reportPreview } from '../files/report-preview';
import { ImportUploads } from '../commands/import-uploads.service';
import { requiredColumns } from '../domain/check-headers';
import { listMappings, loadMapping } from '../files/mapping-files';
import { ImportMappingType, ImportProblemType, ImportRunType, ImportUploadType, toUploadType } from './import-upload.types';

/** 导入: the mappings, the files uploaded, their check and their import. */
@Resolver()
export class ImportUploadsResolver {
  constructor(private readonly uploads: ImportUploads) {}

  @Query(() => [ImportMappingType], { description: '可用的导入映射' })
  async importMappings(): Promise<ImportMappingType[]> {
    const mappings = await Promise.all((await listMappings()).map((summary) => loadMapping(summary.name)));
    return mappings.map((m) => ({
      name: m.name,
      version: m.version,
      title: m.title ?? m.name,
      source: m.source,
      notes: m.notes ?? null,
      columns: requiredColumns(m),
    }));
  }

  @Query(() => [ImportUploadType], { description: '上传的文件: 录入员看自己的, 考评人员看全部; 新的在前' })
  importUploads(@Context() ctx: GraphqlContext): ImportUploadType[] {
    return this.uploads.list(principalOf(ctx)).map(toUploadType);
  }

  @Query(() => ImportUploadType, { description: '一个上传的文件, 及其检查与导入的进度' })
  importUpload(@Args('uploadId', { type: () => ID }) uploadId: string, @Context() ctx: GraphqlContext): ImportUploadType {
    return toUploadType(this.uploads.get(uploadId, principalOf(ctx)));
  }

  @Mutation(() => ImportUploadType, { description: '用一个映射检查上传的文件: 逐行按导入的规则判断, 不记录任何内容' })
  async checkImport(
    @Args('uploadId', { type: () => ID }) uploadId: string,
    @Args('mapping') mapping: string,
    @Context() ctx: GraphqlContext,
  ): Promise<ImportUploadType> {
    return toUploadType(await this.uploads.check(uploadId, mapping, principalOf(ctx)));
  }

  @Mutation(() => ImportUploadType, { description: '导入检查过的文件 (录入员)' })
  async runImport(@Args('uploadId', { type: () => ID }) uploadId: string, @Context() ctx: GraphqlContext): Promise<ImportUploadType> {
    return toUploadType(await this.uploads.run(uploadId, principalOf(ctx), correlationOf(ctx).correlationId));
  }
}

/** Report lines a screen shows; the rest are in the report to download. */
const PROBLEMS_SHOWN = 200;

/** A run's report lines, read from its file only when a query asks for them. */
@Resolver(() => ImportRunType)
export class ImportRunResolver {
  @ResolveField(() => [ImportProblemType], { description: `报告的前 ${PROBLEMS_SHOWN} 行; 全部见 reportUrl` })
  async problems(@Parent() run: ImportRunType): Promise<ImportProblemType[]> {
    return (await reportPreview(run.report, PROBLEMS_SHOWN)).map((p) => ({
      row: p.row,
      column: p.column ?? null,
      problem: p.problem,
      outcome: p.outcome ?? null,
    }));
  }
}
