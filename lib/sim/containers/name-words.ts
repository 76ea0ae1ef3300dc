/**
 * Words for generated container names (`adjective_surname`), a subset of the lists in moby's
 * pkg/namesgenerator (all 108 adjectives, every second of its surnames). Data only.
 */
export const NAME_ADJECTIVES: readonly string[] = [
  'admiring', 'adoring', 'affectionate', 'agitated', 'amazing', 'angry', 'awesome', 'beautiful', 'blissful',
  'bold', 'boring', 'brave', 'busy', 'charming', 'clever', 'compassionate', 'competent', 'condescending',
  'confident', 'cool', 'cranky', 'crazy', 'dazzling', 'determined', 'distracted', 'dreamy', 'eager',
  'ecstatic', 'elastic', 'elated', 'elegant', 'eloquent', 'epic', 'exciting', 'fervent', 'festive',
  'flamboyant', 'focused', 'friendly', 'frosty', 'funny', 'gallant', 'gifted', 'goofy', 'gracious', 'great',
  'happy', 'hardcore', 'heuristic', 'hopeful', 'hungry', 'infallible', 'inspiring', 'intelligent',
  'interesting', 'jolly', 'jovial', 'keen', 'kind', 'laughing', 'loving', 'lucid', 'magical', 'modest',
  'musing', 'mystifying', 'naughty', 'nervous', 'nice', 'nifty', 'nostalgic', 'objective', 'optimistic',
  'peaceful', 'pedantic', 'pensive', 'practical', 'priceless', 'quirky', 'quizzical', 'recursing', 'relaxed',
  'reverent', 'romantic', 'sad', 'serene', 'sharp', 'silly', 'sleepy', 'stoic', 'strange', 'stupefied',
  'suspicious', 'sweet', 'tender', 'thirsty', 'trusting', 'unruffled', 'upbeat', 'vibrant', 'vigilant',
  'vigorous', 'wizardly', 'wonderful', 'xenodochial', 'youthful', 'zealous', 'zen',
];

export const NAME_SURNAMES: readonly string[] = [
  'agnesi', 'allen', 'antonelli', 'ardinghelli', 'austin', 'banach', 'bardeen', 'bassi', 'bell', 'bhabha',
  'black', 'blackwell', 'booth', 'bose', 'boyd', 'brattain', 'buck', 'cannon', 'cartwright', 'cerf',
  'chaplygin', 'chatterjee', 'chebyshev', 'cohen', 'cori', 'curie', 'darwin', 'dewdney', 'diffie', 'dirac',
  'dubinsky', 'edison', 'elbakyan', 'elion', 'engelbart', 'euler', 'feistel', 'fermi', 'franklin', 'galileo',
  'ganguly', 'gauss', 'goldberg', 'goldwasser', 'goodall', 'greider', 'haibt', 'haslett', 'heisenberg',
  'hermann', 'hertz', 'hodgkin', 'hoover', 'hugle', 'ishizaka', 'jang', 'jennings', 'johnson', 'jones',
  'kapitsa', 'keldysh', 'kepler', 'khorana', 'kirch', 'kowalevski', 'lamarr', 'leakey', 'lederberg', 'lewin',
  'liskov', 'lumiere', 'margulis', 'maxwell', 'mccarthy', 'mclaren', 'mcnulty', 'mendel', 'meninsky',
  'mestorf', 'montalcini', 'morse', 'murdock', 'nash', 'newton', 'nobel', 'northcutt', 'panini', 'pascal',
  'payne', 'pike', 'poitras', 'ptolemy', 'ramanujan', 'ride', 'robinson', 'rosalind', 'saha', 'sanderson',
  'shamir', 'shaw', 'shockley', 'sinoussi', 'solomon', 'stonebraker', 'swanson', 'swirles', 'tesla',
  'thompson', 'tu', 'varahamihira', 'villani', 'volhard', 'wilbur', 'williams', 'wilson', 'wozniak', 'wu',
  'yonath',
];
