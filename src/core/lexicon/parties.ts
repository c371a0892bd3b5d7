/**
 * Party labels: "Republican Tom Hale", "Liberal member Lloyd Axworthy". Before a name a label is
 * not part of it; alone ("Conservative") it is never a person.
 */
import { wordList } from './wordList';

export const PARTY_LABELS = wordList(
  'republican|republicans|democrat|democrats|democratic|conservative|conservatives|liberal|liberals|labour|labor|tory|tories|' +
    'progressive|socialist|socialists|green|greens|centrist|communist|communists|nationalist|nationalists|populist|' +
    'libertarian|independent|gop|social democrat|christian democrat|peronist|peronists',
);
/** Words that follow a party label in a party's name ("Progressive Conservative", "Labour Party"). */
export const PARTY_WORDS = wordList('party|caucus|government|opposition|bloc|front|alliance|coalition|movement');
