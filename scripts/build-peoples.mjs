// Writes resources/engine/language/peoples.json: words for a people, a nation or a tongue ("Somali", "Sámi",
// "Quechua") that compromise's lexicon does not tag as demonyms, so that "Somali keeper Hodan" names one person, and
// the words it does tag, so that checking a name for a demonym does not load compromise (0.3 s of start-up).
// Run by hand (`node scripts/build-peoples.mjs`) when the sources change; a unit test keeps the file in step.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  accentless,
  englishWordsAndFirstNames,
  firstNames,
  readLanguageResource,
  writeLanguageResource,
} from './build-everyday-words.mjs';

const require = createRequire(import.meta.url);

const ABOUT =
  'Words naming a people, a nation or a language: the one-word language names of countries-list (MIT) and the ' +
  'peoples listed in scripts/build-peoples.mjs, lower case, leaving out first names, towns and ' +
  'countries ("Tonga"), and English words; sorted, separated by spaces. Under "demonyms", the words and phrases ' +
  'compromise\'s lexicon tags Demonym, sorted, separated by "|". Written by scripts/build-peoples.mjs.';

/**
 * Peoples no language list names: nations without a state, indigenous peoples and city dwellers, but no faiths
 * ("the Catholic Church" is no place named for a people). Accents stay where the plain spelling is a first name
 * ("Sámi", not "Sami").
 */
const PEOPLES = `inuit inupiat yupik sámi saami bedouin tuareg berber amazigh hmong kurd kurds pashtun baloch hazara
uyghur rohingya romani sinti cossack cajun afrikaner boer aboriginal aborigine cherokee navajo apache lakota sioux
cheyenne comanche mohawk ojibwe iroquois seminole hopi zuni mapuche zapotec mixtec mayan aztec inca yoruba igbo
hausa fulani maasai masai kikuyu zulu xhosa ashanti amhara tigrayan oromo somali nubian copt coptic druze maronite
assyrian chaldean yazidi circassian chechen ossetian tatar bashkir kazakh kyrgyz uzbek turkmen mongol tibetan sherpa
gurkha bengali punjabi gujarati tamil telugu malayali kashmiri sindhi parsi gael breton basque catalan galician
andalusian sicilian sardinian corsican flemish walloon frisian bavarian prussian saxon viking norse sephardic
ashkenazi hasidic amish mennonite cockney
geordie scouser glaswegian mancunian brummie liverpudlian muscovite venetian neapolitan florentine milanese genoese
bostonian angeleno quebecois acadian metis hawaiian samoan tongan fijian tahitian chamorro maori pakeha aussie
spartan athenian byzantine ottoman babylonian phoenician carthaginian etruscan celt visigoth ostrogoth mughal
manchu cantonese hakka hokkien teochew`;

/**
 * The sorted words: one-word language names and the peoples above, without first names ("Maya", "Roma") or places
 * of the world table ("Tonga", "Somalia") and, for language names only, without English words ("Ewe", "Afar").
 */
export function peoples() {
  const englishOrName = englishWordsAndFirstNames();
  const given = firstNames();
  const places = new Set(readLanguageResource('world-places.json').names.split('|'));
  const words = new Set();
  for (const { name } of Object.values(require('countries-list').languages)) {
    const word = accentless(name);
    if (/^\p{L}+$/u.test(word) && !englishOrName.has(word)) words.add(word);
  }
  for (const word of PEOPLES.split(/\s+/)) if (!given.has(accentless(word))) words.add(word);
  return [...words].filter((w) => !places.has(w)).sort();
}

/** The sorted words and phrases compromise's lexicon tags Demonym ("french", "englishman", "puerto rican"). */
export function lexiconDemonyms() {
  const lexicon = require('compromise').model().one.lexicon;
  const tagged = (v) => (Array.isArray(v) ? v : [v]).includes('Demonym');
  return Object.keys(lexicon)
    .filter((word) => tagged(lexicon[word]))
    .sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const words = peoples();
  const demonyms = lexiconDemonyms();
  const table = { about: ABOUT, words: words.join(' '), demonyms: demonyms.join('|') };
  const out = writeLanguageResource('peoples.json', table);
  console.log(`${words.length} words, ${demonyms.length} demonyms → ${out}`);
}
