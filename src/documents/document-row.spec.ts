import { documentRow, sha256Hex } from './document-row';
import { CreateDocumentDto } from './dto/create-document.dto';

const ID = '0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a';
const NOW = '2024-09-17T05:00:00.000Z';
const PUBLISHER = '0192f1d2-7c3a-7b1e-9f00-000000000001';

describe('documentRow', () => {
  it.each<[string, CreateDocumentDto, object]>([
    ['leaves what is not given empty, and no digest without text', { title: 'Communiqué' },
      { title: 'Communiqué', url: null, publisherId: null, publishedAt: null, language: null, text: null, sha256: null }],
    ['trims the title, keeps the time in UTC and the text with its SHA-256',
      { title: ' Wire copy ', url: 'https://afp.com/x', publisherId: PUBLISHER, publishedAt: '2024-09-17T14:00:00+02:00', language: 'fr', text: 'abc' },
      { title: 'Wire copy', url: 'https://afp.com/x', publisherId: PUBLISHER, publishedAt: '2024-09-17T12:00:00.000Z', language: 'fr', text: 'abc',
        sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' }],
    ['gives an empty text its digest too', { title: 'Empty', text: '' },
      { title: 'Empty', url: null, publisherId: null, publishedAt: null, language: null, text: '', sha256: sha256Hex('') }],
  ])('%s', (_, input, expected) => {
    expect(documentRow(input, ID, NOW)).toEqual({ ...expected, id: ID, createdAt: NOW, updatedAt: NOW });
  });
});
