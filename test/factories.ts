import { CreateClaimDto } from '../src/claims/dto/create-claim.dto';
import { CreateEventDto } from '../src/events/dto/create-event.dto';
import { CreateSourceDto } from '../src/sources/dto/create-source.dto';
import { TestApp, bearer } from './harness';

let counter = 0;
const next = () => ++counter;

export function sourceBody(overrides: Partial<CreateSourceDto> = {}): CreateSourceDto {
  return { name: `Source ${next()}`, kind: 'media', stake: 'independent', reliability: 'C', ...overrides };
}

export function eventBody(overrides: Partial<CreateEventDto> = {}): CreateEventDto {
  return { title: `Event ${next()}`, type: 'battles', startsAt: '2024-09-17T05:00:00Z', timePrecision: 'day', ...overrides };
}

export function claimBody(sourceId: string, overrides: Partial<CreateClaimDto> = {}): CreateClaimDto {
  return {
    sourceId,
    text: `Claim ${next()}`,
    facets: [{ attribute: 'fatalities', value: 'about 20' }],
    ...overrides,
  };
}

/** Creates through the API as the admin and returns the body. */
export async function create<T = Record<string, any>>(t: TestApp, path: string, body: object): Promise<T> {
  const response = await t.http().post(path).set(bearer(t.adminKey)).send(body);
  if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as T;
}

/** A source and an event to hang claims on. */
export async function claimGround(t: TestApp): Promise<{ sourceId: string; eventId: string }> {
  const source = await create(t, '/sources', sourceBody());
  const event = await create(t, '/events', eventBody());
  return { sourceId: source.id, eventId: event.id };
}
