import type { Citation, Source } from '../types.js';

/**
 * The dataset's only source is one article (shared/seed/000_4b0f0342accbf17a.txt, an encyclopedia
 * article on the Ili National Army). Its own references [1]-[8] are kept with their numbers, so a
 * fact the article supports with "[5]" cites both the article and `ref-5`.
 */
export const sources: Source[] = [
  {
    id: 'article',
    title: 'Ili National Army',
    publisher: 'Encyclopedia article (the seed text of this dataset)',
    lang: 'en',
    note: 'The article carries a banner: "This article needs additional citations for verification" (May 2018). Facts without a reference number rest on the article alone.',
  },
  {
    id: 'ref-1',
    ref: '1',
    title: '历史上的新疆民族军:"三区革命"的主力军 [The Xinjiang National Army in History: The Main Force of the "Three-Region Revolution"]',
    author: '李晓江 (editor)',
    publisher: '青年军事·中国军网, 来源:新疆哲学社会科学网',
    published: '2014-03-03',
    accessed: '2019-05-08',
    lang: 'zh-Hans',
    note: 'Archived from the original on 7 May 2019. The same work is cited again as [7].',
  },
  {
    id: 'ref-2',
    ref: '2',
    title: 'East Turkestan Republic (1944–1949) in Xinjiang as part of Uyghur independence East Turkestan',
    author: 'Kutlukov, M.',
    publisher: 'Academy of Sciences of USSR, Tashkent',
    published: '1958',
  },
  {
    id: 'ref-3',
    ref: '3',
    title: 'Millward 2007: 219',
    author: 'Millward',
    published: '2007',
    note: 'Given in the article as a short citation only.',
  },
  {
    id: 'ref-4',
    ref: '4',
    title:
      "哈吉娅•阿巴斯, 宣传党的民族政策——我的父亲阿不都克里木·阿巴索夫 [Hagia Abbas, propaganda of the party's national policy-my father Abdukrim Abbasov]",
    published: '2014-03-14',
    lang: 'zh',
  },
  {
    id: 'ref-5',
    ref: '5',
    title: "Parade Incorporating the East Turkistan National Army into the PLA's 5th Army Corps",
    publisher: 'East Turkistan Government in Exile',
    accessed: '2021-05-26',
  },
  {
    id: 'ref-6',
    ref: '6',
    title:
      'Unsuccessful attempts to resolve political problems in Sinkiang; extent of Soviet aid and encouragement to rebel groups in Sinkiang; border incident at Peitashan. In: The Far East: China, Foreign Relations of the United States, 1947, Vol. VII',
    author: 'Perkins, E. Ralph (ed.)',
    publisher: 'United States Government Printing Office, Washington, DC',
    published: '1947',
    note: 'pp. 546–587, Documents 450–495.',
  },
  {
    id: 'ref-7',
    ref: '7',
    title: '历史上的新疆民族军:"三区革命"的主力军 [The Xinjiang National Army in History: The Main Force of the "Three-Region Revolution"]',
    author: '李晓江 (editor)',
    publisher: '青年军事·中国军网, 来源:新疆哲学社会科学网',
    published: '2014-03-03',
    accessed: '2019-05-08',
    lang: 'zh-Hans',
    note: 'The same work as [1]; the article lists it twice.',
  },
  {
    id: 'ref-8',
    ref: '8',
    title: '图册:新疆民族军军服 [Photo album: Xinjiang National Army uniforms]',
    published: '2003-10-24',
    accessed: '2021-06-08',
    lang: 'zh',
    note: 'Cited twice ("a b") in the article, at places the article\'s text does not show (probably image captions).',
  },
];

/** A citation of the article, with the words that support the fact. */
export function article(locator: string, quote: string): Citation {
  return { source: 'article', locator, quote };
}

/** A citation of the article's reference [n]. */
export function ref(n: number): Citation {
  return { source: `ref-${n}` };
}
