"""The demo centre's consultation desk: its consultants, room names and the words staff use
(notes, cancellation and rescheduling reasons, prospective companies), and the public
holidays the desk closes for (used by :mod:`adminapp.demo_consultations`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

T = dt.time


@dataclass(frozen=True)
class ConsultantSpec:
    name_en: str
    name_zh: str
    topics: tuple[str, ...]
    platform: str
    internal: bool
    buffer: int  # minutes kept free between two sessions
    hours: tuple[tuple[str, dt.time, dt.time], ...]  # (weekday digits, from, to)
    email: str


_DAY = (("01234", T(9), T(12)), ("01234", T(13, 30), T(17, 30)))  # with a lunch break
CONSULTANTS = (
    ConsultantSpec("Zhou Min", "周敏", ("policy", "financing"), "comprehensive", True, 15,
                   _DAY, "zhou.min@westbund-ai.cn"),
    ConsultantSpec("Huang Lei", "黄磊", ("policy",), "comprehensive", True, 10,
                   (("01234", T(9), T(17, 30)),), "huang.lei@westbund-ai.cn"),
    ConsultantSpec("Sun Yue", "孙悦", ("financing", "market"), "financial", True, 15,
                   (("0123", T(9, 30), T(17, 30)),), "sun.yue@westbund-ai.cn"),
    ConsultantSpec("Michael Chen", "陈迈克", ("financing",), "financial", False, 30,
                   (("13", T(14), T(18)),), "michael.chen@harbourpeak-vc.com"),
    ConsultantSpec("Lin Xiaoyu", "林晓雨", ("legal_ip",), "comprehensive", True, 15,
                   (("024", T(9), T(17)),), "lin.xiaoyu@westbund-ai.cn"),
    ConsultantSpec("Sarah Whitfield", "惠莎拉", ("legal_ip",), "comprehensive", False, 30,
                   (("13", T(10), T(16)),), "s.whitfield@kingsley-ip.com"),
    ConsultantSpec("Gao Peng", "高鹏", ("compute",), "compute", True, 0,
                   (("01234", T(9), T(18)),), "gao.peng@westbund-ai.cn"),
    ConsultantSpec("Xu Jing", "徐静", ("compute", "policy"), "compute", True, 10,
                   (("01234", T(9), T(12)), ("01234", T(13), T(17))), "xu.jing@westbund-ai.cn"),
    ConsultantSpec("Ravi Menon", "拉维·梅农", ("compute",), "evaluation", False, 20,
                   (("234", T(10), T(16)),), "ravi.menon@benchlab.ai"),
    ConsultantSpec("Ma Lina", "马丽娜", ("talent",), "comprehensive", True, 5,
                   (("01234", T(9, 30), T(17)),), "ma.lina@westbund-ai.cn"),
    ConsultantSpec("Tang Hao", "唐浩", ("talent", "policy"), "comprehensive", False, 15,
                   (("02", T(13), T(17, 30)),), "tang.hao@wbtalenthub.cn"),
    ConsultantSpec("Emily Zhang", "张艾米", ("market",), "comprehensive", False, 20,
                   (("123", T(9, 30), T(16, 30)), ("5", T(9, 30), T(12, 30))),
                   "emily.zhang@gtm-partners.com"),
    ConsultantSpec("Qian Wei", "钱伟", ("market", "financing"), "financial", True, 10,
                   (("01234", T(9), T(17, 30)),), "qian.wei@westbund-ai.cn"),
    ConsultantSpec("He Ying", "何颖", ("policy", "legal_ip"), "open_data", True, 15,
                   _DAY, "he.ying@westbund-ai.cn"),
    ConsultantSpec("Daniel Koh", "许丹尼", ("compute", "market"), "evaluation", False, 25,
                   (("04", T(9), T(12, 30)),), "daniel.koh@evalworks.sg"),
)  # fmt: skip

# Meeting rooms, by the order of their units (lowest floor first): names and opening hours.
ROOM_NAMES = (
    "Huangpu", "Longhua", "Xuhui", "Binjiang", "Wusong", "Fenglin", "Dianshan", "Sheshan",
    "Jinshan", "Chongming", "Zhujiajiao", "Qibao",
)  # fmt: skip
ROOM_HOURS = (  # (opens, closes, open days), cycled
    (T(8), T(21), "012345"),
    (T(8, 30), T(20), "01234"),
    (T(8, 30), T(20), "01234"),
    (T(9), T(18), "01234"),
)
CLOSURE_REASON = "Video-conference system being replaced"

# How often each topic is asked about (policy applications lead).
TOPIC_WEIGHTS = {
    "policy": 28, "financing": 22, "compute": 18, "legal_ip": 12, "talent": 10, "market": 10,
}  # fmt: skip
DURATIONS = ((30, 15), (45, 10), (60, 45), (90, 20), (120, 10))  # (minutes, weight)

NOTES = {
    "policy": (
        "Compute rental subsidy: eligibility and the January window",
        "Relocation reward: documents needed",
        "Model-use voucher: contract terms that qualify",
        "Which of the 18 policies fit a seed-stage company",
        "Data voucher application, second round",
    ),
    "financing": (
        "Series A preparation: data room checklist",
        "Introduction to the centre's fund network",
        "Interest subsidy on a bank loan for GPUs",
        "Term sheet questions",
        "Bridge financing options",
    ),
    "legal_ip": (
        "Patent filing for a training method",
        "Open-source licence of the base model",
        "Generative AI service filing (算法备案)",
        "Data compliance for cross-border transfer",
        "Employee IP assignment clauses",
    ),
    "compute": (
        "GPU-hour voucher: sizing the request",
        "Moving training jobs to the centre's cluster",
        "Inference cost review",
        "Evaluation service for a new model release",
        "Reserved capacity for Q3 fine-tuning",
    ),
    "talent": (
        "Hiring two ML engineers through the talent hub",
        "Talent apartment application",
        "Visa support for an overseas researcher",
        "Internship programme with local universities",
    ),
    "market": (
        "Go-to-market for an enterprise agent product",
        "Pilot customers in finance",
        "Pricing of an API offering",
        "Exhibition at the World AI Conference",
    ),
}
CANCEL_REASONS = (
    "The company asked to cancel: founders travelling",
    "Question answered by email instead",
    "Consultant unwell",
    "Application window postponed; session no longer needed",
    "Duplicate booking",
    "Clashed with an investor meeting",
    "The prospective company decided not to apply",
    "Typhoon warning: visitors asked to stay home",
    "Company will book again after its board meeting",
)
RESCHEDULE_REASONS = (
    "Company asked for a later date",
    "Consultant's schedule changed",
    "Moved so the CTO can attend",
    "Earlier slot became free",
    "",
)
PROSPECTS = (
    "Hengyu Robotics", "Qingyun Speech AI", "Lumos Vision Labs", "Moyu Data Co.",
    "Tianji Agents", "Xinghe Medical AI", "Baiyun Embodied Intelligence", "Nanhu Chip Design",
    "Orbit Legal AI", "Yiming EduTech", "Kunlun Geo-Models", "Shuimu Translation AI",
    "Fangzhou Fintech Models", "Jingwei Drone AI", "Sanqing Retail Insights",
    "Aster Bio-Models", "Hexa Compute Cloud", "Pinecone Voice", "Luming Autonomous Driving",
    "Zhixin Knowledge Graphs",
)  # fmt: skip

# The first day of the Spring Festival (Chinese New Year) by year; the desk closes that week.
_SPRING_FESTIVAL = {
    2023: dt.date(2023, 1, 22), 2024: dt.date(2024, 2, 10), 2025: dt.date(2025, 1, 29),
    2026: dt.date(2026, 2, 17), 2027: dt.date(2027, 2, 6), 2028: dt.date(2028, 1, 26),
    2029: dt.date(2029, 2, 13), 2030: dt.date(2030, 2, 3), 2031: dt.date(2031, 1, 23),
}  # fmt: skip


def is_holiday(day: dt.date) -> bool:
    """New Year's Day, the Spring Festival week, Labour Day (1-5 May), National Day (1-7 Oct)."""
    if (day.month, day.day) == (1, 1):
        return True
    if day.month == 5 and day.day <= 5 or day.month == 10 and day.day <= 7:
        return True
    eve = _SPRING_FESTIVAL.get(day.year)
    return eve is not None and -1 <= (day - eve).days <= 6
