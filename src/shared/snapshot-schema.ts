import * as v from 'valibot';
import { DEVICE_CODE_CAPS } from '../core/page/device-code-cues';
import { MAX_APP_NAME } from '../core/page/app-name';
import { SNAPSHOT_CAPS } from '../core/page/snapshot-caps';
import { SNAPSHOT_VERSION, type PageSnapshot } from '../core/page/snapshot-types';

/**
 * Runtime check of a page snapshot arriving from a content script. The content script is ours, but the page
 * shaped what it read, so every string and list is bounded here again (a little above the caps the content
 * script applies, for the ellipsis it may add).
 */
const SLACK = 8;
const str = (max: number) => v.pipe(v.string(), v.maxLength(max + SLACK));
const list = (max: number, item: v.GenericSchema<string, string>) =>
  v.pipe(v.array(item), v.maxLength(max), v.readonly());
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));
const C = SNAPSHOT_CAPS;

const FormSchema = v.strictObject({
  action: v.nullable(str(C.url)),
  method: str(C.shortSample),
  crossOrigin: v.boolean(),
  hasPassword: v.boolean(),
  hasIdentifier: v.boolean(),
  hasApprove: v.boolean(),
});

const AddressBarSchema = v.strictObject({
  url: str(C.url),
  host: str(C.url),
  standalone: v.boolean(),
  prose: v.boolean(),
  positioned: v.boolean(),
  credentialNearby: v.boolean(),
});

const D = DEVICE_CODE_CAPS;
const DeviceCodeSchema = v.strictObject({
  segments: v.pipe(
    v.array(v.strictObject({ text: str(D.segmentText), quoted: v.boolean(), image: v.boolean() })),
    v.maxLength(D.segments),
    v.readonly(),
  ),
  addresses: v.pipe(
    v.array(v.strictObject({ address: str(D.address), quoted: v.boolean() })),
    v.maxLength(D.addresses),
    v.readonly(),
  ),
});

export const PageSnapshotSchema = v.strictObject({
  version: v.literal(SNAPSHOT_VERSION),
  title: str(C.sample),
  hasPassword: v.boolean(),
  passwordInputs: count,
  identifierInputs: count,
  forms: v.pipe(v.array(FormSchema), v.maxLength(C.forms), v.readonly()),
  headings: list(C.headings, str(C.sample)),
  labels: list(C.labels, str(C.sample)),
  actions: list(C.actions, str(C.shortSample)),
  ssoButtons: list(C.ssoButtons, str(C.shortSample)),
  attributes: list(C.attributes, str(C.shortSample)),
  uiText: list(C.uiText, str(C.sample)),
  upperText: str(C.upperText),
  imageHints: list(C.imageHints, str(C.shortSample)),
  upperImageHints: list(C.upperImageHints, str(C.shortSample)),
  cardImages: v.pipe(
    v.array(v.strictObject({ label: str(C.shortSample), hints: list(C.cardImageHints, str(C.shortSample)) })),
    v.maxLength(C.cardImages),
    v.readonly(),
  ),
  markupIds: list(C.markupIds, str(C.markupId)),
  logo: v.strictObject({ fourSquare: v.boolean(), fourSquareUpper: v.boolean() }),
  fakeAddressBars: v.pipe(v.array(AddressBarSchema), v.maxLength(C.addressBars), v.readonly()),
  consent: v.strictObject({
    approveActions: count,
    denyActions: count,
    listItems: list(C.listItems, str(C.sample)),
    appName: v.nullable(str(MAX_APP_NAME)),
  }),
  textStats: v.strictObject({ segments: count, proseSegments: count, chars: count }),
  truncated: v.boolean(),
  deviceCode: v.exactOptional(DeviceCodeSchema),
  appLines: v.exactOptional(list(C.appLines, str(C.appLine))),
});

// Fails to compile if the schema and the core type drift apart.
export const snapshotSchemaMatchesType: (value: v.InferOutput<typeof PageSnapshotSchema>) => PageSnapshot = (value) =>
  value;
