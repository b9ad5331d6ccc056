import { describe, expect, it } from 'vitest';
import { KnowledgeArticle } from '../../server/src/modules/knowledge/knowledge-article.entity';
import { ArticleStatus } from '../../server/src/modules/knowledge/knowledge.enums';
import { searchTerms } from '../../server/src/modules/knowledge/knowledge.search';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildCustomerUser, buildUser } from '../helpers/factories';
import { type ApiClient, codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';
import { closedTicket } from '../helpers/ticket-closing';

interface Article {
  id: string;
  title: string;
  status: ArticleStatus;
  version: number;
}

const FIELDS = 'id title status version';
const LIST = `query($search: String, $statuses: [ArticleStatus!], $limit: Int) { knowledgeArticles(search: $search, statuses: $statuses, limit: $limit) { ${FIELDS} } }`;
const GET = `query($id: ID!) { knowledgeArticle(id: $id) { ${FIELDS} lessons publishedAt author { id } reviewedBy { id } revisions { number title editedBy { id } } sourceTicket { id number } viewerCan { edit review publish } } }`;
const SUGGEST = `query($text: String!, $limit: Int) { suggestKnowledgeArticles(text: $text, limit: $limit) { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateKnowledgeArticleInput!) { createKnowledgeArticle(input: $input) { ${FIELDS} author { id } revisions { number } } }`;
const EDIT = `mutation($input: EditKnowledgeArticleInput!) { editKnowledgeArticle(input: $input) { ${FIELDS} reviewedBy { id } publishedAt revisions { number title editedBy { id } } } }`;
const REVIEW = `mutation($id: ID!, $expectedVersion: Int!) { reviewKnowledgeArticle(id: $id, expectedVersion: $expectedVersion) { ${FIELDS} reviewedBy { id } } }`;
const PUBLISH = `mutation($id: ID!, $expectedVersion: Int!) { publishKnowledgeArticle(id: $id, expectedVersion: $expectedVersion) { ${FIELDS} publishedAt } }`;

const PRINTER = {
  title: '打印机驱动安装失败',
  product: '终端管理系统',
  cause: 'Windows 10 上安装 printer driver 时报错 0x80070005，驱动签名校验失败。',
  solution: '以管理员身份运行安装程序，关闭驱动签名强制后重新安装。',
  steps: '1. 右键以管理员身份运行；2. 重新安装',
  lessons: '内部：该型号驱动在 1.2 版本以后才签名',
};

describe('knowledge base (知识库)', () => {
  const suite = serverSuite();
  const { as } = suite;
  const ds = () => suite.server.dataSource;

  const create = async (client: ApiClient, input: Record<string, unknown>): Promise<Article> => {
    const response = await client.request<{ createKnowledgeArticle: Article }>(CREATE, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.createKnowledgeArticle;
  };
  const step = async (client: ApiClient, mutation: string, article: Pick<Article, 'id' | 'version'>) => client.request<Record<string, Article>>(mutation, { id: article.id, expectedVersion: article.version });
  /** Created by `author`, reviewed and published by `senior`. */
  const published = async (author: ApiClient, senior: ApiClient, input: Record<string, unknown>): Promise<Article> => {
    const article = await create(author, input);
    for (const mutation of [REVIEW, PUBLISH]) expect((await step(senior, mutation, article)).errors).toBeUndefined();
    return { ...article, status: ArticleStatus.PUBLISHED };
  };
  const titles = async (client: ApiClient, variables: Record<string, unknown>) => {
    const response = await client.request<{ knowledgeArticles: Article[] }>(LIST, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.knowledgeArticles.map((article) => article.title);
  };
  const suggested = async (client: ApiClient, text: string) => {
    const response = await client.request<{ suggestKnowledgeArticles: Article[] }>(SUGGEST, { text });
    expect(response.errors).toBeUndefined();
    return response.data!.suggestKnowledgeArticles.map((article) => article.title);
  };
  const staff = async () => {
    const author = await buildUser(ds(), [Role.PRESALES], '作者');
    const senior = await buildUser(ds(), [Role.PRESALES], '高工', { senior: true });
    return { author, senior, authorApi: await as(author), seniorApi: await as(senior) };
  };

  it('splits Chinese into the run and its bigrams, and English into lower-cased words', () => {
    expect(searchTerms('打印机 驱动')).toEqual(['打印机', '打印', '印机', '驱动']);
    expect(searchTerms('Printer DRIVER, a 100%_x')).toEqual(['printer', 'driver', '100']);
    expect(searchTerms('win10打印机')).toEqual(['win10', '打印机', '打印', '印机']);
    expect(searchTerms('卡')).toEqual(['卡']);
  });

  it('finds a published article from a Chinese query and from an English one; customers never find drafts', async () => {
    const { authorApi, seniorApi } = await staff();
    const manager = await as(await buildUser(ds(), [Role.PRESALES_MANAGER]));
    await published(authorApi, seniorApi, PRINTER);
    const draft = await create(authorApi, { title: '打印机驱动无法卸载', cause: 'printer driver 被占用', solution: '先停止打印服务' });
    const reviewed = await create(authorApi, { title: '打印机驱动安装后乱码', cause: 'printer driver 版本不符', solution: '安装匹配版本' });
    expect((await step(seniorApi, REVIEW, reviewed)).errors).toBeUndefined();

    const customer = await as(await buildCustomerUser(ds(), await buildCustomer(ds())));
    for (const search of ['打印机 驱动', '驱动安装', '打印机驱动安装失败', 'printer driver', 'PRINTER', '0x80070005']) {
      expect(await titles(customer, { search }), search).toEqual([PRINTER.title]);
    }
    expect(await titles(customer, { search: '扫描仪' })).toEqual([]);
    expect(await titles(customer, { statuses: ['DRAFT', 'REVIEWED'] })).toEqual([PRINTER.title]);
    expect(await titles(customer, {})).toEqual([PRINTER.title]);
    expect((await customer.request<{ knowledgeArticle: Article | null }>(GET, { id: draft.id })).data?.knowledgeArticle).toBeNull();
    expect((await customer.request<{ knowledgeArticle: Article | null }>(GET, { id: reviewed.id })).data?.knowledgeArticle).toBeNull();
    expect(await suggested(customer, '我们的打印机驱动一直安装不上，提示 0x80070005')).toEqual([PRINTER.title]);

    for (const colleague of [manager, await as(await buildUser(ds(), [Role.SALES]))]) {
      expect((await titles(colleague, { search: '打印机 驱动' })).sort()).toEqual([PRINTER.title, draft.title, reviewed.title].sort());
      expect(await titles(colleague, { search: 'printer driver', statuses: ['DRAFT'] })).toEqual([draft.title]);
      expect((await colleague.request<{ knowledgeArticle: Article }>(GET, { id: draft.id })).data?.knowledgeArticle.status).toBe('DRAFT');
      // Suggestions at intake are what customers may be sent: published only, for everyone.
      expect(await suggested(colleague, '打印机驱动安装报错')).toEqual([PRINTER.title]);
    }
    expect(await suggested(manager, '   ')).toEqual([]);
    expect(codes(await manager.request(LIST, { limit: 0 }))).toEqual(['VALIDATION']);
    expect(codes(await manager.request(SUGGEST, { text: '打印机', limit: 21 }))).toEqual(['VALIDATION']);
    expect((await manager.request<{ knowledgeArticle: Article | null }>(GET, { id: 'not-a-uuid' })).data?.knowledgeArticle).toBeNull();
  });

  it('ranks the better match first, in Chinese and in English', async () => {
    const author = await buildUser(ds(), [Role.PRESALES]);
    const article = (title: string, cause: string) => ({ title, cause, solution: '见步骤', status: ArticleStatus.PUBLISHED, authorId: author.id, publishedAt: new Date() });
    await ds()
      .getRepository(KnowledgeArticle)
      .save([
        article('扫描仪驱动', '驱动缺失'),
        article('打印机卡纸', '纸张受潮'),
        article('打印机驱动安装失败', '驱动签名校验失败'),
        article('VPN gateway timeout', 'The gateway drops idle sessions'),
        article('VPN client certificate expired', 'The client certificate was not renewed'),
        article('Mail server quota', 'Mailbox full'),
      ]);
    const customer = await as(await buildCustomerUser(ds(), await buildCustomer(ds())));
    const chinese = await titles(customer, { search: '打印机 驱动 安装' });
    expect(chinese[0]).toBe('打印机驱动安装失败');
    expect(chinese.slice(1).sort()).toEqual(['打印机卡纸', '扫描仪驱动'].sort());
    expect(await titles(customer, { search: '打印机卡纸' })).toEqual(['打印机卡纸', '打印机驱动安装失败']);
    expect(await titles(customer, { search: 'vpn client certificate' })).toEqual(['VPN client certificate expired', 'VPN gateway timeout']);
    expect(await titles(customer, { search: 'vpn', limit: 1 })).toHaveLength(1);
    expect(await titles(customer, { search: '100%' })).toEqual([]);
  });

  it('the search can use the trigram index for a query of three characters or more', async () => {
    // Enough published articles that the status index is no help and the statistics say so.
    const author = await buildUser(ds(), [Role.PRESALES]);
    await ds().query(
      `INSERT INTO knowledge_article (title, cause, solution, status, author_id)
       SELECT 'article ' || i, md5(i::text), md5((i * 7)::text), 'PUBLISHED', $1 FROM generate_series(1, 5000) AS i`,
      [author.id],
    );
    await ds().query('ANALYZE knowledge_article');
    // As staff search by default: every state. (For customers, PUBLISHED only, the planner may prefer the status index.)
    for (const search of ['printer driver', '打印机']) {
      const [sql, parameters] = suite.server.services.knowledge.searchQuery(Object.values(ArticleStatus), search, 10).getQueryAndParameters();
      const plan = await ds().transaction(async (manager) => {
        await manager.query('SET LOCAL enable_seqscan = off');
        return (await manager.query(`EXPLAIN ${sql}`, parameters)) as { 'QUERY PLAN': string }[];
      });
      expect(plan.map((row) => row['QUERY PLAN']).join('\n'), search).toContain('Bitmap Index Scan on ix_knowledge_article_search');
    }
  });

  it('review and publish: a senior or a manager, never the writer, in order, compare-and-set', async () => {
    const { author, senior, authorApi, seniorApi } = await staff();
    const manager = await buildUser(ds(), [Role.PRESALES_MANAGER]);
    const managerApi = await as(manager);
    const director = await as(await buildUser(ds(), [Role.TECH_DIRECTOR]));
    const article = await create(authorApi, PRINTER);
    expect(article).toMatchObject({ status: 'DRAFT', version: 1 });

    for (const [who, mutation] of [
      [authorApi, REVIEW],
      [await as(await buildUser(ds(), [Role.PRESALES])), REVIEW],
      [await as(await buildUser(ds(), [Role.RND_MANAGER])), REVIEW],
      [await as(await buildUser(ds(), [Role.GM])), PUBLISH],
    ] as const) {
      expect(codes(await step(who, mutation, article))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await step(managerApi, REVIEW, { ...article, version: 2 }))).toEqual(['CONFLICT']);
    const publishDraft = await step(managerApi, PUBLISH, article);
    expect(codes(publishDraft)).toEqual(['ARTICLE_ACTION_NOT_ALLOWED']);
    expect(publishDraft.errors?.[0].extensions?.status).toBe('DRAFT');
    expect(codes(await step(managerApi, REVIEW, { id: '00000000-0000-4000-8000-000000000000', version: 1 }))).toEqual(['NOT_FOUND']);

    // Four eyes: a senior's own draft is reviewed by someone else.
    const own = await create(seniorApi, { title: '自己写的', cause: '原因', solution: '方案' });
    const ownReview = await step(seniorApi, REVIEW, own);
    expect(codes(ownReview)).toEqual(['ARTICLE_ACTION_NOT_ALLOWED']);
    expect(ownReview.errors?.[0].extensions?.reason).toBe('OWN_TEXT');
    expect((await seniorApi.request<{ knowledgeArticle: { viewerCan: unknown } }>(GET, { id: own.id })).data?.knowledgeArticle.viewerCan).toEqual({ edit: true, review: false, publish: false });
    expect((await seniorApi.request<{ knowledgeArticle: { viewerCan: unknown } }>(GET, { id: article.id })).data?.knowledgeArticle.viewerCan).toEqual({ edit: true, review: true, publish: false });

    // Two reviewers at once: one wins.
    const both = await Promise.all([step(seniorApi, REVIEW, article), step(managerApi, REVIEW, article)]);
    const outcomes = both.map((response) => (response.errors ? codes(response)[0] : 'OK'));
    expect(outcomes.filter((outcome) => outcome === 'OK')).toHaveLength(1);
    // The loser either lost the compare-and-set or, arriving later, found the article reviewed.
    expect(['CONFLICT', 'ARTICLE_ACTION_NOT_ALLOWED']).toContain(outcomes.find((outcome) => outcome !== 'OK'));
    const current = (await managerApi.request<{ knowledgeArticle: Article & { reviewedBy: { id: string }; viewerCan: unknown } }>(GET, { id: article.id })).data!.knowledgeArticle;
    expect(current).toMatchObject({ status: 'REVIEWED', version: 1 });
    expect([senior.id, manager.id]).toContain(current.reviewedBy.id);
    expect(current.viewerCan).toEqual({ edit: true, review: false, publish: true });
    expect(codes(await step(managerApi, REVIEW, article))).toEqual(['ARTICLE_ACTION_NOT_ALLOWED']);

    const publishedNow = await step(director, PUBLISH, article);
    expect(publishedNow.errors).toBeUndefined();
    expect(publishedNow.data?.publishKnowledgeArticle).toMatchObject({ status: 'PUBLISHED', version: 1, publishedAt: expect.any(String) });
    expect(codes(await step(director, PUBLISH, article))).toEqual(['ARTICLE_ACTION_NOT_ALLOWED']);

    // An edit is a new revision and sends the article back to DRAFT; a stale edit is a CONFLICT.
    const edit = (who: ApiClient, expectedVersion: number, title: string) => who.request<{ editKnowledgeArticle: Article & { reviewedBy: null; publishedAt: null; revisions: { number: number; title: string; editedBy: { id: string } }[] } }>(EDIT, { input: { ...PRINTER, id: article.id, expectedVersion, title } });
    const edited = await edit(authorApi, 1, '打印机驱动安装失败（0x80070005）');
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.editKnowledgeArticle).toMatchObject({ status: 'DRAFT', version: 2, reviewedBy: null, publishedAt: null });
    expect(edited.data?.editKnowledgeArticle.revisions.map((revision) => [revision.number, revision.title, revision.editedBy.id])).toEqual([
      [1, PRINTER.title, author.id],
      [2, '打印机驱动安装失败（0x80070005）', author.id],
    ]);
    expect(codes(await edit(seniorApi, 1, '过期的编辑'))).toEqual(['CONFLICT']);
    expect(await titles(await as(await buildCustomerUser(ds(), await buildCustomer(ds()))), { search: '打印机' })).toEqual([]);

    // The senior writes revision 3: now only someone else may review it.
    expect((await edit(seniorApi, 2, '打印机驱动安装失败（已验证）')).data?.editKnowledgeArticle.version).toBe(3);
    expect(codes(await step(seniorApi, REVIEW, { id: article.id, version: 3 }))).toEqual(['ARTICLE_ACTION_NOT_ALLOWED']);
    expect((await step(managerApi, REVIEW, { id: article.id, version: 3 })).data?.reviewKnowledgeArticle).toMatchObject({ status: 'REVIEWED', version: 3, reviewedBy: { id: manager.id } });
    // An edit between review and publish makes the publisher's step a CONFLICT.
    expect((await edit(authorApi, 3, '打印机驱动安装失败')).errors).toBeUndefined();
    expect(codes(await step(director, PUBLISH, { id: article.id, version: 3 }))).toEqual(['CONFLICT']);

    const rows = (await ds().query(`SELECT payload->>'action' AS action FROM event WHERE type = 'KNOWLEDGE_ARTICLE_CHANGED' AND entity_id = $1 ORDER BY seq`, [article.id])) as { action: string }[];
    expect(rows.map((row) => row.action)).toEqual(['CREATED', 'REVIEWED', 'PUBLISHED', 'EDITED', 'EDITED', 'REVIEWED', 'EDITED']);
  });

  it('writers create and edit; blanks are refused field by field; everyone else is refused', async () => {
    const writers = [Role.PRESALES, Role.PRESALES_MANAGER, Role.RND, Role.RND_MANAGER, Role.TECH_DIRECTOR];
    for (const role of writers) {
      const user = await buildUser(ds(), [role]);
      expect((await create(await as(user), { title: `由 ${role} 编写`, cause: '原因', solution: '方案' })).status).toBe('DRAFT');
    }
    const article = await create(await as(await buildUser(ds(), [Role.RND])), PRINTER);
    const customer = await as(await buildCustomerUser(ds(), await buildCustomer(ds())));
    const outsiders = [customer, await as(await buildUser(ds(), [Role.SALES])), await as(await buildUser(ds(), [Role.GM])), await as(await buildUser(ds(), [Role.TESTER]))];
    for (const who of outsiders) {
      expect(codes(await who.request(CREATE, { input: PRINTER }))).toEqual(['FORBIDDEN']);
      expect(codes(await who.request(EDIT, { input: { ...PRINTER, id: article.id, expectedVersion: 1 } }))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await step(customer, REVIEW, article))).toEqual(['FORBIDDEN']);
    expect(codes(await step(customer, PUBLISH, article))).toEqual(['FORBIDDEN']);

    const writer = await as(await buildUser(ds(), [Role.PRESALES]));
    const blank = await writer.request(CREATE, { input: { title: '  ', cause: '', solution: '\n' } });
    expect(codes(blank)).toEqual(['VALIDATION']);
    expect(blank.errors?.[0].extensions?.fields).toEqual({ title: 'REQUIRED', cause: 'REQUIRED', solution: 'REQUIRED' });
    const long = await writer.request(EDIT, { input: { ...PRINTER, id: article.id, expectedVersion: 1, title: 'x'.repeat(201) } });
    expect(long.errors?.[0].extensions?.fields).toEqual({ title: 'TOO_LONG' });
    expect(codes(await writer.request(EDIT, { input: { ...PRINTER, id: 'nope', expectedVersion: 1 } }))).toEqual(['NOT_FOUND']);
  });

  it('customers read published text without the internal lessons, revisions or actions', async () => {
    const { authorApi, seniorApi } = await staff();
    const article = await published(authorApi, seniorApi, PRINTER);
    const customer = await as(await buildCustomerUser(ds(), await buildCustomer(ds())));
    const seen = (await customer.request<{ knowledgeArticle: Record<string, unknown> }>(GET, { id: article.id })).data!.knowledgeArticle;
    expect(seen).toMatchObject({ title: PRINTER.title, lessons: null, revisions: [], viewerCan: { edit: false, review: false, publish: false } });
    const staffSees = (await authorApi.request<{ knowledgeArticle: Record<string, unknown> }>(GET, { id: article.id })).data!.knowledgeArticle;
    expect(staffSees).toMatchObject({ lessons: PRINTER.lessons, revisions: [{ number: 1, title: PRINTER.title }] });
  });

  it('a ticket closed with publishArticle drafts an article linked to the ticket, shown only to who may see the ticket', async () => {
    const engineer = await buildUser(ds(), [Role.PRESALES]);
    const customer = await buildCustomer(ds());
    const ticket = await closedTicket(await as(engineer), customer.id, { title: '打印机驱动安装失败', cause: '驱动签名校验失败', solution: '以管理员身份重新安装驱动', steps: '右键→以管理员身份运行', lessons: '发版前检查驱动签名', publishArticle: true });
    const manager = await as(await buildUser(ds(), [Role.PRESALES_MANAGER]));
    const drafts = (await manager.request<{ knowledgeArticles: Article[] }>(LIST, { statuses: ['DRAFT'] })).data!.knowledgeArticles;
    expect(drafts).toHaveLength(1);
    const draft = (await manager.request<{ knowledgeArticle: Record<string, unknown> }>(GET, { id: drafts[0]!.id })).data!.knowledgeArticle;
    expect(draft).toMatchObject({
      title: '打印机驱动安装失败',
      status: 'DRAFT',
      version: 1,
      lessons: '发版前检查驱动签名',
      author: { id: engineer.id },
      sourceTicket: { id: ticket.id, number: ticket.number },
      revisions: [{ number: 1, title: '打印机驱动安装失败' }],
    });
    // Without publishArticle, no article.
    await closedTicket(await as(engineer), customer.id, { title: '不发布的工单' });
    expect((await manager.request<{ knowledgeArticles: Article[] }>(LIST, {})).data!.knowledgeArticles).toHaveLength(1);

    // Published: the ticket's customer sees the link; another organisation and a colleague who may not see the ticket do not.
    const reviewer = await as(await buildUser(ds(), [Role.TECH_DIRECTOR]));
    for (const mutation of [REVIEW, PUBLISH]) expect((await step(reviewer, mutation, drafts[0]!)).errors).toBeUndefined();
    const sourceFor = async (user: User) => ((await (await as(user)).request<{ knowledgeArticle: { sourceTicket: { id: string } | null } }>(GET, { id: drafts[0]!.id })).data!.knowledgeArticle.sourceTicket?.id ?? null);
    expect(await sourceFor(await buildCustomerUser(ds(), customer))).toBe(ticket.id);
    expect(await sourceFor(await buildCustomerUser(ds(), await buildCustomer(ds())))).toBeNull();
    expect(await sourceFor(await buildUser(ds(), [Role.RND]))).toBeNull();
    expect(await sourceFor(engineer)).toBe(ticket.id);
  });

  it('every operation refuses a caller without a session', async () => {
    const { authorApi } = await staff();
    const article = await create(authorApi, PRINTER);
    const anonymous = await as(null);
    for (const [query, variables] of [
      [LIST, {}],
      [GET, { id: article.id }],
      [SUGGEST, { text: '打印机' }],
      [CREATE, { input: PRINTER }],
      [EDIT, { input: { ...PRINTER, id: article.id, expectedVersion: 1 } }],
      [REVIEW, { id: article.id, expectedVersion: 1 }],
      [PUBLISH, { id: article.id, expectedVersion: 1 }],
    ] as const) {
      expect(codes(await anonymous.request(query, variables)), query).toEqual(['UNAUTHENTICATED']);
    }
  });
});
