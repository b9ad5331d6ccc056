import type { DataSource } from 'typeorm';

/** The generated year: tickets, reports and R&D work spread evenly over it (company time). */
export const BENCH_YEAR = { from: '2025-11-01', to: '2026-10-31' };

export interface BenchSize {
  tickets: number;
  projects: number;
  engineers: number;
}

/**
 * Fills an empty database with a support department's year, in SQL (generate_series), with
 * deterministic spreads: tickets with both SLA clocks and surveys, projects with their members,
 * communication reports and tracking entries, complaints, fault work orders, improvement
 * requests and R&D time. The numbers are not meant to be realistic, only large and varied.
 */
export async function seedDashboardData(ds: DataSource, size: BenchSize): Promise<void> {
  const days = `(timestamptz '${BENCH_YEAR.from} 00:00+08')`;
  const spread = (i: string, n: number | string) => `${days} + (${i})::float8 / ${n} * interval '365 days'`;
  await ds.query(`INSERT INTO customer (name) SELECT '基准客户 ' || i FROM generate_series(1, 500) i`);
  await ds.query(
    `INSERT INTO app_user (name, email, password_hash, roles)
     SELECT '工程师' || i, 'bench-engineer-' || i || '@liaison.bench', 'x', '{PRESALES}'::role[] FROM generate_series(1, $1::int) i
     UNION ALL SELECT '销售' || i, 'bench-sales-' || i || '@liaison.bench', 'x', '{SALES}'::role[] FROM generate_series(1, 20) i
     UNION ALL SELECT '研发' || i, 'bench-rnd-' || i || '@liaison.bench', 'x', '{RND}'::role[] FROM generate_series(1, 20) i`,
    [size.engineers],
  );
  // Arrays of ids to pick from by index: 1-based, so `ids[1 + i % n]`.
  const pools = `pools AS (
       SELECT (SELECT array_agg(id ORDER BY email) FROM app_user WHERE email LIKE 'bench-engineer-%') AS engineers,
              (SELECT array_agg(id ORDER BY email) FROM app_user WHERE email LIKE 'bench-sales-%') AS sales,
              (SELECT array_agg(id ORDER BY email) FROM app_user WHERE email LIKE 'bench-rnd-%') AS rnd,
              (SELECT array_agg(id ORDER BY name) FROM customer) AS customers,
              (SELECT array_agg(id ORDER BY name) FROM project WHERE name LIKE '基准项目%') AS projects,
              (SELECT id FROM sla_policy WHERE is_default) AS policy,
              (SELECT calendar_id FROM sla_policy WHERE is_default) AS calendar)`;
  const pick = (pool: string, i: string) => `${pool}[1 + (${i}) % array_length(${pool}, 1)]`;

  await ds.query(
    `WITH ${pools}
     INSERT INTO project (name, customer_id, stage)
     SELECT '基准项目 ' || lpad(i::text, 5, '0'), ${pick('customers', 'i')},
            (ARRAY['INITIATED','PRESALES','BIDDING','WON','IMPLEMENTATION','AFTER_SALES','CLOSED']::project_stage[])[1 + i % 7]
       FROM pools, generate_series(1, $1::int) i`,
    [size.projects],
  );
  await ds.query(
    `WITH ${pools}, numbered AS (SELECT id, row_number() OVER (ORDER BY name) AS i FROM project WHERE name LIKE '基准项目%')
     INSERT INTO project_member (project_id, user_id, role)
     SELECT id, ${pick('engineers', 'i')}, 'FIRST_PRESALES'::project_member_role FROM numbered, pools
     UNION ALL SELECT id, ${pick('engineers', 'i + 1')}, 'SECOND_PRESALES' FROM numbered, pools
     UNION ALL SELECT id, ${pick('sales', 'i')}, 'RESPONSIBLE_SALES' FROM numbered, pools`,
  );

  // Tickets: status by i % 10 (six of ten closed), priority by i % 4, one in 17 reopened.
  await ds.query(
    `WITH ${pools}, generated AS (
       SELECT i, ${spread('i', '$1::int')} AS created_at,
              (ARRAY['CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','RESOLVED','IN_PROGRESS','NEW','WAITING_CUSTOMER']::ticket_status[])[1 + i % 10] AS status
         FROM generate_series(1, $1::int) i)
     INSERT INTO ticket (number, channel, customer_id, project_id, title, description, category, priority, status, tier, assignee_id, created_by_id, sla_policy_id,
                         reopen_count, created_at, acknowledged_at, resolved_at, product)
     SELECT 'TS-BENCH-' || lpad(i::text, 7, '0'), 'PHONE', ${pick('customers', 'i')}, CASE WHEN i % 3 = 0 THEN ${pick('projects', 'i')} END,
            '基准工单 ' || i, '打印机驱动安装失败', 'FAULT', (ARRAY['URGENT','HIGH','MEDIUM','LOW']::ticket_priority[])[1 + i % 4], status,
            CASE WHEN i % 11 = 0 THEN 'SENIOR'::support_tier ELSE 'FIRST_LINE' END, ${pick('engineers', 'i')}, ${pick('engineers', 'i + 7')}, policy,
            CASE WHEN i % 17 = 0 THEN 1 ELSE 0 END, created_at,
            CASE WHEN status <> 'NEW' THEN created_at + (5 + i % 120) * interval '1 minute' END,
            CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN created_at + (30 + i % 3000) * interval '1 minute' END,
            (ARRAY['远程桌面管控系统','调度数据网运维平台','视频监控平台'])[1 + i % 3]
       FROM generated, pools`,
    [size.tickets],
  );
  await ds.query(
    `WITH ${pools}, numbered AS (SELECT id, status, created_at, row_number() OVER (ORDER BY number) AS i FROM ticket WHERE number LIKE 'TS-BENCH-%')
     INSERT INTO sla_clock (ticket_id, kind, state, calendar_id, target_minutes, started_at)
     SELECT id, 'RESPONSE'::sla_clock_kind, CASE WHEN status = 'NEW' THEN 'RUNNING' WHEN i % 9 = 0 THEN 'BREACHED' ELSE 'MET' END::sla_clock_state, calendar, 60, created_at FROM numbered, pools
     UNION ALL
     SELECT id, 'RESOLUTION'::sla_clock_kind, CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN CASE WHEN i % 7 = 0 THEN 'BREACHED' ELSE 'MET' END
                                   WHEN status = 'WAITING_CUSTOMER' THEN 'PAUSED' ELSE 'RUNNING' END::sla_clock_state, calendar, 480, created_at FROM numbered, pools`,
  );
  await ds.query(
    `WITH numbered AS (SELECT id, assignee_id, resolved_at, row_number() OVER (ORDER BY number) AS i FROM ticket WHERE number LIKE 'TS-BENCH-%' AND status = 'CLOSED')
     INSERT INTO satisfaction_survey (ticket_id, engineer_id, token_hash, response_speed, resolution, professionalism, attitude, answered_at)
     SELECT id, assignee_id, 'bench-' || id, 1 + i % 5, 1 + (i / 2) % 5, 1 + (i / 3) % 5, 1 + (i / 5) % 5, resolved_at + interval '1 day'
       FROM numbered WHERE i % 3 = 0`,
  );

  // Communication reports, each with its tracking entry; one in eight filed more than a day late.
  const reports = size.projects * 10;
  await ds.query(
    `WITH ${pools}, generated AS (SELECT i, ${pick('projects', 'i')} AS project_id, ${spread('i', '$1::int')} AS communicated_at FROM pools, generate_series(1, $1::int) i),
     authored AS (SELECT g.*, m.user_id AS author_id FROM generated g JOIN project_member m ON m.project_id = g.project_id AND m.role = 'FIRST_PRESALES')
     INSERT INTO communication_report (project_id, author_id, title, result, method, channel, communicator, communicated_at, problems_handled, remaining_problems, created_at)
     SELECT project_id, author_id, '客户沟通-基准-' || i, 'SUCCESS', 'PHONE', 'WRITTEN', '王工', communicated_at, ARRAY['部署远程控制服务器并导入终端授权'], '{}',
            communicated_at + CASE WHEN i % 8 = 0 THEN interval '30 hours' ELSE interval '2 hours' END
       FROM authored`,
    [reports],
  );
  await ds.query(
    `INSERT INTO tracking_entry (owner_id, project_id, supporter_id, support_role, report_id, entry_date, content)
     SELECT author_id, project_id, author_id, 'FIRST', id, (communicated_at AT TIME ZONE 'Asia/Shanghai')::date, '部署远程控制服务器并导入终端授权'
       FROM communication_report WHERE title LIKE '客户沟通-基准-%'`,
  );
  await ds.query(
    `WITH ${pools}
     INSERT INTO complaint (project_id, complainant_id, respondent_id, title, description, status, created_at)
     SELECT ${pick('projects', 'i')}, ${pick('sales', 'i')}, ${pick('engineers', 'i')}, '投诉-基准项目沟通问题', '现场沟通后三天未收到汇报',
            (ARRAY['FILED','UPHELD','DISMISSED']::complaint_status[])[1 + i % 3], ${spread('i', 600)}
       FROM pools, generate_series(1, 600) i`,
  );

  // R&D: fault work orders on remaining issues, improvement requests (sequence per project) and time on them.
  const orders = Math.round(size.projects * 1.5);
  await ds.query(
    `WITH ${pools}
     INSERT INTO remaining_issue (project_id, description, owner_id, created_at)
     SELECT ${pick('projects', 'i')}, '基准遗留问题 ' || i, ${pick('engineers', 'i')}, ${spread('i', '$1::int')} FROM pools, generate_series(1, $1::int) i`,
    [orders],
  );
  await ds.query(
    `WITH ${pools}, numbered AS (SELECT id, project_id, owner_id, created_at, row_number() OVER (ORDER BY created_at, id) AS i FROM remaining_issue WHERE description LIKE '基准遗留问题%'),
     stated AS (SELECT n.*, (ARRAY['PENDING_APPROVAL','AWAITING_RND_REVIEW','OPEN_FOR_CLAIM','IN_PROGRESS','IN_PROGRESS','CLOSURE_REQUESTED','CLOSED','CLOSED','CONVERTED','RETURNED']::work_order_status[])[1 + i % 10] AS status FROM numbered n)
     INSERT INTO fault_work_order (project_id, remaining_issue_id, title, environment, steps, symptoms, status, submitted_by_id, lead_id, created_at, assigned_at, closed_at)
     SELECT project_id, id, '基准故障 ' || i, 'Windows Server 2019', '按手册部署', '服务启动失败', status, owner_id,
            CASE WHEN status IN ('IN_PROGRESS', 'CLOSURE_REQUESTED', 'CLOSED', 'CONVERTED') THEN ${pick('rnd', 'i')} END, created_at,
            CASE WHEN status IN ('IN_PROGRESS', 'CLOSURE_REQUESTED', 'CLOSED', 'CONVERTED') THEN created_at + (2 + i % 70) * interval '1 hour' END,
            CASE WHEN status IN ('CLOSED', 'CONVERTED') THEN created_at + (24 + i % 400) * interval '1 hour' END
       FROM stated, pools`,
  );
  await ds.query(
    `WITH ${pools}, generated AS (SELECT i, ${pick('projects', 'i * 7')} AS project_id FROM pools, generate_series(1, $1::int) i)
     INSERT INTO improvement_request (project_id, sequence, title, description, status, issued_by_id, created_at)
     SELECT project_id, row_number() OVER (PARTITION BY project_id ORDER BY i), '基准改进 ' || i, '增加批量导入终端', 
            (ARRAY['ISSUED','ACCEPTED','DONE','REJECTED']::improvement_status[])[1 + i % 4], ${pick('engineers', 'i')}, ${spread('i', '$1::int')}
       FROM generated, pools`,
    [size.projects],
  );
  await ds.query(
    `WITH ${pools}, requests AS (SELECT id, project_id, created_at, row_number() OVER (ORDER BY created_at, id) AS i FROM improvement_request)
     INSERT INTO rnd_time_entry (project_id, improvement_request_id, user_id, minutes, worked_on)
     SELECT project_id, id, ${pick('rnd', 'i + k')}, 60 + (i * k) % 900, ((created_at AT TIME ZONE 'Asia/Shanghai') + k * interval '1 day')::date
       FROM requests, pools, generate_series(1, 4) k`,
  );
  await ds.query('ANALYZE');
}
