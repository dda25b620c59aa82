import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/shared/matcher/index';
import { alias, custom, texts } from './helpers';

describe('word boundaries', () => {
  const matcher = compileMatcher([alias('Kimsuky'), alias('APT38'), alias('APT3'), alias('APT33')]);
  const find = (text: string): string[] => texts(text, matcher.find(text));

  it('never matches inside a longer word or number', () => {
    expect(find('kimsukyeong')).toEqual([]);
    expect(find('preKimsuky')).toEqual([]);
    expect(find('APT380')).toEqual([]);
    expect(find('XAPT38')).toEqual([]);
    expect(find('APT38_x')).toEqual([]);
  });

  it('tells APT3 and APT33 apart', () => {
    expect(find('APT3 and APT33')).toEqual(['APT3', 'APT33']);
    const onlyShort = compileMatcher([alias('APT3')]);
    expect(onlyShort.find('APT33')).toEqual([]);
    const onlyLong = compileMatcher([alias('APT33')]);
    expect(onlyLong.find('APT3')).toEqual([]);
  });

  it('accepts punctuation and text edges as boundaries', () => {
    expect(find('(Kimsuky), "APT38".')).toEqual(['Kimsuky', 'APT38']);
    expect(find('Kimsuky')).toEqual(['Kimsuky']);
  });

  it('counts letters, digits and marks of any script as word characters', () => {
    expect(find('Kimsukyé')).toEqual([]);
    expect(find('Kimsuky\u0301')).toEqual([]); // combining acute
    expect(find('Kimsukyж')).toEqual([]);
    expect(find('Kimsuky٣')).toEqual([]); // Arabic-Indic digit
    expect(find('日Kimsuky')).toEqual([]);
    // Before the name too, in and out of ASCII (the pattern checks ASCII, the scanner the rest).
    expect(find('éKimsuky and жAPT38, 1APT38, _Kimsuky')).toEqual([]);
    expect(find('é Kimsuky and ж-APT38')).toEqual(['Kimsuky', 'APT38']);
  });

  it('lets custom terms with wholeWord=false match inside words', () => {
    const substring = custom('zaru', { wholeWord: false });
    const text = 'Lazarus and bazaruk';
    expect(texts(text, compileMatcher([substring]).find(text))).toEqual(['zaru', 'zaru']);
    const whole = custom('zaru');
    expect(compileMatcher([whole]).find(text)).toEqual([]);
  });

  it('finds a whole-word name right after a substring term, and both kinds side by side', () => {
    const matcher2 = compileMatcher([alias('Kimsuky'), custom('loader', { wholeWord: false })]);
    const text = 'Kimsuky shipped a newloader; Kimsukyloader is one word.';
    expect(texts(text, matcher2.find(text))).toEqual(['Kimsuky', 'loader', 'loader']);
  });

  it('finds a substring term right after a word whose whole-word name was rejected', () => {
    const text = 'xKimsuky';
    const matcher2 = compileMatcher([alias('Kimsuky'), custom('Kims', { wholeWord: false })]);
    expect(texts(text, matcher2.find(text))).toEqual(['Kims']);
  });
});

describe('Korean particles', () => {
  const matcher = compileMatcher([alias('라자루스'), alias('김수키'), alias('안다리엘')]);
  const find = (text: string): string[] => texts(text, matcher.find(text));

  it('covers only the name when a particle follows', () => {
    for (const particle of [
      '가',
      '는',
      '와',
      '에서',
      '로',
      '를',
      '의',
      '이',
      '에서는',
      '그룹의',
      '조직이다',
    ]) {
      expect(find(`라자루스${particle} 공격했다`)).toEqual(['라자루스']);
    }
    expect(find('김수키의 공격')).toEqual(['김수키']);
    expect(find('안다리엘이 배후')).toEqual(['안다리엘']);
  });

  it('rejects a name followed by Hangul that is not a particle', () => {
    expect(find('라자루스빌딩')).toEqual([]);
    expect(find('김수키워드')).toEqual([]);
    expect(find('라자루스가나다라마바')).toEqual([]); // more than particles
  });

  it('rejects a name preceded by a Hangul syllable', () => {
    expect(find('블라자루스')).toEqual([]);
    expect(find('블라자루스가')).toEqual([]);
  });

  it('accepts the bare name and the name before Latin punctuation', () => {
    expect(find('라자루스')).toEqual(['라자루스']);
    expect(find('(라자루스), 김수키.')).toEqual(['라자루스', '김수키']);
  });
});

describe('Chinese and Japanese names', () => {
  it('need no boundary: those scripts do not separate words', () => {
    const matcher = compileMatcher([alias('拉撒路'), alias('ラザルス')]);
    const text = '朝鲜拉撒路组织与ラザルスグループ';
    expect(texts(text, matcher.find(text))).toEqual(['拉撒路', 'ラザルス']);
  });
});
