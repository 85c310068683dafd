// Fictional Chinese personal names for the demo township: a common surname plus one or two given-name characters,
// drawn by the seeded generator and never repeated within one township. They are combinations, not a list of
// people; any resemblance to a real person is a coincidence of common characters.
import type { SeededRandom } from './random';

const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);

const GIVEN = Array.from(
  '伟芳秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉华红春梅海林峰志文辉鹏宇晨浩思佳欣雨婷俊嘉国庆德福顺学永进光荣义良成家安宏新云飞凤琴亮斌建民振宁和善昌兴茂秋冬青松柏晓琳',
);

export class NameSource {
  private readonly used = new Set<string>();

  constructor(private readonly random: SeededRandom) {}

  /** A new full name (two or three characters) not handed out before by this source. */
  next(): string {
    for (;;) {
      const surname = this.random.pick(SURNAMES);
      const given =
        this.random.below(4) === 0 ? this.random.pick(GIVEN) : this.random.pick(GIVEN) + this.random.pick(GIVEN);
      const name = surname + given;
      if (given.length === 2 && given[0] === given[1]) continue;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
}

/**
 * A fictional mobile-shaped phone number: 11 digits starting with 100, a prefix no Chinese mobile network uses,
 * so a demo number can never ring a real person, yet masks like a real one (`100****0001`).
 */
export function fictionalPhone(block: number, sequence: number): string {
  return `100${String(block).padStart(2, '0')}${String(sequence).padStart(6, '0')}`;
}
