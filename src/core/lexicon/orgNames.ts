/**
 * Well-known trade actors: international bodies, governments' trade agencies, news outlets and
 * big exporters/importers. Each line: a key, then the forms an article uses (case-sensitive).
 * Forms after "~" are weak: kept only when a stronger form of the same body is in the article
 * ("Commerce" alone means the department only if the department is named).
 */
import { OUTLET_LINES } from './outlets';

const BODY_LINES = `
wto: World Trade Organization|World Trade Organisation|WTO
gatt: General Agreement on Tariffs and Trade|GATT
imf: International Monetary Fund|IMF
worldbank: World Bank
oecd: Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development|OECD
un: United Nations|UN|U.N.
unctad: United Nations Conference on Trade and Development|UNCTAD
eu: European Union|EU|E.U.
ec: European Commission
ep: European Parliament
dgtrade: DG Trade|Directorate-General for Trade
eucouncil: Council of the European Union|Council of the EU
europeancouncil: European Council
eurostat: Eurostat
eec: European Community|European Economic Community|EEC
eurofer: Eurofer
cofco: COFCO
sinopec: Sinopec
cnooc: CNOOC
petrochina: PetroChina
businesseurope: BusinessEurope
bundesbank: Bundesbank|Deutsche Bundesbank
vdma: VDMA
dihk: DIHK
bdi: BDI|Federation of German Industries
cbi: CBI|Confederation of British Industry
keidanren: Keidanren|Japan Business Federation
ficci: FICCI
copacogeca: Copa-Cogeca|Copa Cogeca
coreper: Coreper|COREPER
acea: European Automobile Manufacturers' Association|ACEA
ecb: European Central Bank|ECB
asean: Association of Southeast Asian Nations|ASEAN
apec: Asia-Pacific Economic Cooperation|APEC
opec: OPEC
nato: NATO
g7: G7|G-7
g20: G20|G-20
brics: BRICS
mercosur: Mercosur
au: African Union
afcftasec: AfCFTA Secretariat
eac: East African Community|EAC
comesa: Common Market for Eastern and Southern Africa|COMESA
ecowas: Economic Community of West African States|ECOWAS|ECOWAS Commission
sacu: Southern African Customs Union|SACU
sadc: Southern African Development Community|SADC
gcc: Gulf Cooperation Council|GCC
andean: Andean Community
wtoab: Appellate Body|WTO Appellate Body
wtodsb: Dispute Settlement Body|WTO Dispute Settlement Body
wtoctg: Council for Trade in Goods
dgtr: Directorate General of Trade Remedies|DGTR
loksabha: Lok Sabha
rajyasabha: Rajya Sabha
storting: Storting
itac: International Trade Administration Commission of South Africa|International Trade Administration Commission|ITAC
cbsa: Canada Border Services Agency|CBSA
citt: Canadian International Trade Tribunal|CITT
tra: Trade Remedies Authority
adc: Anti-Dumping Commission
ktc: Korea Trade Commission
zatca: Zakat, Tax and Customs Authority|ZATCA
hmrc: HM Revenue and Customs|HMRC
hmtreasury: HM Treasury
nationaltreasury: National Treasury
statsnz: Statistics New Zealand|Stats NZ
whitehouse: White House
congress: Congress|U.S. Congress|US Congress
senate: Senate|U.S. Senate
senatefinance: Senate Finance Committee
house: House of Representatives
waysmeans: House Ways and Means Committee|Ways and Means Committee
ustr: Office of the U.S. Trade Representative|Office of the United States Trade Representative|Office of the US Trade Representative|USTR
commerce: Department of Commerce|Commerce Department|DOC|~Commerce
treasury: Treasury Department|Department of the Treasury|U.S. Treasury
state: State Department|Department of State
cbp: Customs and Border Protection|U.S. Customs and Border Protection|CBP
itc: International Trade Commission|U.S. International Trade Commission|USITC
usda: Department of Agriculture|Agriculture Department|U.S. Department of Agriculture|USDA
usgs: U.S. Geological Survey|United States Geological Survey|USGS
census: Census Bureau|U.S. Census Bureau
fed: Federal Reserve|Fed
pentagon: Pentagon
mofcom: Ministry of Commerce|Commerce Ministry|MOFCOM|Mofcom
gac: General Administration of Customs
nbs: National Bureau of Statistics
pboc: People's Bank of China|PBOC
ndrc: National Development and Reform Commission|NDRC
meti: Ministry of Economy, Trade and Industry|METI
aircanada: Air Canada
cgtn: CGTN
srf: SRF
huawei: Huawei|Huawei Technologies
zte: ZTE
tiktok: TikTok
bytedance: ByteDance
apple: Apple|Apple Inc|Apple Inc.
google: Google
alphabet: Alphabet|Alphabet Inc
amazon: Amazon|Amazon.com
microsoft: Microsoft
meta: Meta Platforms|Facebook|Facebook Inc
nvidia: Nvidia
intel: Intel
amd: AMD|Advanced Micro Devices
qualcomm: Qualcomm
micron: Micron|Micron Technology
tsmc: TSMC|Taiwan Semiconductor Manufacturing Company|Taiwan Semiconductor Manufacturing Co.
samsung: Samsung|Samsung Electronics
sk: SK Hynix
lg: LG Electronics
sony: Sony
panasonic: Panasonic
foxconn: Foxconn|Hon Hai
tesla: Tesla
gm: General Motors|GM
ford: Ford Motor|Ford Motor Co.
stellantis: Stellantis
chrysler: Chrysler
vw: Volkswagen
bmw: BMW
mercedes: Mercedes-Benz
toyota: Toyota|Toyota Motor|Toyota Motor Corp.|Toyota Motor Corp
honda: Honda
nissan: Nissan
mazda: Mazda
mitsubishi: Mitsubishi
subaru: Subaru
hyundai: Hyundai
kia: Kia
byd: BYD
geely: Geely
boeing: Boeing
airbus: Airbus
embraer: Embraer
caterpillar: Caterpillar Inc
deere: Deere & Co.|Deere & Company|John Deere|Deere
harley: Harley-Davidson
walmart: Walmart
costco: Costco
nike: Nike
adidas: Adidas
lvmh: LVMH
loreal: L'Oréal|L’Oréal|L'Oreal
hermes: Hermès
rolex: Rolex
swatch: Swatch Group
nestle: Nestlé|Nestle
novartis: Novartis
roche: Roche
pfizer: Pfizer
shell: Royal Dutch Shell
bp: BP
exxon: Exxon Mobil|ExxonMobil|Exxon
chevron: Chevron
alcoa: Alcoa
nucor: Nucor
ussteel: U.S. Steel|United States Steel
arcelor: ArcelorMittal
riotinto: Rio Tinto
bhp: BHP
cargill: Cargill
adm: Archer-Daniels-Midland|ADM
tyson: Tyson Foods
smithfield: Smithfield Foods
uaw: United Auto Workers|UAW
usw: United Steelworkers|USW
basf: BASF
bayer: Bayer
siemens: Siemens
renault: Renault
unilever: Unilever
totalenergies: TotalEnergies
glencore: Glencore
bunge: Bunge
jbs: JBS
xiaomi: Xiaomi
alibaba: Alibaba|Alibaba Group
tencent: Tencent
lenovo: Lenovo
haier: Haier
midea: Midea
catl: CATL|Contemporary Amperex Technology
maersk: Maersk|A.P. Moller-Maersk
hapaglloyd: Hapag-Lloyd
cmacgm: CMA CGM
dhl: DHL|DHL Express
fedex: FedEx
ups: UPS|United Parcel Service
temu: Temu
shein: Shein
olam: Olam|Olam International|Olam Agri
barrycallebaut: Barry Callebaut
louisdreyfus: Louis Dreyfus Company|Louis Dreyfus
trafigura: Trafigura
vitol: Vitol
wilmar: Wilmar|Wilmar International
nutrien: Nutrien
yara: Yara International|Yara
canpotex: Canpotex
uralkali: Uralkali
belaruskali: Belaruskali
whirlpool: Whirlpool
hitachi: Hitachi
infosys: Infosys
petrobras: Petrobras
pemex: Pemex
vale: Vale SA|Vale S.A.
homedepot: Home Depot
aflcio: AFL-CIO
chamber: U.S. Chamber of Commerce
nam: National Association of Manufacturers
usarice: USA Rice|USA Rice Federation
wineaus: Wine Australia
mla: Meat & Livestock Australia|MLA
ussec: U.S. Soybean Export Council|USSEC
asa: American Soybean Association
usmef: U.S. Meat Export Federation|USMEF
swa: Scotch Whisky Association
ukste: UK Steel
brt: Business Roundtable
piie: Peterson Institute for International Economics|Peterson Institute
cfr: Council on Foreign Relations
csis: Center for Strategic and International Studies|CSIS
brookings: Brookings Institution
aei: American Enterprise Institute
heritage: Heritage Foundation
cato: Cato Institute
capecon: Capital Economics
goldman: Goldman Sachs
jpm: JPMorgan|JPMorgan Chase|JP Morgan
ms: Morgan Stanley
citi: Citigroup|Citi
hsbc: HSBC
ubs: UBS
nomura: Nomura
`;

