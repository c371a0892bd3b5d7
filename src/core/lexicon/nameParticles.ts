/** The small words inside and after people's names, and family names written first. */
import { wordList } from './wordList';

export const SUFFIXES = wordList('jr.|sr.|jr|sr|ii|iii|iv');

/** Given names written short, with a full stop: "Ma. Teresa Villanueva" (Maria), "Md. Abdur Rahim" (Mohammad). */
export const GIVEN_NAME_ABBREVIATIONS = wordList('ma.|md.|mohd.|wm.');

/** Lower-case particles inside names: "Ursula von der Leyen", "Lula da Silva", "Ramon dela Cruz". */
export const NAME_PARTICLES = wordList('von|van|der|den|de|da|di|del|della|dela|delos|dos|das|du|la|le|bin|bint|binti|ben|al|ibn|al-|ter|ten|zu|dei');

/** Arabic articles joined to a family name by a hyphen: "al-Mansouri", "el-Sisi". */
export const ARABIC_ARTICLES = wordList('al|el|ul|ad|as|ash|at|az');

/** "-based", "-made": a place or maker said as a modifier ("Ohio-based"), never part of a name. */
export const MODIFIER_SUFFIXES = wordList('based|born|made|owned|led|backed|listed|run|registered|headquartered|bound');

/** The most common Chinese surnames: a Chinese name is written surname first ("Xi Jinping" → "Mr. Xi"). */
export const CHINESE_SURNAMES = wordList(
  'wang|li|zhang|liu|chen|yang|huang|zhao|wu|zhou|xu|sun|ma|zhu|hu|guo|he|gao|lin|luo|zheng|liang|xie|song|tang|xu|han|' +
    'feng|deng|cao|peng|zeng|xiao|tian|dong|pan|yuan|cai|jiang|yu|du|ye|cheng|wei|su|lu|ding|ren|shen|yao|fu|zhong|jin|' +
    'cui|tan|fan|qian|dai|mao|kong|bai|wan|gu|yi|qin|meng|xi|shi|wen|lai|tsai|hou|lou|qiu|lam|chan|' +
    'wong|leung|cheung|ng|yeung|tse|lau|mak',
);

/** Korean family names, written first: a name counts as Korean when the given name is hyphenated ("Park Ji-won"). */
export const KOREAN_SURNAMES = wordList('kim|lee|park|choi|jung|kang|cho|yoon|jang|lim|han|oh|seo|shin|kwon|hwang|ahn|song|yoo|hong|moon|yang|baek|nam|ryu|jeon|go|son|bae|heo');
/** Vietnamese family names that are not also common Western names or particles ("Le", "Do" are left out). */
export const VIETNAMESE_SURNAMES = wordList('nguyen|tran|pham|hoang|huynh|vu|dang|bui|ngo|duong|ly|phan|truong|vo|dinh|trinh');
/** "Do", "Le", "Ho": Vietnamese family names that are also English words, a name's only before a Vietnamese middle name ("Do Minh Khoa"). */
export const VIETNAMESE_WORD_SURNAMES = wordList('do|le|ho');
/** Vietnamese middle and given names that follow the family name ("Thi", "Van", "Minh"). */
export const VIETNAMESE_MIDDLE_NAMES = wordList('thi|van|minh|thanh|duc|quoc|huu|ngoc|xuan|hong|thu|anh|tuan|quang|trung|kim|viet|cong|manh|tien|bao|gia|khanh|hai');
