/**
 * Regulation §15: each problem in a communication report must say *what* was solved
 * ("解决vista下远程控制网络参数设置"), not just that something was ("解决了技术问题").
 *
 * A statement is checked in this order; the first failing check is the reason:
 * 1. EMPTY – after NFKC (full-width → half-width) and whitespace folding, no letter or digit is left.
 * 2. EMPTY_PHRASE – nothing is left once filler is removed: verbs of handling (解决/fixed…),
 *    generic nouns (问题/issue…), particles, articles and counts ("3个", "2 issues").
 *    Checked before length so that "已处理" is reported as the empty phrase it is.
 * 3. TOO_SHORT – fewer than MIN_UNITS units, where a CJK character is 1 unit and a Latin word or
 *    number is 2 (most Chinese words are two characters, so a word ≈ two characters). Six units is
 *    verb + object + detail: "重置VPN密码", "Reset VPN password", "修改远程端口".
 * 4. NO_CONCRETE_OBJECT – no concrete token: a version or other number that is not a count, a Latin
 *    name inside Chinese text (Vista, AD域), an acronym or CamelCase name (VPN, TeamViewer, macOS),
 *    a capitalised name inside an English sentence (Windows), or a technical noun from TECH_NOUNS.
 * Capitals are ignored where they carry no meaning (ALL CAPS text; Title Case for names).
 * Known limits: a lower-case product name in pure English ("teamviewer") is only found via TECH_NOUNS.
 */

export enum VagueReason {
  EMPTY = 'EMPTY',
  TOO_SHORT = 'TOO_SHORT',
  EMPTY_PHRASE = 'EMPTY_PHRASE',
  NO_CONCRETE_OBJECT = 'NO_CONCRETE_OBJECT',
}

/** Minimum size of a statement: 6 CJK characters, or 3 English words, or a mix (see above). */
const MIN_UNITS = 6;

/**
 * Nouns that name the thing an IT-support engineer works on (remote control / operations software).
 * One mention is enough to make a statement concrete. Chinese entries match as substrings; English
 * entries match at the start of a word, so stems cover plurals and -ing forms ("certificat", "print").
 * Deliberately absent, because they say nothing about *what*: 系统/system, 软件/software, 电脑/computer,
 * 服务/service, error, update, and bare 远程/remote or 控制 (how support was given, not what was fixed);
 * bare 域 is replaced by compounds because it also occurs in 领域/区域.
 */
const TECH_NOUNS: readonly string[] = [
  // Chinese
  '网络', '参数', '配置', '设置', '端口', '防火墙', '证书', '数据库', '服务器', '客户端', '控制端', '被控端',
  '驱动', '版本', '补丁', '日志', '权限', '账号', '帐号', '账户', '密码', '域控', '域名', '加域', '域用户',
  '域账号', '策略', '远程控制', '远程桌面', '远程连接', '远程访问', '桌面', '文件', '传输', '审计', '录像',
  '录屏', '打印', '显示', '屏幕', '分辨率', '代理', '路由', '交换机', '网关', '接口', '授权', '许可',
  '序列号', '升级', '安装', '部署', '备份', '恢复', '同步', '性能', '内存', '磁盘', '硬盘', '键盘', '鼠标',
  '剪贴板', '摄像头', '音频', '视频', '声音', '浏览器', '插件', '加密', '登录', '登陆', '认证', '会话',
  '连接', '带宽', '延迟', '超时', '集群', '节点', '注册表', '虚拟机', '邮件', '共享', '白名单', '黑名单',
  '乱码', '编码', '字体', '缓存', '进程', '脚本', '计划任务', '告警', '报警', '杀毒',
  // English (stems)
  'network', 'parameter', 'config', 'setting', 'port', 'firewall', 'certificat', 'database', 'server',
  'driver', 'version', 'patch', 'log', 'permission', 'account', 'password', 'domain', 'polic',
  'remote control', 'remote desktop', 'remote access', 'desktop', 'file', 'transfer', 'audit', 'record',
  'print', 'display', 'screen', 'resolution', 'proxy', 'router', 'routing', 'switch', 'interface',
  'licen', 'serial', 'upgrad', 'install', 'deploy', 'backup', 'restor', 'sync', 'performance', 'memory',
  'disk', 'keyboard', 'mouse', 'clipboard', 'camera', 'audio', 'video', 'browser', 'plugin', 'plug-in',
  'encrypt', 'authenticat', 'session', 'connection', 'bandwidth', 'latency', 'timeout', 'cluster',
  'registry', 'virtual machine', 'mail', 'email', 'shar', 'whitelist', 'allowlist', 'font', 'encoding', 'cache',
  'script', 'scheduled task', 'alert', 'alarm', 'antivirus', 'gateway', 'agent',
  'vpn', 'rdp', 'vnc', 'ssh', 'dns', 'dhcp', 'ip', 'ssl', 'tls', 'ldap', 'sso', 'api', 'cpu', 'gpu', 'usb',
];

