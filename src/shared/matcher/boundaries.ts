import { WORD_CHAR } from './chars';
import type { EndRule, StartRule } from './tokens';

/**
 * Korean writes grammatical particles and some nouns straight after a name
 * (라자루스가, 라자루스에서는, 라자루스그룹의). After a name that ends in Hangul,
 * the rest of the Hangul run must be made only of these, at most three in a
 * row (에서+는, 그룹+의, 조직+이+다), and then a non-word character. Anything
 * else means the name is the start of a longer word and is not a mention.
 *
 * Vowel harmony (가/이, 는/은, 를/을, 로/으로) is not checked: accepting the
 * wrong allomorph costs nothing, since no real word is spelled that way.
 * A Hangul syllable *before* the name still blocks it (블라자루스), through the
 * ordinary start rule: Hangul letters are word characters.
 */
export const KOREAN_PARTICLES: readonly string[] = [
  // case particles
  '가',
  '이',
  '은',
  '는',
  '을',
  '를',
  '의',
  '에',
  '에서',
  '에게',
  '에게서',
  '한테',
  '께',
  '께서',
  '와',
  '과',
  '랑',
  '이랑',
  '로',
  '으로',
  '로서',
  '으로서',
  '로써',
  '으로써',
  '로부터',
  '으로부터',
  // auxiliary particles
  '도',
  '만',
  '까지',
  '부터',
  '보다',
  '처럼',
  '같이',
  '조차',
  '마저',
  '뿐',
  '나',
  '이나',
  '든',
  '이든',
  '라는',
  '이라는',
  '라고',
  '이라고',
  '란',
  '이란',
  '라면',
  '이라면',
  '에는',
  '에서는',
  '에도',
  '에선',
  '엔',
  // copula endings common in news prose
  '다',
  '이다',
  '입니다',
  '이며',
  '며',
  '이고',
  '고',
  '였다',
  '이었다',
  '였던',
  '이었던',
  '인',
  '일',
  '임',
  // nouns that news writing glues to a group name
  '측',
  '그룹',
  '조직',
  '등',
  '들',
  '해커',
  '해커들',
  '해킹',
  '해킹조직',
  '해킹그룹',
  '계열',
  '배후',
  '소행',
  '일당',
];

function alternation(words: readonly string[]): string {
  // Longest first so the lookahead does not need to backtrack in the usual case.
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

const NOT_FOLLOWED_BY_WORD = `(?!${WORD_CHAR})`;
const PARTICLES_THEN_NON_WORD = `(?=(?:${alternation(KOREAN_PARTICLES)}){0,3}${NOT_FOLLOWED_BY_WORD})`;

export const START_ASSERTION: Record<StartRule, string> = {
  word: `(?<!${WORD_CHAR})`,
  none: '',
};

export const END_ASSERTION: Record<EndRule, string> = {
  word: NOT_FOLLOWED_BY_WORD,
  hangul: PARTICLES_THEN_NON_WORD,
  none: '',
};
