/**
 * 责任主体: the one controlled vocabulary of who a clause binds. Interpretations, cases and the
 * study kit all use these labels; the content schema rejects anything else.
 *
 * Order is the order a reader meets them in 《规定》 (第六条 to 第九条), then the bodies of the
 * 机关基层组织工作条例 and the 准则, so lists and filters read naturally.
 */
export interface Subject {
  /** Stable ASCII id for URLs and storage keys. */
  id: string;
  /** Label as the regulations write it. */
  label: string;
  /** One line for the study kit's role picker. */
  description: string;
  /** The role picker's group ({@link SUBJECT_GROUPS}). */
  group: SubjectGroupId;
  /** Labels whose duties also bind this one (a 地方党委 is a 党委（党组）; a 书记 is a 党员领导干部). */
  includes?: readonly string[];
  /** For a label easily taken for another: what it denotes, from the regulation that says so. */
  distinct?: string;
}

/**
 * The role picker's groups: who carries which kind of responsibility, in 《规定》's terms. Each
 * group's line says what its roles share; `note` tells apart labels that read alike.
 */
export const SUBJECT_GROUPS = [
  {
    id: 'dangwei',
    label: '党委（党组）及其领导班子成员',
    description: '主体责任：党组织集体承担的职责，书记作为第一责任人、班子其他成员按“一岗双责”承担的个人职责。',
    note: '“党委（党组）”是统称：《规定》第二条写明，规定适用于地方党委和按照《中国共产党党组工作条例》设立的党组（党委）。“党组（党委）”只指后一类。选“地方党委”或“党组（党委）”，已包含写给“党委（党组）”的全部职责。',
  },
  {
    id: 'jijian',
    label: '纪检机关',
    description: '监督责任：党的纪律检查机关和纪检监察机关派驻机构，履行监督责任，协助、督促党委（党组）落实主体责任。',
  },
  {
    id: 'jigou',
    label: '党委的议事协调和执行机构',
    description: '在党委领导下抓全面从严治党：党的建设工作领导小组议事协调，办公厅（室）、职能部门、办事机构具体执行（《规定》第九条）。',
  },
  {
    id: 'jiguan',
    label: '机关党的工作和基层党组织',
    description: '中央和国家机关走在前、作表率；党的机关工委统一领导本级机关党的工作；机关党委等机关基层党组织协助本单位党组（党委）。',
    note: '“党的机关工委”和“机关党委”不同：机关工委是党委的派出机关，统一组织、规划、部署本级机关党的工作；机关党委是部门和单位的机关党建工作专责机构，协助本单位党组（党委）落实主体责任（《规定》第九条第四款、第五款）。',
  },
  {
    id: 'shangji',
    label: '上级党组织',
    description: '监督下级：对党委（党组）落实主体责任情况开展监督检查和巡视巡察（《规定》第二十条）。',
  },
  {
    id: 'geren',
    label: '党员个人',
    description: '个人责任：党员领导干部和每一名党员在党内政治生活和党的纪律方面的责任和义务。',
  },
] as const satisfies readonly { id: string; label: string; description: string; note?: string }[];

export type SubjectGroupId = (typeof SUBJECT_GROUPS)[number]['id'];
export type SubjectGroup = (typeof SUBJECT_GROUPS)[number];

