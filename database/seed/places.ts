// The fixed, fictional geography and organisation chart of the demo township 青禾镇, shaped like the townships in
// the source reports: 16 villages and 4 communities, one liaison station or point for each (the seat community
// hosts the 代表之家), 7 deputy groups, the township's offices and stations as handling units.

export const TOWNSHIP = { id: 'demo-qinghe', name: '青禾镇', term: '第十八届' } as const;

/** Communities first: the seat community (城关社区) hosts the 代表之家. */
export const COMMUNITIES = ['城关社区', '新街社区', '滨河社区', '南湖社区'] as const;

export const VILLAGES = [
  '柳塘村',
  '石桥村',
  '杏林村',
  '枫湾村',
  '河埠村',
  '桑园村',
  '荷花村',
  '东岗村',
  '西坪村',
  '南庄村',
  '北圩村',
  '松岭村',
  '竹溪村',
  '梨园村',
  '田心村',
  '金沙村',
] as const;

/** Street-level addresses for stations: fictional, only for display. */
export const ADDRESS_SUFFIXES = {
  village: ['党群服务中心二楼', '村委会一楼', '便民服务大厅东侧', '文化礼堂'],
  community: ['党群服务中心二楼', '居委会一楼', '邻里中心', '社区服务站'],
} as const;

export const GROUP_NAMES = [
  '第一代表小组',
  '第二代表小组',
  '第三代表小组',
  '第四代表小组',
  '第五代表小组',
  '第六代表小组',
  '第七代表小组',
] as const;

/** Township offices and stations (部门/站所) that handle opinions, with the area their 分管领导 oversees. */
export const GOV_OFFICES = [
  { id: 'dzb', name: '党政办公室' },
  { id: 'jfb', name: '经济发展办公室' },
  { id: 'nyb', name: '农业农村办公室' },
  { id: 'shb', name: '社会事务办公室' },
  { id: 'zrs', name: '自然资源所' },
  { id: 'scs', name: '市场监管所' },
  { id: 'pcs', name: '青禾派出所' },
  { id: 'wsy', name: '青禾镇卫生院' },
  { id: 'zxx', name: '青禾镇中心学校' },
  { id: 'gds', name: '青禾供电所' },
  { id: 'zfd', name: '综合行政执法队' },
  { id: 'czs', name: '财政所' },
] as const;

/** Upper-level bodies some opinions end up with (交通, 水利): assigned through the county, kept as units. */
export const UPPER_LEVEL_UNITS = [
  { id: 'xjt', name: '县交通运输局' },
  { id: 'xsl', name: '县水利局' },
] as const;

/** Occupations for deputies' public profile line (代表风采), as in the source reports' deputy rosters. */
export const OCCUPATIONS = {
  village: [
    '党支部书记',
    '村委会主任',
    '种植大户',
    '养殖专业户',
    '个体工商户',
    '乡村医生',
    '小学教师',
    '农民合作社理事长',
    '退役军人',
    '家庭农场主',
  ],
  community: ['党委书记', '居委会主任', '个体工商户', '企业负责人', '中学教师', '卫生院医生', '退役军人', '网格员'],
} as const;
