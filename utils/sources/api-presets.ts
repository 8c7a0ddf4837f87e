/**
 * Ready-made JSON API accounts, each built from a provider's published API documentation and
 * unit-tested against a response shaped like the documented example. None has been tried against
 * the live service; the form says so (options.network.presetDisclaimer). `{…}` in a URL or body is
 * for the user to fill in.
 */
import { t } from '@/utils/i18n';
import type { ApiPreset, DataUnit, SourceField } from '@/utils/model';

/** What a preset fills in the account form. */
export interface ApiPresetInfo {
  id: ApiPreset;
  /** The picker's name for it, in the UI language (provider names as they are). */
  label: string;
  /** Where the request and the answer's shape come from. */
  docs: string;
  url: string;
  method: 'GET' | 'POST';
  /** Header names with placeholder values; the token is the user's. */
  headers: Readonly<Record<string, string>>;
  body?: string;
  fields: Readonly<Partial<Record<SourceField, string>>>;
  quotaUnit?: DataUnit;
  /** Refresh interval the form proposes, minutes. */
  intervalMinutes: number;
  /** One line the form shows under the preset. */
  note: string;
}

/** Every preset, in picker order. */
export const API_PRESET_INFO: Readonly<Record<ApiPreset, ApiPresetInfo>> = {
  airalo: {
    id: 'airalo',
    get label() {
      return t('apiPresets.labels.airalo');
    },
    docs: 'https://developers.partners.airalo.com/ (Get usage: GET /v2/sims/{iccid}/usage)',
    url: 'https://partners-api.airalo.com/v2/sims/{iccid}/usage',
    method: 'GET',
    headers: { Authorization: 'Bearer {access token}' },
    fields: { quotaRemaining: '$.data.remaining', quotaTotal: '$.data.total', validUntil: '$.data.expired_at' },
    quotaUnit: 'MB',
    intervalMinutes: 60,
    get note() {
      return t('apiPresets.airalo');
    },
  },
  'esim-access': {
    id: 'esim-access',
    get label() {
      return t('apiPresets.labels.esimAccess');
    },
    docs: 'https://docs.esimaccess.com/ (POST /api/v1/open/esim/usage/query)',
    url: 'https://api.esimaccess.com/api/v1/open/esim/usage/query',
    method: 'POST',
    headers: { 'RT-AccessCode': '{access code}' },
    body: '{"esimTranNoList": ["{esimTranNo}"]}',
    fields: { quotaUsed: '$.obj.esimUsageList[*].dataUsage', quotaTotal: '$.obj.esimUsageList[*].totalData' },
    quotaUnit: 'B',
    // Its docs say usage is updated only every 2–3 hours: asking more often learns nothing.
    intervalMinutes: 180,
    get note() {
      return t('apiPresets.esimAccess');
    },
  },
  'esim-go': {
    id: 'esim-go',
    get label() {
      return t('apiPresets.labels.esimGo');
    },
    docs: 'https://docs.esim-go.com/api/v2_5 (GET /v2.5/esims/{iccid}/bundles)',
    url: 'https://api.esim-go.com/v2.5/esims/{iccid}/bundles',
    method: 'GET',
    headers: { 'X-API-Key': '{API key}' },
    fields: {
      // Every bundle's assignments, added up: a used-up bundle and a queued one (their `bundleState` says which are over).
      quotaRemaining: '$.bundles[*].assignments[*].remainingQuantity',
      quotaTotal: '$.bundles[*].assignments[*].initialQuantity',
    },
    quotaUnit: 'B',
    intervalMinutes: 60,
    get note() {
      return t('apiPresets.esimGo');
    },
  },
  celitech: {
    id: 'celitech',
    get label() {
      return t('apiPresets.labels.celitech');
    },
    docs: 'https://docs.celitech.com/ (GET /purchases/{purchaseId}/consumption)',
    url: 'https://api.celitech.net/v1/purchases/{purchaseId}/consumption',
    method: 'GET',
    headers: { Authorization: 'Bearer {access token}' },
    fields: { quotaRemaining: '$.dataUsageRemainingInBytes' },
    quotaUnit: 'B',
    intervalMinutes: 60,
    get note() {
      return t('apiPresets.celitech');
    },
  },
  bearer: {
    id: 'bearer',
    get label() {
      return t('apiPresets.labels.bearer');
    },
    docs: 'RFC 6750 (Authorization: Bearer)',
    url: 'https://',
    method: 'GET',
    headers: { Authorization: 'Bearer {token}' },
    fields: {},
    intervalMinutes: 60,
    get note() {
      return t('apiPresets.bearer');
    },
  },
};

/** The preset's source configuration (placeholders left in for the user). */
export function presetSource(id: ApiPreset) {
  const p = API_PRESET_INFO[id];
  return {
    kind: 'json-api' as const,
    preset: id,
    url: p.url,
    method: p.method,
    headers: { ...p.headers },
    ...(p.body === undefined ? {} : { body: p.body }),
    ...(Object.keys(p.fields).length > 0 ? { fields: { ...p.fields } } : {}),
    ...(p.quotaUnit ? { quotaUnit: p.quotaUnit } : {}),
  };
}