export const SUBJECTS = [
  {
    id: 'dangwei-dangzu',
    label: '党委（党组）',
    description: '各级党委和党组（党委）作为整体承担的主体责任',
    group: 'dangwei',
    distinct: '“党委（党组）”是统称，既指地方党委，也指按照《中国共产党党组工作条例》设立的党组（党委）（《规定》第二条）。',
  },
  {
    id: 'difang-dangwei',
    label: '地方党委',
    description: '本地区全面从严治党的领导责任',
    group: 'dangwei',
    includes: ['党委（党组）'],
    distinct: '地方党委是统称“党委（党组）”中的一类（《规定》第二条），本页也列出写给“党委（党组）”的职责。',
  },
  {
    id: 'dangzu',
    label: '党组（党委）',
    description: '按照党组工作条例设立的党组（党委），对本单位（本系统）负责',
    group: 'dangwei',
    includes: ['党委（党组）'],
    distinct:
      '“党组（党委）”专指按照《中国共产党党组工作条例》设立的党组（党委），不同于统称的“党委（党组）”（《规定》第二条）；本页也列出写给“党委（党组）”的职责。',
  },
  { id: 'zhongyang-guojia-jiguan', label: '中央和国家机关', description: '走在前、作表率，建设模范机关', group: 'jiguan' },
  { id: 'shuji', label: '党委（党组）书记', description: '第一责任人职责', group: 'dangwei', includes: ['党员领导干部'] },
  { id: 'banzi-chengyuan', label: '领导班子其他成员', description: '根据分工负重要领导责任，“一岗双责”', group: 'dangwei', includes: ['党员领导干部'] },
  { id: 'lingdao-xiaozu', label: '党的建设工作领导小组', description: '党委抓全面从严治党的议事协调机构', group: 'jigou' },
  { id: 'jijian', label: '纪检机关', description: '党的纪律检查机关：监督责任，协助党委落实主体责任', group: 'jijian' },
  {
    id: 'paizhu',
    label: '派驻机构',
    description: '纪检监察机关派驻机构：监督驻在单位，支持和督促其党组（党委）落实主体责任',
    group: 'jijian',
  },
  { id: 'zhineng-bumen', label: '职能部门', description: '党委办公厅（室）、职能部门、办事机构：具体执行机关', group: 'jigou' },
  {
    id: 'jiguan-gongwei',
    label: '党的机关工委',
    description: '党委派出机关，统一组织、规划、部署本级机关党的工作',
    group: 'jiguan',
    distinct: '党的机关工委是党委的派出机关（《规定》第九条第四款），不同于部门和单位内设的机关党委。',
  },
  {
    id: 'jiguan-dangwei',
    label: '机关党委',
    description: '部门和单位机关党建工作专责机构',
    group: 'jiguan',
    distinct: '机关党委是部门和单位的机关党建工作专责机构（《规定》第九条第五款），不同于作为党委派出机关的党的机关工委。',
  },
  { id: 'jiceng-dangzuzhi', label: '基层党组织', description: '党支部等党的基层组织', group: 'jiguan' },
  { id: 'shangji-dangzuzhi', label: '上级党组织', description: '监督检查、巡视巡察、考核下级落实责任情况', group: 'shangji' },
  { id: 'lingdao-ganbu', label: '党员领导干部', description: '领导干部个人在党内政治生活中的责任', group: 'geren', includes: ['党员'] },
  { id: 'dangyuan', label: '党员', description: '每一名党员在党内政治生活中的义务', group: 'geren' },
] as const satisfies readonly Subject[];

export type SubjectLabel = (typeof SUBJECTS)[number]['label'];

export const SUBJECT_LABELS = SUBJECTS.map((s) => s.label) as unknown as readonly [SubjectLabel, ...SubjectLabel[]];

export function subjectByLabel(label: string): Subject | undefined {
  return SUBJECTS.find((s) => s.label === label);
}

export function subjectById(id: string): Subject | undefined {
  return SUBJECTS.find((s) => s.id === id);
}

/**
 * Every label whose duties bind a subject: itself and what it includes, transitively.
 * @example boundLabels('党委（党组）书记') // ['党委（党组）书记', '党员领导干部', '党员']
 */
export function boundLabels(label: string): string[] {
  const out: string[] = [];
  const visit = (l: string) => {
    if (out.includes(l)) return;
    out.push(l);
    for (const inc of subjectByLabel(l)?.includes ?? []) visit(inc);
  };
  visit(label);
  return out;
}

/**
 * Roles commonly held together, offered as one click in the role picker: a 书记 or another
 * member of a 班子 answers both for the body (地方党委, 党组（党委）) and in person (第八条).
 */
export const ROLE_COMBINATIONS = [
  { label: '党组书记', roles: ['dangzu', 'shuji'] },
  { label: '党组其他成员', roles: ['dangzu', 'banzi-chengyuan'] },
  { label: '地方党委书记', roles: ['difang-dangwei', 'shuji'] },
  { label: '地方党委班子其他成员', roles: ['difang-dangwei', 'banzi-chengyuan'] },
] as const satisfies readonly { label: string; roles: readonly (typeof SUBJECTS)[number]['id'][] }[];
