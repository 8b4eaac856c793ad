import { z } from 'zod';
import { Db, type PrismaClient } from '../../infra/db';
import { arrayHas, booleanFilter, enumFilter, idFilter, searchFilter } from '../http/filters';
import { text, ZStringList } from '../http/schemas';
import { writer, type Delegate, type ResourceDef } from './crud';

type KbArticleRow = Db.KbArticle;

const categories = Object.values(Db.KbCategory) as [Db.KbCategory, ...Db.KbCategory[]];

/** Keywords are matched against what callers say, which the search lower-cases. */
const ZKeywords = ZStringList(100).transform((words) => [...new Set(words.map((word) => word.toLowerCase()))]);

export const ZCreateKbArticleRequest = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens')
    .max(120),
  title: text(200),
  category: z.enum(categories),
  keywords: ZKeywords.default([]),
  symptoms: ZStringList(300).default([]),
  // Read aloud by a phone agent one at a time, so each step stays short.
  steps: ZStringList(500, 50).min(1, 'at least one step'),
  escalateWhen: text(1000),
  body: z.string().max(50_000).default(''),
  active: z.boolean().default(true),
});
export const ZUpdateKbArticleRequest = ZCreateKbArticleRequest.extend({
  keywords: ZKeywords.optional(),
  symptoms: ZStringList(300).optional(),
  body: z.string().max(50_000).optional(),
  active: z.boolean().optional(),
}).partial();

export const kbArticles: ResourceDef<KbArticleRow> = {
  name: 'kb-articles',
  label: 'knowledge-base article',
  delegate: (prisma: PrismaClient) => prisma.kbArticle as unknown as Delegate,
  toDto: (row) => row,
  list: {
    sortable: {
      id: 'id',
      title: 'title',
      slug: 'slug',
      category: 'category',
      active: 'active',
      createdAt: 'createdAt',
      updatedAt: 'updatedAt',
    },
    defaultSort: ['title', 'ASC'],
    filters: {
      q: searchFilter(['title', 'slug', 'escalateWhen', 'body']),
      id: idFilter('id'),
      category: enumFilter('category', categories),
      keyword: arrayHas('keywords'),
      active: booleanFilter('active'),
    },
  },
  create: writer(ZCreateKbArticleRequest),
  update: writer(ZUpdateKbArticleRequest),
  deletable: true,
};
