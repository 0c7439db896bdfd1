import { DataSource, In } from 'typeorm';
import { byKeys, GqlContext, languageFrom, loaderFor } from '@kennislijn/api-core';
import { UserEntity } from './entities/user.entity';
import { PersonModel, toPerson } from './models/person.model';

/** Loads people by id for one request, in one query per batch. */
export async function loadPerson(ctx: GqlContext, dataSource: DataSource, id: string | null | undefined): Promise<PersonModel | null> {
  if (!id) return null;
  const lang = languageFrom(ctx.req.headers['accept-language']);
  const loader = loaderFor<string, PersonModel>(ctx, 'person', async (ids) => {
    const rows = await dataSource.getRepository(UserEntity).find({
      where: { id: In([...ids]) },
      select: { id: true, displayName: true, role: true, organisation: true, level: true, deletedAt: true },
    });
    return byKeys(ids, rows.map((r) => toPerson(r, lang)), (p) => p.id);
  });
  return loader.load(id);
}
