package org.shuzhi.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.shuzhi.area.Town;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.core.Uscc;
import org.shuzhi.enterprise.EnterpriseDraft;

/**
 * Plausible but synthetic enterprises: Xiaoshan's typical industries, USCCs with valid check
 * characters (registration authority 9 = market regulation, type 1 = company, division 330109),
 * points inside their towns. Names end in （演示） so no one mistakes them for real firms.
 */
final class SyntheticEnterprises {

  /** An industry of the demo: GB/T 4754-2017 code and the word used in names. */
  record Industry(String code, String word, int weight) {}

  static final List<Industry> INDUSTRIES =
      List.of(
          new Industry("C2822", "化纤", 12),
          new Industry("C2821", "锦纶", 4),
          new Industry("C3670", "汽车零部件", 12),
          new Industry("C1751", "纺织", 10),
          new Industry("C1713", "印染", 5),
          new Industry("C2710", "制药", 4),
          new Industry("C2720", "药业", 3),
          new Industry("G5431", "物流", 8),
          new Industry("G5990", "仓储", 3),
          new Industry("C3311", "钢结构", 5),
          new Industry("C3484", "机械", 8),
          new Industry("C3824", "电气", 5),
          new Industry("C2614", "化工", 5),
          new Industry("C1391", "食品", 4),
          new Industry("C3021", "建材", 4),
          new Industry("C2319", "印刷", 3),
          new Industry("F5181", "商贸", 5));

  private static final String[] BRANDS = {
    "恒逸", "荣盛", "万向", "传化", "东南", "金城", "新开元", "钱江", "湘湖", "瓜沥", "衙前", "义桥", "临浦",
    "浦阳", "戴村", "河上", "楼塔", "进化", "所前", "宁围", "新街", "北干", "蜀山", "闻堰", "靖江", "南阳",
    "党湾", "益农", "盈丰", "新塘", "城厢", "信达", "华达", "永盛", "宏达", "天成", "锦江", "明辉", "博远",
    "联创", "中恒", "汇丰", "德力", "金鹰", "嘉诚", "华鼎", "顺发", "昌盛", "立业", "精工"
  };
  private static final String[] SUFFIXES = {"有限公司", "股份有限公司", "科技有限公司", "实业有限公司"};
  private static final String[] SURNAMES = {
    "王", "李", "张", "陈", "俞", "沈", "徐", "孙", "朱", "何", "汪", "韩"
  };
  private static final String[] GIVEN = {
    "建国", "伟", "芳", "强", "丽", "军", "敏", "杰", "海燕", "志明", "国平", "晓东"
  };
  private static final String ORG_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private final Random random;
  private final GeometryFactory geometry = new GeometryFactory();
  private final Set<String> usedCodes = new HashSet<>();
  private final int totalWeight = INDUSTRIES.stream().mapToInt(Industry::weight).sum();

  SyntheticEnterprises(long seed) {
    this.random = new Random(seed);
  }

  List<EnterpriseDraft> generate(int count, List<Town> towns, TownShapes shapes) {
    List<EnterpriseDraft> drafts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Town town = towns.get(i % towns.size());
      drafts.add(one(town, shapes.of(town.code())));
    }
    return drafts;
  }

  /** Town boundaries by code. */
  interface TownShapes {
    Geometry of(String townCode);
  }

  private EnterpriseDraft one(Town town, Geometry shape) {
    Industry industry = pickIndustry();
    String brand = BRANDS[random.nextInt(BRANDS.length)];
    String name =
        "杭州" + brand + industry.word() + SUFFIXES[random.nextInt(SUFFIXES.length)] + "（演示）";
    Coordinate c = pointIn(shape);
    boolean above = random.nextDouble() < 0.3;
    BigDecimal mu =
        BigDecimal.valueOf(above ? 20 + random.nextDouble() * 300 : 2 + random.nextDouble() * 40)
            .setScale(2, RoundingMode.HALF_UP);
    int employees = above ? 80 + random.nextInt(2000) : 5 + random.nextInt(150);
    return new EnterpriseDraft(
        uscc(),
        name,
        SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)],
        "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)),
        industry.code(),
        above,
        town.code(),
        town.name() + "演示路" + (1 + random.nextInt(999)) + "号",
        c.x,
        c.y,
        CoordinateSystem.WGS84,
        mu,
        null,
        employees,
        true);
  }

  private Industry pickIndustry() {
    int r = random.nextInt(totalWeight);
    for (Industry industry : INDUSTRIES) {
      r -= industry.weight();
      if (r < 0) {
        return industry;
      }
    }
    return INDUSTRIES.get(0);
  }

  /** A random point inside the shape, kept off its edge so the town lookup agrees. */
  private Coordinate pointIn(Geometry shape) {
    Geometry inner = shape.buffer(-0.002);
    Geometry target = inner.isEmpty() ? shape : inner;
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(target);
    Envelope env = target.getEnvelopeInternal();
    for (int attempt = 0; attempt < 10_000; attempt++) {
      double x = env.getMinX() + random.nextDouble() * env.getWidth();
      double y = env.getMinY() + random.nextDouble() * env.getHeight();
      if (prepared.contains(geometry.createPoint(new Coordinate(x, y)))) {
        return new Coordinate(Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6);
      }
    }
    return target.getInteriorPoint().getCoordinate();
  }

  /** 91 + 330109 + 9-character organisation code (with its GB 11714 check) + check character. */
  String uscc() {
    while (true) {
      StringBuilder org = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        org.append(ORG_CODE_CHARS.charAt(random.nextInt(ORG_CODE_CHARS.length())));
      }
      String orgCode = org.toString() + Uscc.organizationCodeCheck(org.toString());
      String first17 = "91330109" + orgCode;
      String code = first17 + Uscc.checkCharacter(first17);
      if (usedCodes.add(code)) {
        return code;
      }
    }
  }
}
