package org.gridlink.grids;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridlink.workers.WorkerDraft;
import org.gridlink.workers.WorkerRole;

/** Names, offices and the "1+1+N+N" worker teams of the demo city. */
final class DemoNames {
  /** GB/T 2260 codes and names of Nanjing districts; the first contains the centre. */
  static final String[][] DISTRICTS = {
    {"320102", "玄武区"}, {"320104", "秦淮区"}, {"320105", "建邺区"}, {"320106", "鼓楼区"},
    {"320111", "浦口区"}, {"320113", "栖霞区"}, {"320114", "雨花台区"}, {"320115", "江宁区"}
  };

  private static final String[] WORDS = {
    "梅园", "新街", "玄武", "孝陵", "锁金", "红山", "湖南", "中央", "宁海", "华侨", "江东", "热河",
    "挹江", "幕府", "建宁", "小市", "宝塔", "燕子", "迈皋", "尧化", "仙林", "马群", "麒麟", "秣陵",
    "东山", "淳化", "汤山", "雨花", "铁心", "西善", "板桥", "梅山", "沙洲", "兴隆", "南苑", "双闸",
    "莫愁", "朝天", "夫子", "中华", "五老", "洪武", "大光", "瑞金", "月牙", "光华", "秦虹", "红花",
    "夹江", "滨江", "凤凰", "清凉", "石城", "龙江", "定淮", "汉中", "虎踞", "古林", "金川", "长江"
  };
  private static final String[] SUFFIXES = {
    "新村", "花园", "苑", "里", "路", "西", "东", "北", "南", "门", "桥", "坊", "岗", "营"
  };
  private static final String[] INSTITUTIONS = {"科技园", "大学", "中学", "医院", "产业园", "商务区"};
  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"
  };
  private static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞",
    "平", "刚", "桂英", "建华", "玉兰"
  };
  private static final String DUTIES_WORKER = "人口信息采集、矛盾纠纷排查、安全隐患巡查、政策宣传、便民代办";
  private static final String DUTIES_CHIEF = "统筹网格工作、重大事项协调、群众诉求督办";
  private static final String DUTIES_INFORMANT = "楼栋信息报送、邻里互助";
  private static final String HOURS = "周一至周五 8:30-17:30";

  private DemoNames() {}

  static String street(int district, int street) {
    return WORDS[(district * 13 + street * 7) % WORDS.length] + "街道";
  }

  static String communityStem(int district, int street, int community) {
    return WORDS[(district * 5 + street * 3 + community * 11) % WORDS.length]
        + SUFFIXES[(street + community) % SUFFIXES.length];
  }

  static String gridName(String communityStem, int grid, boolean dedicated) {
    return dedicated
        ? communityStem + INSTITUTIONS[grid % INSTITUTIONS.length] + "专属网格"
        : communityStem + "社区第" + (grid + 1) + "网格";
  }

  /** Per community a chief and a manager; per grid a full-time worker and a part-time informant. */
  static List<WorkerDraft> workers(List<GridFeature> grids, long seed) {
    Random random = new Random(seed);
    List<WorkerDraft> out = new ArrayList<>();
    String community = null;
    List<String> communityGrids = new ArrayList<>();
    for (int i = 0; i <= grids.size(); i++) {
      GridFeature g = i < grids.size() ? grids.get(i) : null;
      if (community != null && (g == null || !g.communityCode().equals(community))) {
        List<String> codes = List.copyOf(communityGrids);
        out.add(draft(random, WorkerRole.GRID_CHIEF, true, DUTIES_CHIEF, codes));
        out.add(draft(random, WorkerRole.GRID_MANAGER, true, DUTIES_CHIEF, codes));
        communityGrids.clear();
      }
      if (g == null) {
        break;
      }
      community = g.communityCode();
      communityGrids.add(g.code());
      out.add(draft(random, WorkerRole.GRID_WORKER, true, DUTIES_WORKER, List.of(g.code())));
      out.add(draft(random, WorkerRole.GRID_INFORMANT, false, DUTIES_INFORMANT, List.of(g.code())));
    }
    return out;
  }

  private static WorkerDraft draft(
      Random random, WorkerRole role, boolean fullTime, String duties, List<String> grids) {
    String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    return new WorkerDraft(
        name,
        role,
        fullTime,
        null,
        String.format("025-8%07d", random.nextInt(10_000_000)),
        String.format("139%08d", random.nextInt(100_000_000)),
        duties,
        HOURS,
        random.nextInt(10) > 0,
        grids);
  }
}
