export { contentStems, contentTerms, detectLang, type ContentTerm } from './content';
export { stem } from './stem';
export { stopWords } from './stopwords';
export { foldWord, tokenize, type Lang, type Token } from './tokens';
