import { describe, expect, it } from 'vitest';
import { companyDayOf } from '../../server/src/platform/company-calendar';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { ApiClient, codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const CHANGED = 'subscription { myTasksChanged { seq task { id status } } }';
const REQUEST_INFO = 'mutation($input: RequestInfoInput!) { requestInfo(input: $input) { id version } }';
const COMPLETE = 'mutation($input: CompleteProjectTaskInput!) { completeProjectTask(input: $input) { id status } }';

describe('my tasks, live', () => {
  const suite = serverSuite();
  const { as, feed, subscribed } = suite;
  const feedOf = (user: User) => feed<{ myTasksChanged: { seq: number; task: { id: string; status: string } | null } }>(user, CHANGED);

  it('the assignee hears of a task given to them and of its completion; nobody else does', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const otherSales = await buildUser(ds, [Role.SALES]);
    const otherProject = await buildProject(ds, { sales: otherSales });
    const [salesFeed, otherFeed] = [await feedOf(project.parts.sales), await feedOf(otherSales)];
    await subscribed(2);
    const dueOn = companyDayOf(new Date(Date.now() + 5 * 86_400_000));

    const asked = await (await as(project.parts.firstPresales)).request<{ requestInfo: { id: string; version: number } }>(REQUEST_INFO, {
      input: { projectId: project.id, description: '请客户提供测试网段的 IP 规划', dueOn },
    });
    expect(asked.errors).toBeUndefined();
    const task = asked.data!.requestInfo;
    expect((await salesFeed.next(1))[0].myTasksChanged.task).toEqual({ id: task.id, status: 'OPEN' });
    const done = await (await as(project.parts.sales)).request(COMPLETE, { input: { taskId: task.id, expectedVersion: task.version, result: '已提供：10.1.20.0/24' } });
    expect(done.errors).toBeUndefined();
    expect((await salesFeed.next(2))[1].myTasksChanged.task).toEqual({ id: task.id, status: 'DONE' });

    // A fence for the other sales: their own task arrives first and alone.
    const theirs = await (await as(otherProject.parts.firstPresales)).request<{ requestInfo: { id: string } }>(REQUEST_INFO, {
      input: { projectId: otherProject.id, description: '请客户提供防火墙策略', dueOn },
    });
    expect((await otherFeed.next(1)).map((pushed) => pushed.myTasksChanged.task?.id)).toEqual([theirs.data!.requestInfo.id]);
    expect(codes(await new ApiClient(suite.server).request(CHANGED))).toEqual(['UNAUTHENTICATED']);
  });
});
