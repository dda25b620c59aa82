import { seeded, type Random } from './prng';

/**
 * Deterministic article pages: headings and paragraphs of security-news
 * prose dense with group names (multi-word, Korean, ambiguous ones with and
 * without context) and some custom-list terms, so a 1 MB page carries
 * thousands of mentions. Same seed and size, same bytes.
 */

export interface ArticleTerms {
  /** Dataset alias names (English and Korean). */
  aliases: readonly string[];
  /** A few hundred custom-list terms to sprinkle in (found only when the custom list is loaded). */
  custom: readonly string[];
}

export interface GeneratedArticle {
  html: string;
  paragraphs: number;
}

const FILLER = [
  'Researchers said the activity began in the spring and continued for several months.',
  'The report does not name the affected companies, citing ongoing investigations.',
  'Analysts cautioned that attribution in this field is rarely certain.',
  'Several of the servers were rented through resellers that accept cryptocurrency.',
  'The lure documents were written in fluent English and referenced real job openings.',
  'A spokesperson declined to comment on the findings.',
  'The malware communicated with its operators over ordinary HTTPS.',
  'Defenders were advised to rotate credentials and review remote access logs.',
  'The same infrastructure had been seen in an earlier wave of phishing.',
  'Stolen funds were laundered through mixers and cross-chain bridges.',
  'Investigators traced the wallets across more than a dozen exchanges.',
  'The intrusion went unnoticed for weeks because the implant slept for long periods.',
  'Officials said sanctions would follow if the thefts continued.',
  'Much of the tooling was rewritten between campaigns to evade detection.',
  'The victims included a defence contractor, a university and two banks.',
];

// {G} a group name, {C} a custom-list term. Context words (hackers, North
// Korean, malware) appear in some and not others on purpose.
const WITH_GROUP = [
  'Security firms attribute the operation to {G}, a group linked to North Korea.',
  'According to the advisory, {G} used spear-phishing emails to gain initial access.',
  'The tooling overlaps with earlier campaigns by {G} and by {G}.',
  'Analysts tracking {G} noted a shift toward cryptocurrency theft.',
  '{G} has been active since at least 2014, the report says.',
  'The indictment describes how {G} laundered the proceeds.',
  'Microsoft tracks the cluster as {G}; other vendors call it {G}.',
  'A loader previously tied to {G} was found on the compromised hosts.',
  'In a joint statement, agencies warned that {G} continues to target defence firms.',
  'Researchers linked the fake recruiter profiles to {G}.',
];
const KOREAN = [
  '보안 업체들은 이번 공격의 배후로 {K}를 지목했다.',
  '{K}는 국방 분야를 노린 스피어피싱을 계속하고 있다.',
  '전문가들은 {K} 조직이 가상자산 탈취에 집중하고 있다고 분석했다.',
];
const KOREAN_NAMES = new Set([
  '금성121',
  '김수키',
  '라자루스',
  '라자루스 그룹',
  '래저러스',
  '별똥 천리마',
  '블루노로프',
  '스카크러프트',
  '안다리엘',
  '코니',
  '킴수키',
  '평화의 수호자',
  '히든 코브라',
]);
// Ambiguous names where they mean something else: the extension should not
// highlight these; a plain regex will.
const OTHER_MEANINGS = [
  'The poet Emma Lazarus wrote the sonnet in 1883.',
  'Zinc and copper prices rose on the metals exchange.',
  'The Grim Reaper costume won the contest.',
  'Springtail insects thrive in damp soil.',
  'Andariel is a boss in the video game Diablo.',
  'The GOP convention opened on Monday.',
];
const WITH_CUSTOM = [
  'The dropper, tracked internally as {C}, was signed with a stolen certificate.',
  'Blocklists were updated to include {C}.',
  'Traffic to {C} spiked the night before the breach.',
];
const HEADINGS = [
  'A campaign against the defence industry',
  'Following the money',
  'Fake recruiters and poisoned packages',
  'What the indictment says',
  'How the intrusions unfolded',
  'Attribution and its limits',
  '공격 배후와 수법',
];

