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
  /** Labels whose duties also bind this one (a 地方党委 is a 党委（党组）; a 书记 is a 党员领导干部). */
  includes?: readonly string[];
}

export const SUBJECTS = [
  { id: 'dangwei-dangzu', label: '党委（党组）', description: '各级党委和党组（党委）作为整体承担的主体责任' },
  { id: 'difang-dangwei', label: '地方党委', description: '本地区全面从严治党的领导责任', includes: ['党委（党组）'] },
  { id: 'dangzu', label: '党组（党委）', description: '按照党组工作条例设立的党组（党委），对本单位（本系统）负责', includes: ['党委（党组）'] },
  { id: 'zhongyang-guojia-jiguan', label: '中央和国家机关', description: '走在前、作表率，建设模范机关' },
  { id: 'shuji', label: '党委（党组）书记', description: '第一责任人职责', includes: ['党员领导干部'] },
  { id: 'banzi-chengyuan', label: '领导班子其他成员', description: '根据分工负重要领导责任，“一岗双责”', includes: ['党员领导干部'] },
  { id: 'lingdao-xiaozu', label: '党的建设工作领导小组', description: '党委抓全面从严治党的议事协调机构' },
  { id: 'jijian', label: '纪检机关', description: '党的纪律检查机关：监督责任，协助党委落实主体责任' },
  { id: 'paizhu', label: '派驻机构', description: '纪检监察机关派驻机构：监督驻在单位，支持和督促其党组（党委）落实主体责任' },
  { id: 'zhineng-bumen', label: '职能部门', description: '党委办公厅（室）、职能部门、办事机构：具体执行机关' },
  { id: 'jiguan-gongwei', label: '党的机关工委', description: '党委派出机关，统一组织、规划、部署本级机关党的工作' },
  { id: 'jiguan-dangwei', label: '机关党委', description: '部门和单位机关党建工作专责机构' },
  { id: 'jiceng-dangzuzhi', label: '基层党组织', description: '党支部等党的基层组织' },
  { id: 'shangji-dangzuzhi', label: '上级党组织', description: '监督检查、巡视巡察、考核下级落实责任情况' },
  { id: 'lingdao-ganbu', label: '党员领导干部', description: '领导干部个人在党内政治生活中的责任', includes: ['党员'] },
  { id: 'dangyuan', label: '党员', description: '每一名党员在党内政治生活中的义务' },
] as const satisfies readonly Subject[];

export type SubjectLabel = (typeof SUBJECTS)[number]['label'];

export const SUBJECT_LABELS = SUBJECTS.map((s) => s.label) as unknown as readonly [SubjectLabel, ...SubjectLabel[]];

export function subjectByLabel(label: string): Subject | undefined {
  return SUBJECTS.find((s) => s.label === label);
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
