package org.wastetrail.jobs.generate;

import static org.wastetrail.jobs.generate.WasteCategory.BATTERIES;
import static org.wastetrail.jobs.generate.WasteCategory.CLINICAL;
import static org.wastetrail.jobs.generate.WasteCategory.E_WASTE;
import static org.wastetrail.jobs.generate.WasteCategory.HAZARDOUS_CHEMICALS;
import static org.wastetrail.jobs.generate.WasteCategory.HOUSEHOLD_MIXED;
import static org.wastetrail.jobs.generate.WasteCategory.METAL_SCRAP;
import static org.wastetrail.jobs.generate.WasteCategory.ODS_HFC;
import static org.wastetrail.jobs.generate.WasteCategory.PAPER;
import static org.wastetrail.jobs.generate.WasteCategory.PLASTIC;
import static org.wastetrail.jobs.generate.WasteCategory.RUBBER_TYRES;
import static org.wastetrail.jobs.generate.WasteCategory.SLAG_RESIDUES;
import static org.wastetrail.jobs.generate.WasteCategory.TEXTILES;

import java.util.ArrayList;
import java.util.List;

/**
 * The trade lanes of the base world, weighted as the trade ran (DOMAIN.md): rich countries to China and Hong Kong until
 * the 2018 ban, then plastic diverted to South-East Asia and Turkey, often via transit hubs; Europe to West Africa for
 * e-waste passed off as used goods; ferrous scrap to Turkey and South Asia throughout.
 */
final class Routes {

  static final List<Route> BASE = table();

  private Routes() {}