export interface OrgForm {
  key: string;
  words: string[];
  weak: boolean;
  /** Indices of words written with a possessive 's ("People's Bank of China"). */
  possessive: number[];
}

/** Splits a lexicon form into the words the tokenizer produces. */
const wordsOf = (form: string): string[] => form.replace(/['’]s\b/g, '').split(/\s+/).filter(Boolean);

/** Lexicon forms indexed by their first word, longest first. */
export const ORG_FORMS: ReadonlyMap<string, OrgForm[]> = (() => {
  const m = new Map<string, OrgForm[]>();
  for (const line of (BODY_LINES + OUTLET_LINES).split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim();
    for (let form of line.slice(colon + 1).split('|')) {
      form = form.trim();
      const weak = form.startsWith('~');
      const raw = (weak ? form.slice(1) : form).split(/\s+/).filter(Boolean);
      const words = wordsOf(weak ? form.slice(1) : form);
      if (!words.length) continue;
      const possessive = raw.flatMap((w, k) => (/['’]s$/.test(w) ? [k] : []));
      const list = m.get(words[0]) ?? [];
      list.push({ key, words, weak, possessive });
      m.set(words[0], list);
    }
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
})();

/** Forms that name a place as often as a body: a weak mention when only a modifier ("EU member states"). */
export const PLACE_LIKE_KEYS = new Set(['eu', 'un']);

/** Group names that open the names of their listed units (Korean chaebol, Japanese and Indian groups): "Samsung SDI". */
export const GROUP_NAMES: ReadonlySet<string> = new Set(
  'Samsung|LG|SK|Hyundai|POSCO|Posco|Lotte|Hanwha|Doosan|Kumho|HD|CJ|GS|Hanjin|Kolon|Hyosung|Mitsubishi|Sumitomo|Mitsui|Tata|Adani|Mahindra|Siemens|Panasonic'.split('|'),
);
