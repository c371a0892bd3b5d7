/**
 * Given and family names common in South Asia, Africa, the Middle East, Turkey, Iran, Japan and
 * Southeast Asia that compromise's lexicon (lexicon/personNames.ts, generated) does not know. Trade
 * copy names farmers, exporters and officials from everywhere; a name the lists miss loses its
 * person ("Textile exporter Anil Mehta" read as a company). Lower-case; words that are also common
 * English words or places are left out.
 */
import { wordList } from './wordList';
import { FAMILY_NAMES, GIVEN_NAMES } from './personNames';

export const WORLD_GIVEN_NAMES = wordList(
  // South Asia
  'aarti|abhishek|aditi|aditya|ajay|akash|akhil|amit|amitabh|amrit|amrita|anand|anil|anita|anjali|ankit|anupam|arjun|arun|aruna|arvind|ashok|' +
    'bhavna|chandra|deepak|deepika|dinesh|divya|gaurav|gopal|hari|harish|harsh|jaswinder|jayant|kamal|kavita|kiran|krishna|kumar|' +
    'lakshmi|lalit|madhu|mahesh|manish|manoj|meena|meenakshi|mohan|mukesh|nandini|naveen|neha|nikhil|nirmala|nitin|pankaj|pooja|prakash|' +
    'pradeep|pranav|prateek|praveen|priya|priyanka|rahul|raj|rajesh|rajiv|rakesh|ramesh|ravi|rekha|ritu|rohit|sachin|sanjay|sanjeev|' +
    'santosh|saurabh|shalini|shanti|shashi|shiv|shreya|shyam|smita|sneha|subhash|sudhir|sunil|sunita|suresh|sushma|swati|tarun|uma|' +
    'usha|vandana|varun|vijay|vikas|vikram|vinod|vivek|yash|yogesh|zubair|tariq|asif|imran|nadeem|shahid|sajid|farhan|bilal|' +
    // West, East and Southern Africa
    'abimbola|adaeze|adebayo|adewale|adeyemi|ayodele|babajide|bola|chidi|chidinma|chiamaka|chinedu|chinwe|chioma|chukwuemeka|emeka|' +
    'folake|funmilayo|ifeoma|ikechukwu|kehinde|ngozi|nkechi|obinna|olamide|oluwaseun|olusegun|oluwadamilare|taiwo|tunde|uchenna|yetunde|' +
    'kwame|kwabena|kwaku|kofi|kojo|kwesi|akosua|abena|afia|adjoa|efua|esi|akua|nana|' +
    'wanjiru|wanjiku|njeri|nyambura|wambui|muthoni|kamau|kipchoge|kiprotich|kiptoo|otieno|odhiambo|ochieng|achieng|akinyi|auma|' +
    'thabo|sipho|themba|bongani|sibusiso|mandla|lerato|nomsa|zanele|thandiwe|thandeka|nokuthula|lindiwe|palesa|refilwe|tshepo|' +
    'kagiso|lesego|mpho|naledi|tendai|tatenda|farai|chipo|rutendo|tinashe|kudzai|nyasha|' +
    'abebe|alemayehu|bekele|dawit|girma|haile|mekonnen|tadesse|tesfaye|yohannes|almaz|meron|selam|tigist|' +
    // Arabic, Turkish, Persian
    'abdelaziz|abdelkader|abdulaziz|abdullahi|ahmad|ahmet|ali|amina|amir|anwar|ayman|aziz|bashir|emre|fadi|faisal|farid|fatma|hamid|' +
    'hamza|hani|hassan|hussein|hossein|jamal|karim|khaled|khalid|leila|mahmoud|majid|mehmet|mehdi|mohamed|mostafa|mustafa|nabil|nadia|' +
    'naser|nasser|omer|rania|reza|saeed|salim|samir|sami|sherif|tarek|walid|yasmin|yousef|youssef|zeynep|ayse|burak|cem|elif|' +
    'hakan|kemal|murat|ozlem|selim|serkan|volkan|yusuf|darius|farhad|mahnaz|parisa|shirin|'
    // Japan and Southeast Asia (given names only where they are not common words)
    + 'akira|ayumi|daisuke|haruki|haruto|hideo|hiroshi|hiroko|hiroyuki|kazuo|kenji|kenta|koji|makoto|masahiro|masato|megumi|naoko|' +
    'noriko|satoshi|shinji|shota|takashi|takeshi|taro|tomoko|yoshiko|yuki|yuko|yusuke|' +
    'bambang|budi|dewi|eko|hendra|joko|kartika|lestari|nurul|putri|rina|siti|wahyu|wayan|yudi|' +
    'somchai|somsak|suchart|supachai|siriporn|nattapong|thanakorn|' +
    'ngoc|thanh|tuan|huong|trang|quang|hoang|phuong|' +
    'jose|joao|thiago|gonzalo|rodrigo|ximena|valentina|camila',
);

export const WORLD_FAMILY_NAMES = wordList(
  'agarwal|bhatt|chauhan|chopra|desai|dutta|gupta|iyer|jain|joshi|kapoor|khan|kulkarni|mehta|menon|mishra|nair|patel|pillai|rao|reddy|' +
    'sandhu|saxena|sethi|sharma|shah|singh|sinha|srinivasan|trivedi|verma|raman|krishnan|subramaniam|' +
    'adeyemi|okafor|okonkwo|okoye|obi|eze|nwosu|adebayo|oyelaran|balogun|mensah|asante|owusu|boateng|osei|appiah|' +
    'mwangi|kamau|otieno|ochieng|kariuki|njoroge|mokoena|dlamini|nkosi|ndlovu|khumalo|mahlangu|naidoo|botha|moyo|' +
    'haddad|hassan|mansour|nasser|saleh|yilmaz|demir|kaya|celik|ozturk|aydin|hosseini|ahmadi|' +
    'tanaka|suzuki|takahashi|watanabe|yamamoto|nakamura|kobayashi|yoshida|yamada|sasaki|matsumoto|inoue|kimura|' +
    'santoso|wijaya|susanto|hidayat|nugroho|setiawan|kusuma',
);

/** Every given name the people rules know: compromise's and the world list above. */
export const KNOWN_GIVEN_NAMES = wordList(GIVEN_NAMES, WORLD_GIVEN_NAMES);
/** Every family name the people rules know. */
export const KNOWN_FAMILY_NAMES = wordList(FAMILY_NAMES, WORLD_FAMILY_NAMES);

/** Two or three words the first of which is a known given name: read as a person's name, not a body's ("Christine Moreau", "Anil Mehta"). */
// ("Raúl" is "Raul": the list spells given names without their accents as often as with them.)
const knownGiven = (w: string): boolean => KNOWN_GIVEN_NAMES.has(w) || KNOWN_GIVEN_NAMES.has(w.normalize('NFD').replace(/\p{M}/gu, ''));
export const opensPersonName = (words: readonly string[]): boolean => words.length >= 2 && words.length <= 3 && !!words[0] && knownGiven(words[0]);