  private static List<Route> table() {
    Table t = new Table();
    t.stream(PLASTIC, 1.0, 0.0)
        .add("US-CN", 20, 0.5, 0).add("US-HK-CN", 2, 0, 0).add("JP-CN", 10, 0.3, 0).add("DE-CN", 8, 0.2, 0)
        .add("GB-CN", 6, 0.2, 0).add("NL-CN", 5, 0.2, 0).add("KR-CN", 4, 0.2, 0)
        .add("US-HK", 12, 3, 0.5).add("JP-HK", 8, 2, 0.5).add("GB-HK", 6, 1, 0.3);
    t.stream(PLASTIC, 1.2, 0.06, Cover.RAW_MATERIALS)
        .add("US-MY", 2, 12, 6).add("GB-MY", 2, 8, 5).add("DE-MY", 1.5, 8, 5).add("JP-MY", 1, 6, 4)
        .add("NL-SG-MY", 0.5, 4, 3).add("FR-MY", 0.5, 3, 2).add("IE-MY", 0.3, 1.5, 1).add("CA-MY", 0.5, 2, 1.5)
        .add("US-TH", 1, 8, 3).add("JP-TH", 1, 6, 3).add("US-VN", 1, 8, 5).add("JP-VN", 1.5, 5, 4)
        .add("KR-VN", 1, 3, 3).add("US-ID", 0.5, 5, 3).add("GB-IN", 1, 3, 3).add("US-IN", 1, 3, 3);
    t.stream(PLASTIC, 1.4, 0.1, Cover.RAW_MATERIALS)
        .add("GB-MY-TH", 0.3, 3, 1.5).add("DE-MY-VN", 0.3, 2, 2).add("GB-SG-ID", 0.3, 3, 2)
        .add("DE-AE-IN", 0.3, 1, 1.5);
    t.stream(PLASTIC, 1.1, 0.03, Cover.RAW_MATERIALS)
        .add("DE-TR", 1, 6, 10).add("GB-TR", 0.8, 5, 8).add("IT-TR", 0.5, 3, 5).add("NL-TR", 0.5, 3, 5)
        .add("BE-TR", 0.5, 2, 4).add("FR-TR", 0.3, 2, 3);
    t.stream(METAL_SCRAP, 0.6, 0.0)
        .add("NL-TR", 8, 9, 10).add("GB-TR", 6, 7, 8).add("DE-TR", 5, 6, 7).add("BE-TR", 3, 4, 5)
        .add("US-TR", 4, 5, 6).add("FR-TR", 2, 3, 3).add("ES-TR", 1, 1.5, 2).add("PT-TR", 0.5, 0.7, 1)
        .add("IE-TR", 0.3, 0.5, 0.6).add("PL-TR", 0.3, 0.5, 0.8).add("JP-KR", 4, 4, 4).add("US-KR", 2, 2, 2);
    t.stream(METAL_SCRAP, 0.8, 0.0)
        .add("US-IN", 4, 5, 6).add("GB-IN", 2, 3, 3.5).add("US-PK", 2, 2.5, 3).add("GB-PK", 1.5, 2, 2)
        .add("US-CN", 8, 4, 1).add("JP-CN", 6, 3, 1).add("US-HK", 3, 2, 1).add("US-VN", 2, 3, 4)
        .add("JP-VN", 1, 2, 3).add("US-MY", 1, 1.5, 2);
    t.stream(METAL_SCRAP, 1.0, 0.0).add("AE-IN", 2, 2.5, 3);
    t.stream(PAPER, 0.7, 0.0)
        .add("US-CN", 18, 6, 0).add("GB-CN", 4, 1, 0).add("NL-CN", 3, 1, 0).add("JP-CN", 3, 1, 0)
        .add("US-IN", 3, 6, 6).add("GB-IN", 1, 2, 2).add("NL-IN", 1, 2, 2).add("CA-IN", 0.5, 1, 1)
        .add("US-ID", 1, 3, 3).add("US-VN", 1, 3, 3).add("US-TH", 1, 2, 2).add("US-MY", 0.5, 1.5, 1.5)
        .add("JP-VN", 0.5, 1.5, 2).add("JP-TH", 0.5, 1, 1).add("DE-TR", 0.5, 1, 1.5).add("GB-TR", 0.3, 1, 1);
    t.stream(TEXTILES, 0.8, 0.0)
        .add("GB-GH", 3, 3.5, 4).add("NL-GH", 1.5, 2, 2).add("DE-GH", 1.5, 2, 2).add("BE-GH", 1.5, 2, 2.5)
        .add("US-GH", 1, 1, 1.2).add("GB-KE", 2, 2.5, 3).add("US-KE", 1, 1.5, 2).add("DE-AE-KE", 0.5, 1, 1.2)
        .add("GB-PK", 1.5, 2, 2).add("US-PK", 1, 1.5, 1.5).add("US-IN", 1, 1, 1).add("US-AE", 0.5, 1, 1)
        .add("BE-BJ", 0.5, 0.7, 0.8).add("FR-CI", 0.5, 0.7, 0.8).add("IT-TG", 0.3, 0.5, 0.6)
        .add("NL-NG", 0.5, 0.6, 0.7);
    t.stream(E_WASTE, 1.2, 0.15, Cover.USED_GOODS, Cover.MACHINERY, Cover.METAL)
        .add("DE-NG", 2, 2, 2).add("BE-NG", 2, 2, 2).add("NL-NG", 1.5, 1.5, 1.5).add("GB-NG", 2, 2, 2)
        .add("IT-NG", 0.7, 0.7, 0.7).add("NL-ES-NG", 0.5, 0.5, 0.5).add("GB-GH", 1.5, 1.5, 1.5)
        .add("NL-GH", 0.8, 0.8, 0.8).add("DE-GH", 0.8, 0.8, 0.8).add("ES-TG", 0.4, 0.5, 0.5)
        .add("FR-BJ", 0.4, 0.5, 0.5).add("FR-CI", 0.4, 0.5, 0.5);
    t.stream(E_WASTE, 1.2, 0.12, Cover.METAL, Cover.MACHINERY)
        .add("US-HK", 4, 2, 1).add("US-HK-VN", 0.5, 1.5, 1).add("US-MY", 0.5, 1.5, 1).add("US-TH", 0.2, 1.5, 0.8)
        .add("JP-HK", 2, 1, 0.5).add("JP-PH", 0.5, 0.5, 0.5).add("KR-VN", 0.5, 0.8, 0.8)
        .add("GB-PK", 0.5, 0.6, 0.6).add("US-AE-IN", 0.3, 0.5, 0.6).add("AE-PK", 0.5, 0.5, 0.5);
    t.stream(RUBBER_TYRES, 0.9, 0.0)
        .add("GB-IN", 1, 3, 4).add("IT-IN", 0.5, 1.5, 2).add("NL-IN", 0.5, 1, 1.5).add("DE-IN", 0.3, 0.8, 1)
        .add("GB-MY", 0.5, 1, 1).add("JP-VN", 0.5, 0.8, 0.8).add("US-VN", 0.3, 0.5, 0.5);
    t.stream(BATTERIES, 1.3, 0.15, Cover.METAL)
        .add("US-IN", 0.5, 0.8, 1).add("BE-NG", 0.4, 0.5, 0.5).add("KR-VN", 0.3, 0.5, 0.6)
        .add("US-MY", 0.3, 0.5, 0.5).add("NL-GH", 0.2, 0.3, 0.3);
    t.stream(SLAG_RESIDUES, 1.0, 0.05, Cover.RAW_MATERIALS)
        .add("IT-TR", 0.5, 0.6, 0.7).add("ES-TR", 0.4, 0.5, 0.6).add("JP-KR", 0.5, 0.5, 0.5)
        .add("US-IN", 0.3, 0.3, 0.3).add("DE-TR", 0.3, 0.3, 0.4);
    t.stream(ODS_HFC, 1.4, 0.15, Cover.MACHINERY, Cover.USED_GOODS)
        .add("CN-PL", 0.2, 0.5, 0.8).add("CN-IN", 0.5, 0.5, 0.4).add("CN-PH", 0.3, 0.3, 0.3)
        .add("CN-NG", 0.2, 0.3, 0.3).add("BE-GH", 0.4, 0.4, 0.4).add("NL-NG", 0.3, 0.3, 0.3)
        .add("GB-NG", 0.3, 0.3, 0.3).add("DE-GH", 0.2, 0.2, 0.2);
    t.stream(HOUSEHOLD_MIXED, 1.5, 0.5, Cover.PLASTIC_SCRAP, Cover.PAPER)
        .add("CA-PH", 0.3, 0.3, 0.1).add("GB-MY", 0.2, 0.5, 0.3).add("GB-TR", 0.1, 0.3, 0.4);
    t.stream(HAZARDOUS_CHEMICALS, 1.2, 0.0)
        .add("NL-NG", 0.3, 0.3, 0.3).add("BE-CI", 0.2, 0.3, 0.3).add("GB-PK", 0.2, 0.2, 0.2)
        .add("US-IN", 0.2, 0.3, 0.3);
    t.stream(CLINICAL, 1.5, 0.0).add("US-IN", 0.05, 0.05, 0.05).add("GB-PK", 0.05, 0.05, 0.05);
    return List.copyOf(t.routes);
  }

  /** Builds the table one waste stream at a time: the stream's risk and cover apply to the lanes added after it. */
  private static final class Table {
    private final List<Route> routes = new ArrayList<>();
    private WasteCategory category;
    private double risk;
    private double coverProbability;
    private Cover[] covers;

    Table stream(WasteCategory category, double risk, double coverProbability, Cover... covers) {
      this.category = category;
      this.risk = risk;
      this.coverProbability = coverProbability;
      this.covers = covers;
      return this;
    }

    Table add(String path, double before2018, double from2018, double from2021) {
      routes.add(
          new Route(path, category, new double[] {before2018, from2018, from2021}, risk, coverProbability, covers));
      return this;
    }
  }
}
