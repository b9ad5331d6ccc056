import { describe, expect, it } from 'vitest';
import { VagueReason, vaguenessOf } from '../../server/src/modules/reports/report-specificity';

/** Problem statements an engineer may file after a remote-support session: all must be accepted. */
const SPECIFIC: string[] = [
  // Chinese
  '解决vista下远程控制网络参数设置', // the regulation's own example
  '修改远程桌面默认端口 3389 为 13389，并在防火墙放行',
  '重置VPN密码',
  '客户端升级到 v5.2 后无法连接服务器，重新导入证书解决',
  'Windows 7 下被控端黑屏，更新显卡驱动后恢复',
  '配置 Oracle 11g 数据库的审计日志保留策略',
  '解决AD域用户无法登录控制台的问题',
  '调整被控端分辨率为1920x1080，解决显示不全',
  '文件传输速度慢，调整带宽限制参数',
  '录像回放卡顿，清理磁盘空间后恢复',
  '处理 0x80070005 安装报错',
  '远程打印时中文乱码，安装对应字体后解决',
  '修改ＲＤＰ端口为３３８９', // full-width letters and digits
  '解决 TeamViewer 与我司 agent 冲突',
  '配置 LDAP 同步',
  // English
  'solved remote-control network parameter settings under Vista', // the regulation's example in English
  'Reset VPN password',
  'Renewed the expired SSL certificate on the gateway',
  'Fixed clipboard sync between controller and agent on macOS',
  "Opened port 5938 in the customer's firewall",
  'Upgraded the agent to version 4.3.1 on 20 hosts',
  'Fixed black screen after login under Windows Server 2019',
  'Configured session recording retention to 90 days',
  'Reset RDP Gateway Password', // Title Case: the acronym still counts
];

/** Statements that must be rejected with REPORT_TOO_VAGUE, and why. */
const VAGUE: [string, VagueReason][] = [
  ['', VagueReason.EMPTY],
  ['   \n\t ', VagueReason.EMPTY],
  ['\u3000\u3000。。。', VagueReason.EMPTY],
  ['——', VagueReason.EMPTY],

  ['解决了技术问题', VagueReason.EMPTY_PHRASE], // the regulation's own counter-example
  ['处理了客户的问题', VagueReason.EMPTY_PHRASE],
  ['问题已解决', VagueReason.EMPTY_PHRASE],
  ['已处理。', VagueReason.EMPTY_PHRASE],
  ['完成技术支持', VagueReason.EMPTY_PHRASE],
  ['沟通了相关问题', VagueReason.EMPTY_PHRASE],
  ['解决了3个问题', VagueReason.EMPTY_PHRASE],
  ['所有故障均已排除', VagueReason.EMPTY_PHRASE],
  ['solved the technical issue', VagueReason.EMPTY_PHRASE],
  ['Fixed the problem.', VagueReason.EMPTY_PHRASE],
  ['handled customer issues', VagueReason.EMPTY_PHRASE],
  ['All issues resolved', VagueReason.EMPTY_PHRASE],
  ['Provided technical support', VagueReason.EMPTY_PHRASE],
  ["Fixed 2 issues for the customer's users", VagueReason.EMPTY_PHRASE],
  ['Solved The Technical Issue', VagueReason.EMPTY_PHRASE],

  ['重置密码', VagueReason.TOO_SHORT],
  ['改端口', VagueReason.TOO_SHORT],
  ['　ＶＰＮ　', VagueReason.TOO_SHORT],
  ['fixed VPN', VagueReason.TOO_SHORT],
  ['升级 v5', VagueReason.TOO_SHORT],
  ['reboot server', VagueReason.TOO_SHORT],

  ['解决了客户反映的一些使用上的问题', VagueReason.NO_CONCRETE_OBJECT],
  ['指导客户正确操作软件', VagueReason.NO_CONCRETE_OBJECT],
  ['耐心解答了客户提出的各种疑问', VagueReason.NO_CONCRETE_OBJECT],
  ['远程解决了客户的问题', VagueReason.NO_CONCRETE_OBJECT], // how, not what
  ['walked the customer through the software step by step', VagueReason.NO_CONCRETE_OBJECT],
  ['explained how the product works over the phone', VagueReason.NO_CONCRETE_OBJECT],
  ['Provided Remote Support For The Client', VagueReason.NO_CONCRETE_OBJECT], // Title Case is no proper name
  ['helped the customer with the system', VagueReason.NO_CONCRETE_OBJECT],
  ['SOLVED CUSTOMER PROBLEMS WITH THE SYSTEM', VagueReason.NO_CONCRETE_OBJECT], // ALL CAPS is no acronym
];

describe('vaguenessOf', () => {
  it.each(SPECIFIC)('accepts %j', (statement) => {
    expect(vaguenessOf(statement)).toBeNull();
  });

  it.each(VAGUE)('rejects %j as %s', (statement, reason) => {
    expect(vaguenessOf(statement)).toBe(reason);
  });
});
