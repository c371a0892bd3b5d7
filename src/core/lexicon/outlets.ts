/**
 * News outlets, wire services, official gazettes, market-data publishers and exchanges: the
 * bodies trade stories are credited to ("(Reuters) —", "NEW DELHI (AA) -", "told CNBC") or quote
 * prices from ("the ICE U.S. Dollar Index"). Same line format as ./orgNames.ts: a key, then the
 * forms an article uses (case-sensitive), weak forms after "~".
 */
import { wordList } from './wordList';

export const OUTLET_LINES = `
reuters: Reuters|Thomson Reuters
ap: Associated Press|AP
afp: Agence France-Presse|AFP
bloomberg: Bloomberg|Bloomberg News
bloombergtv: Bloomberg Television|Bloomberg TV
wsj: The Wall Street Journal|Wall Street Journal|WSJ
nyt: The New York Times|New York Times
wapo: The Washington Post|Washington Post
wt: The Washington Times|Washington Times
ft: Financial Times
cnbc: CNBC
cnn: CNN
bbc: BBC
fox: Fox News|Fox Business
politico: Politico|POLITICO
axios: Axios
xinhua: Xinhua|Xinhua News Agency
globaltimes: Global Times
chinadaily: China Daily
scmp: South China Morning Post
nikkei: Nikkei|Nikkei Asia
kyodo: Kyodo|Kyodo News
yonhap: Yonhap|Yonhap News Agency
caixin: Caixin
spglobal: S&P Global
msci: MSCI
ftse: FTSE Russell|FTSE
spdji: S&P Dow Jones Indices
moodys: Moody's
fitch: Fitch Ratings
economist: The Economist
canadianpress: The Canadian Press|Canadian Press
dowjones: Dow Jones & Co.|Dow Jones & Company|Dow Jones
djnewswires: Dow Jones Newswires
bernama: Bernama
antara: Antara|Antara News Agency
guardian: The Guardian
hindu: The Hindu
toi: Times of India|The Times of India
economictimes: The Economic Times|Economic Times
globemail: The Globe and Mail|Globe and Mail
torontostar: Toronto Star|The Toronto Star
lemonde: Le Monde
lesechos: Les Echos
handelsblatt: Handelsblatt
spiegel: Der Spiegel
fazeitung: Frankfurter Allgemeine Zeitung
elpais: El País|El Pais
asahi: Asahi Shimbun|The Asahi Shimbun
yomiuri: Yomiuri Shimbun|The Yomiuri Shimbun
nhk: NHK
straitstimes: The Straits Times|Straits Times
japantimes: The Japan Times|Japan Times
koreaherald: The Korea Herald|Korea Herald
koreatimes: The Korea Times|Korea Times
jakartapost: The Jakarta Post|Jakarta Post
bangkokpost: Bangkok Post|The Bangkok Post
businessstandard: Business Standard
aljazeera: Al Jazeera
dw: Deutsche Welle
skynews: Sky News
barrons: Barron's
marketwatch: MarketWatch
businessinsider: Business Insider
semafor: Semafor
thehill: The Hill
insidetrade: Inside U.S. Trade
platts: S&P Global Platts|Platts
argus: Argus Media
fastmarkets: Fastmarkets
joc: Journal of Commerce
lloydslist: Lloyd's List
tass: TASS
interfax: Interfax
anadolu: Anadolu Agency|Anadolu
pti: Press Trust of India|PTI
efe: EFE
ansa: ANSA
dpa: DPA|dpa
nbc: NBC|NBC News
abc: ABC News
cbs: CBS|CBS News
pbs: PBS
npr: NPR|National Public Radio
msnbc: MSNBC
usatoday: USA Today
latimes: Los Angeles Times
chicagotribune: Chicago Tribune
forbes: Forbes
fortune: Fortune magazine
time: Time magazine
newsweek: Newsweek
yahoofinance: Yahoo Finance
investing: Investing.com
seekingalpha: Seeking Alpha
cnbctv18: CNBC-TV18
rt: Russia Today
ria: RIA Novosti
jiji: Jiji Press|Jiji
asahi2: Mainichi Shimbun|The Mainichi
chosun: Chosun Ilbo|The Chosun Ilbo
joongang: JoongAng Ilbo|Korea JoongAng Daily
donga: Dong-A Ilbo|The Dong-A Ilbo
cna: Central News Agency|Focus Taiwan
taipeitimes: Taipei Times
vnexpress: VnExpress
vna: Vietnam News Agency|VNA
businesstimes: The Business Times|Business Times
mint: Livemint
hindustantimes: Hindustan Times
ians: IANS
ani: ANI
arabnews: Arab News
gulfnews: Gulf News
wam: WAM|Emirates News Agency
spa: Saudi Press Agency
mena: Middle East News Agency
apa: APA
ctk: CTK
belga: Belga
anp: ANP
tt: TT News Agency
ntb: NTB
ritzau: Ritzau
lusa: Lusa
telam: Télam|Telam
agenciabrasil: Agência Brasil|Agencia Brasil
notimex: Notimex
upi: United Press International|UPI
fedreg: Federal Register
oj: Official Journal of the European Union|Official Journal
gazetteofindia: Gazette of India
ice: Intercontinental Exchange|ICE
nyse: New York Stock Exchange|NYSE
nasdaq: Nasdaq|NASDAQ
cme: CME Group|Chicago Mercantile Exchange|CME
cbot: Chicago Board of Trade|CBOT
lme: London Metal Exchange|LME
shfe: Shanghai Futures Exchange|SHFE
dce: Dalian Commodity Exchange
zce: Zhengzhou Commodity Exchange
lse: London Stock Exchange|LSE
hkex: Hong Kong Exchanges and Clearing|HKEX
sse: Shanghai Stock Exchange
szse: Shenzhen Stock Exchange
jpx: Japan Exchange Group|Tokyo Stock Exchange
krx: Korea Exchange
euronext: Euronext
deutscheboerse: Deutsche Börse|Deutsche Boerse
bse: Bombay Stock Exchange
nse: National Stock Exchange of India
cboe: Cboe|CBOE|Cboe Global Markets
morningstar: Morningstar
factset: FactSet
refinitiv: Refinitiv|LSEG
ihs: IHS Markit|S&P Global Market Intelligence
wind: Wind Information
icis: ICIS
crugroup: CRU Group|CRU
woodmac: Wood Mackenzie
kpler: Kpler
`;

/** Each outlet's forms above, by key, the fullest first (weak forms after "~" left out). */
export const OUTLET_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  OUTLET_LINES.split('\n')
    .filter((l) => l.includes(':'))
    .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).split('~')[0].split('|').map((f) => f.trim()).filter(Boolean)]),
);

/** Keys of the outlets above (what "Yonhap News Agency" is keyed on). */
export const OUTLET_KEYS: ReadonlySet<string> = new Set(OUTLET_NAMES.keys());

/** Words that say what an outlet is, written after its name ("Yonhap News Agency", "Kyodo News", "Reuters TV"). */
export const OUTLET_TAILS = wordList('news|agency|television|tv|radio|wire|newswire|service|online|digital');

/** What follows a newsletter's masthead on its first line: "KERNEL & SHELL WEEKLY — Issue 214", "The Dry Bulk Dispatch — Week 45". */
export const MASTHEAD_NUMBERS = wordList('issue|week|no.|vol.|volume|edition|number');

/** Words that mark a newsletter's opening: its headline may then open with the newsletter's own name ("The Fibre Line: …"). */
export const NEWSLETTER_CUES = wordList("edited by|this week's issue|this week’s issue|in this issue|newsletter|good morning. this week");