export function generateArticle(targetBytes: number, terms: ArticleTerms, seed: number): GeneratedArticle {
  const random = seeded(seed);
  return articlePage(targetBytes, 'North Korean hacking groups: a long read', {
    heading: () => random.pick(HEADINGS),
    block: () =>
      random.chance(0.06) ? listBlock(random, terms) : `<p>${paragraphHtml(random, terms)}</p>\n`,
  });
}

/**
 * An article of the same shape and size that names no group: the filler
 * sentences and English headings alone, under a title that gives no context
 * either (the page most readers visit, for the style-cost figure).
 */
export function generateQuietArticle(targetBytes: number, seed: number): string {
  const random = seeded(seed);
  const headings = HEADINGS.filter((heading) => /^[\x20-\x7e]+$/.test(heading));
  return articlePage(targetBytes, 'Shipping news: a long read', {
    heading: () => random.pick(headings),
    block: () => `<p>${Array.from({ length: 4 + random.int(4) }, () => random.pick(FILLER)).join(' ')}</p>\n`,
  }).html;
}

/** The page around the blocks: its title as h1, a heading before every 12th block, blocks until the size is reached. */
function articlePage(
  targetBytes: number,
  title: string,
  next: { heading: () => string; block: () => string },
): GeneratedArticle {
  const parts: string[] = [
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>`,
    '<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem}</style></head>\n<body><article>',
    `<h1>${title}</h1>\n`,
  ];
  let bytes = parts.join('').length;
  let paragraphs = 0;
  while (bytes < targetBytes) {
    if (paragraphs % 12 === 0) {
      const heading = `<h2>${next.heading()}</h2>\n`;
      parts.push(heading);
      bytes += Buffer.byteLength(heading);
    }
    const block = next.block();
    parts.push(block);
    bytes += Buffer.byteLength(block);
    paragraphs += 1;
  }
  parts.push('</article></body></html>\n');
  return { html: parts.join(''), paragraphs };
}

/** `count` paragraphs (inner HTML of <p>) for the page to append during the rescan phase. */
export function generateParagraphs(count: number, terms: ArticleTerms, seed: number): string[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => paragraphHtml(random, terms));
}

/** Four to seven sentences; most paragraphs name two or three groups. */
function paragraphHtml(random: Random, terms: ArticleTerms): string {
  const sentences: string[] = [];
  const count = 4 + random.int(4);
  for (let index = 0; index < count; index += 1) {
    const roll = random.next();
    if (roll < 0.4) {
      sentences.push(fill(random.pick(WITH_GROUP), random, terms));
    } else if (roll < 0.47) {
      sentences.push(fill(random.pick(KOREAN), random, terms));
    } else if (roll < 0.52) {
      sentences.push(random.pick(OTHER_MEANINGS));
    } else if (roll < 0.6 && terms.custom.length > 0) {
      sentences.push(fill(random.pick(WITH_CUSTOM), random, terms));
    } else {
      sentences.push(random.pick(FILLER));
    }
  }
  return sentences.join(' ');
}

function listBlock(random: Random, terms: ArticleTerms): string {
  const items = Array.from(
    { length: 3 + random.int(3) },
    () => `<li>${fill(random.pick(WITH_GROUP), random, terms)}</li>`,
  );
  return `<ul>${items.join('')}</ul>\n`;
}

const split = new WeakMap<ArticleTerms, { english: string[]; korean: string[] }>();

function fill(template: string, random: Random, terms: ArticleTerms): string {
  let names = split.get(terms);
  if (!names) {
    names = {
      english: terms.aliases.filter((name) => !KOREAN_NAMES.has(name)),
      korean: terms.aliases.filter((name) => KOREAN_NAMES.has(name)),
    };
    split.set(terms, names);
  }
  const { english, korean } = names;
  return template
    .replace(/\{G\}/g, () => inline(random, escapeHtml(random.pick(english))))
    .replace(/\{K\}/g, () => escapeHtml(random.pick(korean.length > 0 ? korean : english)))
    .replace(/\{C\}/g, () => inline(random, escapeHtml(random.pick(terms.custom))));
}

/** Some names sit inside a link or emphasis, as in real articles. */
function inline(random: Random, name: string): string {
  const roll = random.next();
  if (roll < 0.1) {
    return `<a href="#g">${name}</a>`;
  }
  if (roll < 0.15) {
    return `<strong>${name}</strong>`;
  }
  return name;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