/** Chinese filler, removed longest first: handling verbs, generic nouns, particles, quantifiers. */
const CJK_FILLER: readonly string[] = [
  '解决', '处理', '完成', '修复', '修好', '搞定', '排除', '排查', '已经', '一下', '相关', '问题', '故障',
  '技术', '客户', '用户', '支持', '提供', '沟通', '协助', '帮助', '进行', '全部', '所有', '一些', '各种',
  '其他', '事项', '情况', '工作', '服务', '需求', '咨询', '解答', '疑问', '反馈', '成功', '完毕', '顺利',
  '及时', '已', '了', '的', '都', '均', '等', '好', '给', '为', '和', '与', '及', '帮', '把', '被',
].toSorted((a, b) => b.length - a.length);

/** English filler, compared lower-case with a possessive 's removed. */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'solve', 'solved', 'solving', 'fix', 'fixed', 'fixing', 'resolve', 'resolved', 'resolving', 'handle',
  'handled', 'handling', 'address', 'addressed', 'complete', 'completed', 'done', 'finished', 'sorted',
  'provide', 'provided', 'give', 'gave', 'offer', 'offered', 'help', 'helped', 'assist', 'assisted',
  'support', 'supported', 'communicate', 'communicated', 'discussed', 'the', 'a', 'an', 'some', 'all',
  'any', 'every', 'various', 'several', 'many', 'multiple', 'other', 'related', 'relevant', 'technical',
  'tech', 'issue', 'issues', 'problem', 'problems', 'question', 'questions', 'trouble', 'matter', 'matters',
  'thing', 'things', 'stuff', 'request', 'requests', 'customer', 'customers', 'client', 'clients', 'user',
  'users', 'it', 'its', 'their', 'them', 'they', 'his', 'her', 'our', 'we', 'i', 'is', 'are', 'was',
  'were', 'be', 'been', 'has', 'have', 'had', 'successfully', 'already', 'now', 'for', 'with', 'of', 'on',
  'to', 'in', 'and', 'etc', 'ok', 'everything', 'remotely', 'via', 'by', 'about', 'up', 'out',
]);

const CJK_NOUNS = TECH_NOUNS.filter((noun) => /\p{Script=Han}/u.test(noun));
const ENGLISH_NOUNS = new RegExp(
  `\\b(?:${TECH_NOUNS.filter((noun) => !/\p{Script=Han}/u.test(noun)).map((noun) => noun.replace(/[ -]/g, '[ -]')).join('|')})`,
  'i',
);
/** A CJK character, or a Latin word / number such as "customer's", "11.2.0.4", "0x80070005", "remote-control". */
const UNIT = /\p{Script=Han}|[A-Za-z0-9]+(?:['._\-/:][A-Za-z0-9]+)*/gu;
/** A number that counts things ("3个", "2 issues") rather than naming a version, port or code. */
const COUNT = /(?<![\w.])\d+\s*(?:[个次项条处种台件位名家]|(?:issues?|problems?|tickets?|times?|cases?|things?)\b)/gi;

function units(text: string): string[] {
  return text.match(UNIT) ?? [];
}

function isFillerWord(word: string): boolean {
  return FILLER_WORDS.has(word.toLowerCase().replace(/'s$/, ''));
}

/** What is left of the statement once filler and counts are removed. */
function contentOf(text: string): string[] {
  let rest = text.replace(COUNT, ' ');
  for (const phrase of CJK_FILLER) rest = rest.replaceAll(phrase, ' ');
  return units(rest).filter((unit) => !isFillerWord(unit));
}

function hasConcreteObject(text: string): boolean {
  if (/\d/.test(text.replace(COUNT, ' '))) return true;
  if (ENGLISH_NOUNS.test(text) || CJK_NOUNS.some((noun) => text.includes(noun))) return true;
  const words = units(text).filter((unit) => /^[A-Za-z]/.test(unit));
  const chinese = /\p{Script=Han}/u.test(text);
  // Capitals mark names only where the writer used case: not in ALL CAPS, nor (for names) in Title Case.
  const notShouted = words.some((word) => /[a-z]/.test(word));
  const notTitleCase = words.some((word) => /^[a-z]/.test(word));
  return words.some((word, index) => {
    if (word.length < 2 || isFillerWord(word)) return false;
    if (chinese) return true; // Chinese text switches to Latin script only for names and acronyms.
    if (notShouted && /[A-Z].*[A-Z]|[a-z][A-Z]/.test(word)) return true; // VPN, TeamViewer, macOS
    return notTitleCase && index > 0 && /^[A-Z][a-z]/.test(word); // "... under Windows"
  });
}

/** Why one problem statement is too vague to accept, or null when it is specific enough. */
export function vaguenessOf(statement: string): VagueReason | null {
  const text = statement.normalize('NFKC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  const all = units(text);
  if (all.length === 0) return VagueReason.EMPTY;
  if (contentOf(text).length === 0) return VagueReason.EMPTY_PHRASE;
  const size = all.reduce((sum, unit) => sum + (/\p{Script=Han}/u.test(unit) ? 1 : 2), 0);
  if (size < MIN_UNITS) return VagueReason.TOO_SHORT;
  return hasConcreteObject(text) ? null : VagueReason.NO_CONCRETE_OBJECT;
}
