import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import { browserSuite, haveChromium } from '../helpers/browser';
import { buildProject, buildUser, signedIn } from '../helpers/factories';
import { ApiClient } from '../helpers/graphql-client';
import { startTestServer } from '../helpers/server';


describe.skipIf(!haveChromium)('live board in real browsers (Chromium)', () => {
  const suite = browserSuite();
  const { signIn } = suite;
  const cardIn = (stage: string, projectId: string) => `[data-testid="column-${stage}"] [data-testid="card-${projectId}"]`;

  it('one user moves a stage; the other sees it on their board without reloading', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds, { name: '调度数据网远程运维平台' });
    const manager = await buildUser(ds, [Role.PRESALES_MANAGER], '孙丽');
    const [salesPage, managerPage] = await Promise.all([signIn(project.parts.sales), signIn(manager)]);
    await salesPage.waitForSelector(cardIn('INITIATED', project.id));
    await managerPage.waitForSelector(cardIn('INITIATED', project.id));

    await salesPage.click(`[data-testid="move-${project.id}"]`);
    await salesPage.click('[data-testid="move-to-PRESALES"]');

    await managerPage.waitForSelector(cardIn('PRESALES', project.id), { timeout: 10_000 });
    expect(await managerPage.locator(cardIn('INITIATED', project.id)).count()).toBe(0);
    expect(await salesPage.locator(cardIn('PRESALES', project.id)).count()).toBe(1);
  });

  it('after a disconnect it shows a banner, reconnects and catches up on what it missed', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const page = await signIn(project.parts.firstPresales);
    await page.waitForSelector(cardIn('INITIATED', project.id));

    // Take the server away, change the project through another instance, bring the server back on the same port.
    await suite.whileServerDown(async () => {
      await page.waitForSelector('[data-testid="live-status"][data-state="reconnecting"]', { timeout: 10_000 });
      const other = await startTestServer();
      const api = await signedIn(new ApiClient(other), project.parts.sales);
      const moved = await api.request('mutation($input: MoveProjectStageInput!) { moveProjectStage(input: $input) { id } }', {
        input: { projectId: project.id, from: 'INITIATED', to: 'PRESALES', expectedVersion: 1 },
      });
      expect(moved.errors).toBeUndefined();
      await other.close();
    });

    await page.waitForSelector(cardIn('PRESALES', project.id), { timeout: 20_000 });
    await page.waitForSelector('[data-testid="live-status"][data-state="live"]');
  });
});
