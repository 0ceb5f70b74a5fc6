import { CreateEventDto } from './dto/create-event.dto';
import { eventRow, orderProblem } from './event-row';

const ID = '0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a';
const NOW = '2024-09-17T05:00:00.000Z';
const NO_PLACE = {
  locationName: null, locationAdmin1: null, locationAdmin2: null, locationCountry: null, locationLatitude: null, locationLongitude: null, locationPrecision: null,
};

describe('eventRow', () => {
  it.each<[string, CreateEventDto, object]>([
    ['dates to the day unless told otherwise, with no place', { title: 'Attack on Bamako', type: 'battles' },
      { title: 'Attack on Bamako', type: 'battles', startsAt: null, endsAt: null, timePrecision: 'day', ...NO_PLACE, description: null, mergedInto: null, revision: 0 }],
    ['trims the title and the place name, and keeps times in UTC',
      { title: ' Attack ', type: 'explosions_remote_violence', startsAt: '2024-09-17T05:00:00+01:00', endsAt: '2024-09-17', timePrecision: 'week',
        location: { name: ' Bamako ', country: 'ML', latitude: 12.65, longitude: -8, precision: 'near' }, description: 'Airport and gendarmerie school' },
      { title: 'Attack', type: 'explosions_remote_violence', startsAt: '2024-09-17T04:00:00.000Z', endsAt: '2024-09-17T00:00:00.000Z', timePrecision: 'week',
        ...NO_PLACE, locationName: 'Bamako', locationCountry: 'ML', locationLatitude: 12.65, locationLongitude: -8, locationPrecision: 'near', description: 'Airport and gendarmerie school', mergedInto: null, revision: 0 }],
    ['keeps the parts of a place that are given', { title: 'Raid', type: 'battles', location: { name: 'Djenné', admin1: 'Mopti' } },
      { title: 'Raid', type: 'battles', startsAt: null, endsAt: null, timePrecision: 'day', ...NO_PLACE, locationName: 'Djenné', locationAdmin1: 'Mopti', description: null, mergedInto: null, revision: 0 }],
  ])('%s', (_, input, expected) => {
    expect(eventRow(input, ID, NOW)).toEqual({ ...expected, id: ID, createdAt: NOW, updatedAt: NOW });
  });
});

describe('orderProblem', () => {
  it.each([
    [null, null, ''],
    ['2024-09-17T05:00:00.000Z', null, ''],
    [null, '2024-09-17T05:00:00.000Z', ''],
    ['2024-09-17T05:00:00.000Z', '2024-09-17T05:00:00.000Z', ''],
    ['2024-09-17T05:00:00.000Z', '2024-09-18T00:00:00.000Z', ''],
    ['2024-09-17T05:00:00.000Z', '2024-09-17T04:59:59.999Z', 'events[2].endsAt: must not be before startsAt'],
  ])('%s to %s: %j', (startsAt, endsAt, expected) => {
    const problem = orderProblem({ startsAt, endsAt }, 'events[2].');
    expect(problem ? `${problem.path}: ${problem.message}` : '').toBe(expected);
  });
});
