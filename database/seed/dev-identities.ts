// The fixed openids local mode acts as, one per role, each already bound in the demo township so the mini-program
// (and scripts calling `POST /functions/<name>`) can be each role without an invite. They exist only in seeded
// data: a real WeChat openid never looks like these.
export const DEV_OPENIDS = {
  resident: 'dev-resident-openid',
  deputy: 'dev-deputy-openid',
  countyDeputy: 'dev-county-deputy-openid',
  staff: 'dev-staff-openid',
  chair: 'dev-chair-openid',
  viceChair: 'dev-vicechair-openid',
  presidiumMember: 'dev-presidium-openid',
  unitHandler: 'dev-unit-openid',
  unitLeader: 'dev-unit-leader-openid',
  villageHandler: 'dev-village-openid',
} as const;

export type DevIdentityName = keyof typeof DEV_OPENIDS;

/** What each dev identity is, for the start banner and the README. */
export const DEV_IDENTITY_LABELS: Readonly<Record<DevIdentityName, string>> = {
  resident: 'resident (群众), linked to the dev deputy',
  deputy: 'township deputy (镇人大代表) at the 代表之家',
  countyDeputy: 'county deputy (县人大代表) stationed in the township',
  staff: 'presidium staff (人大专干)',
  chair: 'chair (人大主席)',
  viceChair: 'vice chair (专职副主席)',
  presidiumMember: 'presidium member (主席团成员), leader of the first deputy group',
  unitHandler: 'handler (承办人) at 农业农村办公室',
  unitLeader: 'unit head (承办单位负责人) at 农业农村办公室',
  villageHandler: 'handler (承办人) at the 柳塘村 village committee',
};

/**
 * Subscription template ids for local-cloud only (local-cloud accepts any id; a real environment needs the ids of
 * its own mini-program account). The seed puts them into the demo township's settings when it writes to
 * local-cloud, and `npm start` grants the dev identities credits for them, so notices show up as messages.
 */
export const LOCAL_NOTICE_TEMPLATES = {
  itemProgress: { templateId: 'local-itemProgress' },
  newTask: { templateId: 'local-newTask' },
  deadlineAlert: { templateId: 'local-deadlineAlert' },
  dailyDigest: { templateId: 'local-dailyDigest' },
} as const;
