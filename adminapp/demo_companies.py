"""Demo companies: realistic English and Chinese names of Shanghai AI start-ups, contacts and
valid, unique Unified Social Credit Codes (used by adminapp.demo)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from adminapp.credit_code import check_character


@dataclass
class Names:
    """Everything that must be unique across towers."""

    companies: set = field(default_factory=set)
    codes: set = field(default_factory=set)


_SURNAMES = [
    tuple(p.split(":"))
    for p in (
        "王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu "
        "孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 何:he 林:lin 罗:luo 高:gao 郑:zheng 梁:liang 谢:xie "
        "宋:song 唐:tang 韩:han 冯:feng 邓:deng 曹:cao 彭:peng 曾:zeng 沈:shen 陆:lu 顾:gu 蒋:jiang"
    ).split()
]
_GIVEN = [
    tuple(p.split(":"))
    for p in (
        "伟:wei 芳:fang 娜:na 敏:min 静:jing 磊:lei 洋:yang 艳:yan 勇:yong 军:jun 杰:jie 涛:tao "
        "明:ming 超:chao 霞:xia 平:ping 婷:ting 宇:yu 浩:hao 晨:chen 欣:xin 怡:yi 然:ran 子:zi "
        "轩:xuan 思:si 雨:yu 嘉:jia 博:bo 睿:rui 昊:hao 琳:lin 悦:yue 天:tian 佳:jia 俊:jun 鑫:xin"
    ).split()
]
_BRAND_A = [
    tuple(p.split(":"))
    for p in (
        "深度:Deep 星河:Star 新元:Nova 天枢:Sky 启明:Dawn 灵犀:Lynx 极光:Aurora 万象:Omni "
        "澄江:Clear 墨子:Mozi 新桥:Bridge 曜石:Onyx 远山:Ridge 北辰:Polar 青藤:Ivy 蓝海:Blue "
        "明眸:Bright 无界:Open 光年:Lumen 量子:Quanta 远望:Vista 思源:Source 知微:Zhiwei "
        "青松:Pine 长风:Wind 焰火:Blaze 晨曦:Sol 睿思:Sage 岩芯:Core 巧工:Craft 心流:Flow "
        "飞鸿:Swan 云帆:Sail 鲸落:Whale 磐石:Rock 织女:Vega 阡陌:Field 玄武:Basalt 白泽:Ze 朱雀:Phoenix"
    ).split()
]
_BRAND_B = [
    tuple(p.split(":"))
    for p in (
        "智联:Link 心智:Mind 织梦:Loom 匠心:Forge 波澜:Wave 探微:Probe 华章:Verse 智行:Go "
        "数算:Sum 视界:View 之光:Light 矩阵:Matrix 灵动:Flux 方舟:Ark 星辰:Stellar 格物:Logic "
        "未来:Next 洞见:Insight 脉搏:Pulse 基石:Base 引擎:Engine 灯塔:Beacon 棱镜:Prism "
        "纵横:Span 识途:Scout 智库:Hub 语言:Lingo 神经:Neuro 涌现:Emerge 无限:Infinity"
    ).split()
]
_TRADES = {
    "base_technology": (
        ("智能科技", "AI"),
        ("人工智能科技", "Intelligence"),
        ("大模型科技", "Models"),
    ),
    "application_development": (
        ("信息技术", "Software"),
        ("网络科技", "Apps"),
        ("软件科技", "Labs"),
    ),
    "scene_design": (("数字科技", "Digital"), ("视觉科技", "Vision"), ("机器人科技", "Robotics")),
    "compute_support": (("算力科技", "Compute"), ("智算科技", "Cloud"), ("数据科技", "Data")),
    "product_marketing": (
        ("营销科技", "Growth"),
        ("文化传媒", "Media"),
        ("互动科技", "Interactive"),
    ),
}
_SEGMENT_WEIGHTS = (22, 30, 18, 12, 18)
# City of registration: Chinese name, English name, administrative-division codes.
_CITIES = (
    ("上海", "Shanghai", ("310104", "310104", "310000", "310115", "310112", "310106", "310110")),
    ("北京", "Beijing", ("110108", "110105")),
    ("杭州", "Hangzhou", ("330106", "330108")),
    ("深圳", "Shenzhen", ("440305", "440304")),
    ("苏州", "Suzhou", ("320594",)),
    ("南京", "Nanjing", ("320106",)),
    ("合肥", "Hefei", ("340104",)),
    ("成都", "Chengdu", ("510107",)),
    ("武汉", "Wuhan", ("420111",)),
    ("广州", "Guangzhou", ("440106",)),
)
_CITY_WEIGHTS = (85, 4, 3, 2, 1, 1, 1, 1, 1, 1)
_ORG_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # the credit-code charset
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_STAGES = ("seed", "angel", "series_a", "series_b", "series_c_plus", "listed")
_STAGE_WEIGHTS = (25, 25, 24, 13, 8, 5)


def _org_code(rng: random.Random) -> str:
    """A 9-character organisation code (GB 11714) with its own check character."""
    body = "MA" + "".join(rng.choice(_ORG_CODE_CHARS) for _ in range(6))
    total = sum(int(c, 36) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return body + ("X" if check == 10 else "0" if check == 11 else str(check))


def make_company(rng: random.Random, names: Names) -> dict:
    """A company row (no dates yet) with a unique name pair and credit code."""
    segment = rng.choices(tuple(_TRADES), weights=_SEGMENT_WEIGHTS)[0]
    for attempt in range(40):
        city = rng.choices(_CITIES, weights=_CITY_WEIGHTS)[0]
        a, b = rng.choice(_BRAND_A), rng.choice(_BRAND_B)
        trade = rng.choice(_TRADES[segment])
        key = (city[0], a[0], b[0], trade[0])
        if (*key, 1) not in names.companies or attempt == 39:
            break
    n = 1
    while (*key, n) in names.companies:
        n += 1
    names.companies.add((*key, n))
    number = f"{n}号" if n > 1 else ""
    name_zh = f"{city[0]}{a[0]}{b[0]}{number}{trade[0]}有限公司"
    name_en = f"{a[1]}{b[1]} {trade[1]}" + (f" {n}" if n > 1 else "")
    if city[1] != "Shanghai":
        name_en += f" ({city[1]})"
    while True:
        first17 = "91" + rng.choice(city[2]) + _org_code(rng)
        code = first17 + check_character(first17)
        if code not in names.codes:
            names.codes.add(code)
            break
    surname, given = rng.choice(_SURNAMES), rng.sample(_GIVEN, rng.choice((1, 2, 2)))
    given_zh, given_py = "".join(g[0] for g in given), "".join(g[1] for g in given)
    domain = f"{(a[1] + b[1]).lower()}.{rng.choice(('com', 'cn', 'ai', 'com.cn'))}"
    return {
        "name_en": name_en,
        "name_zh": name_zh,
        "credit_code": code,
        "segment": segment,
        "stage": rng.choices(_STAGES, weights=_STAGE_WEIGHTS)[0],
        "contact_name": surname[0] + given_zh,
        "contact_phone": "1" + rng.choice("35789") + "".join(rng.choices("0123456789", k=9)),
        "contact_email": f"{given_py}.{surname[1]}@{domain}",
        "admitted_on": None,
        "graduated_on": None,
        "version": 1,
    }
