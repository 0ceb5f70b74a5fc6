import { CreateClaimDto } from '../claims/dto/create-claim.dto';
import { CreateDocumentDto } from '../documents/dto/create-document.dto';
import { CreateEventDto } from '../events/dto/create-event.dto';
import { CreateSourceDto } from '../sources/dto/create-source.dto';

/**
 * The demo case: the attack on Bamako, Mali, on Tuesday 17 September 2024, as five parties told it.
 * The wire text is written for this project; the parties' short quotes are the claims themselves.
 */
export const BAMAKO_WIRE_TEXT = `Jihadists claim rare attack on Mali's capital

BAMAKO, Sept 17 - Bamako, long spared the violence that strikes Mali's regions almost daily, came under attack at dawn on Tuesday.

In a statement on its communication channels, JNIM said: "A special operation (targeted) the military airport and the training center of the Malian gendarmes in the center of the Malian capital (Bamako) this morning at dawn, causing enormous human and material losses and the destruction of several military aircraft."

Heavy gunfire was heard near the airport and the fighting went on into the afternoon, an AFP correspondent reported. The shooting appeared to have stopped by mid-afternoon.

Speaking on state television, the army chief of staff, General Oumar Diarra, said: "The situation is under control." He added: "The terrorists have been neutralized. The sweep continues."

The general spoke only of "somewhat complex infiltration attempts" at the gendarmerie school and did not mention the airport.

State television broadcast images of about 20 prisoners, their hands tied and blindfolded.

An intelligence source said the attackers had used rocket launchers.
`;

export type SourceKey = 'jnim' | 'armyChief' | 'afp' | 'stateTv' | 'intelligence';

export const BAMAKO_SOURCES: Record<SourceKey, CreateSourceDto> = {
  jnim: {
    name: "Jama'at Nusrat al-Islam wal-Muslimin",
    aliases: ['JNIM', 'GSIM', 'Group for the Support of Islam and Muslims'],
    kind: 'armed_group',
    stake: 'party_to_conflict',
    reliability: 'D',
    side: 'JNIM',
    description: 'Al-Qaeda-affiliated armed group active in the Sahel; speaks through its communication channels.',
  },
  armyChief: {
    name: 'General Oumar Diarra',
    aliases: ['army chief of staff', 'the general', 'Malian army chief of staff'],
    kind: 'military',
    stake: 'party_to_conflict',
    reliability: 'D',
    side: 'Malian government',
    description: 'Chief of staff of the Malian armed forces, speaking on state television.',
  },
  afp: {
    name: 'AFP correspondent in Bamako',
    aliases: ['AFP', 'Agence France-Presse'],
    kind: 'news_agency',
    stake: 'independent',
    reliability: 'B',
  },
  stateTv: {
    name: 'Malian state television (ORTM)',
    aliases: ['state television', 'ORTM'],
    kind: 'state_media',
    stake: 'official',
    reliability: 'C',
    side: 'Malian government',
  },
  intelligence: {
    name: 'Anonymous intelligence source',
    aliases: ['an intelligence source'],
    kind: 'intelligence',
    stake: 'anonymous',
    reliability: 'F',
  },
};

export const BAMAKO_EVENT: CreateEventDto = {
  title: 'Attack on the military airport and gendarmerie school in Bamako',
  type: 'battles',
  startsAt: '2024-09-17T05:00:00.000Z',
  endsAt: '2024-09-17T15:00:00.000Z',
  timePrecision: 'day',
  location: { name: 'Bamako', admin1: 'Bamako', country: 'ML', latitude: 12.6392, longitude: -8.0029, precision: 'near' },
  description: 'Dawn attack on the military airport and the gendarmerie training school in the capital, with fighting into the afternoon.',
};

export const BAMAKO_DOCUMENT: Omit<CreateDocumentDto, 'publisherId'> = {
  title: "Jihadists claim rare attack on Mali's capital",
  publishedAt: '2024-09-17',
  language: 'en',
  text: BAMAKO_WIRE_TEXT,
};

/** Each claim names its claimant (and conveying source) by key; ids are filled in when loaded. */
export interface DemoClaim extends Omit<CreateClaimDto, 'sourceId' | 'conveyedById' | 'eventId' | 'documentId'> {
  claimant: SourceKey;
  conveyedBy?: SourceKey;
}

export const BAMAKO_CLAIMS: DemoClaim[] = [
  {
    claimant: 'jnim',
    conveyedBy: 'afp',
    text: 'JNIM says its special operation at dawn hit the military airport and the gendarmerie school, with enormous losses and several military aircraft destroyed.',
    quote: { exact: 'A special operation (targeted) the military airport and the training center of the Malian gendarmes in the center of the Malian capital (Bamako) this morning at dawn, causing enormous human and material losses and the destruction of several military aircraft.' },
    facets: [
      { attribute: 'targets', value: ['military airport', 'gendarmerie school'] },
      { attribute: 'outcome', value: 'success' },
      { attribute: 'fatalities', value: 'enormous' },
      { attribute: 'destroyed', subject: 'military aircraft', value: 'several' },
    ],
  },
  {
    claimant: 'armyChief',
    text: 'The army chief of staff says the situation is under control.',
    quote: { exact: 'The situation is under control.' },
    facets: [{ attribute: 'situation', value: 'under_control' }],
  },
  {
    claimant: 'armyChief',
    text: 'The army chief of staff says the attackers were neutralized and a sweep is under way.',
    quote: { exact: 'The terrorists have been neutralized. The sweep continues.' },
    facets: [{ attribute: 'outcome', value: 'repelled' }],
  },
  {
    claimant: 'armyChief',
    text: 'The army chief of staff speaks only of infiltration attempts at the gendarmerie school, and not of the airport.',
    quote: { exact: 'somewhat complex infiltration attempts' },
    facets: [{ attribute: 'targets', value: ['gendarmerie school'] }],
  },
  {
    claimant: 'afp',
    text: 'An AFP correspondent reports heavy gunfire near the airport, with fighting into the afternoon and the shooting stopped by mid-afternoon.',
    quote: { exact: 'Heavy gunfire was heard near the airport and the fighting went on into the afternoon' },
    facets: [
      { attribute: 'targets', value: ['military airport'] },
      { attribute: 'situation', value: 'fighting_ongoing', timeScope: { from: '2024-09-17T05:00:00.000Z', to: '2024-09-17T15:00:00.000Z' } },
    ],
  },
  {
    claimant: 'stateTv',
    text: 'State television shows about 20 prisoners, hands tied and blindfolded.',
    quote: { exact: 'images of about 20 prisoners, their hands tied and blindfolded' },
    facets: [{ attribute: 'captured', value: 'about 20' }],
  },
  {
    claimant: 'intelligence',
    text: 'An intelligence source says the attackers used rocket launchers.',
    quote: { exact: 'the attackers had used rocket launchers' },
    facets: [{ attribute: 'weapons', value: ['rocket launchers'] }],
  },
];
