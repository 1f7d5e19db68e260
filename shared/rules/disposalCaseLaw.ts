/**
 * Time limits of the idle-land disposal procedure (《闲置土地处置办法》, 国土资源部令第53号, 2012; domain.md §4 [H]).
 * They are law, not local practice, so they are constants here rather than settings; the article numbers are
 * recorded with each limit so the UI can cite them.
 */
export interface CaseTimeLimit {
  id: 'investigation-notice' | 'fee-payment' | 'recovery-deregistration';
  /** Days counted from the day after the triggering step (《民法典》 Art. 201: the first day is not counted). */
  days: number;
  source: { zh: string; en: string };
}

export const CASE_TIME_LIMITS: Record<CaseTimeLimit['id'], CaseTimeLimit> = {
  'investigation-notice': {
    id: 'investigation-notice',
    days: 30,
    source: {
      zh: '《闲置土地处置办法》第六条：发现涉嫌闲置土地的，应当在三十日内开展调查核实，发出《闲置土地调查通知书》',
      en: 'Idle Land Measures Art. 6: investigate and send the investigation notice within 30 days of discovery',
    },
  },
  'fee-payment': {
    id: 'fee-payment',
    days: 30,
    source: {
      zh: '《闲置土地处置办法》第十七条：自《征缴土地闲置费决定书》送达之日起三十日内缴纳土地闲置费',
      en: 'Idle Land Measures Art. 17: pay the idle-land fee within 30 days of service of the fee decision',
    },
  },
  'recovery-deregistration': {
    id: 'recovery-deregistration',
    days: 30,
    source: {
      zh: '《闲置土地处置办法》第十七条：自《收回国有建设用地使用权决定书》送达之日起三十日内办理注销登记',
      en: 'Idle Land Measures Art. 17: deregister the land-use right within 30 days of service of the recovery decision',
    },
  },
};
