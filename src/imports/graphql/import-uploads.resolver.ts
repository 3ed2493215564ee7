import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Principal } from '../../common/principal';
import { GraphqlContext, correlationOf } from '../../recording/request-context';
import { ImportUploads } from '../commands/import-uploads.service';
import { requiredColumns } from '../domain/check-headers';
import { listMappings, loadMapping } from '../files/mapping-files';
import { ImportMappingType, ImportUploadType, toUploadType } from './import-upload.types';

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
  importUploads(@Context() ctx: GraphqlContext): Promise<ImportUploadType[]> {
    return Promise.all(this.uploads.list(principalOf(ctx)).map(toUploadType));
  }

  @Query(() => ImportUploadType, { description: '一个上传的文件, 及其检查与导入的进度' })
  importUpload(@Args('uploadId', { type: () => ID }) uploadId: string, @Context() ctx: GraphqlContext): Promise<ImportUploadType> {
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

/** The authentication hook and the guard refuse every operation without a token before it gets here. */
function principalOf(ctx: GraphqlContext): Principal {
  if (!ctx.req.principal) throw new Error('an import operation ran without an authenticated principal');
  return ctx.req.principal;
}
