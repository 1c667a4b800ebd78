"""The demo centre's 18 support programmes and its compute providers (used by demo_financing).

Modelled on the centre's real policies (``shared/CENTRE.md``): compute rental subsidy up to 30 %
of the cost (100 % for a year for small early-stage firms), model-use vouchers up to 50 % capped
at ¥5M, data/corpus vouchers up to 30 % capped at ¥5M, compute vouchers capped per company per
year, a one-off relocation reward up to ¥5M, support up to ¥10M per company per year, rounds in
January windows (8-24 January). Where the public record gives no figure (budgets, other caps,
rubrics, documents) the figures are plausible inventions, and so are the provider names.

Each spec also says how the demo applies to it: how many applications a year, the range of the
eligible cost, which companies tend to apply, purposes and tranche milestones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# Compute providers the compute vouchers are used with (English name, code for references).
COMPUTE_PROVIDERS = (
    ("West Bund Intelligent Computing Centre", "WBIC"),
    ("Lingang AI Computing Centre", "LGAI"),
    ("Songjiang G60 Computing Hub", "G60C"),
    ("Minhang Zizhu Cloud Compute", "ZZCC"),
    ("Yangtze Delta Hub, Wuhu Cluster", "WHDC"),
)

ALL_SEGMENTS = ()
EARLY = ("seed", "angel")
GROWING = ("angel", "series_a", "series_b")
LATER = ("series_a", "series_b", "series_c_plus", "listed")


@dataclass(frozen=True)
class ProgrammeSpec:
    name_en: str
    name_zh: str
    kind: str
    platform: str
    unit: str
    budgets: tuple[int, int]  # last year, this year (in ``unit``)
    cap_company: int | None  # per company per year
    cap_percent: int | None  # of the eligible cost
    windows: str  # a key of WINDOWS
    requires_lease: bool
    min_months: int
    segments: tuple[str, ...]
    documents: tuple[str, ...]
    criteria: tuple[tuple[str, int], ...]
    description: str
    # How the demo uses it.
    applications: tuple[int, int]  # a year, when every window of the year has passed
    cost: tuple[int, int]  # eligible cost, lowest and highest (in ``unit``)
    purposes: tuple[str, ...]
    milestones: tuple[str, ...]  # up to three tranches
    stages: tuple[str, ...] = ()  # company stages that apply (empty: any)
    award: int | None = None  # a fixed award: the amount requested


def _d(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, day)


# Application windows of a year, half-open [opens, closes): "8-24 January" is (1/8, 1/25).
WINDOWS = {
    "january": lambda y: [(_d(y, 1, 8), _d(y, 1, 25))],
    "two_rounds": lambda y: [(_d(y, 1, 8), _d(y, 1, 25)), (_d(y, 7, 8), _d(y, 7, 25))],
    "spring_autumn": lambda y: [(_d(y, 3, 1), _d(y, 4, 1)), (_d(y, 9, 1), _d(y, 10, 1))],
    "quarterly": lambda y: [
        (_d(y, 1, 8), _d(y, 2, 1)),
        (_d(y, 4, 1), _d(y, 5, 1)),
        (_d(y, 7, 1), _d(y, 8, 1)),
        (_d(y, 10, 8), _d(y, 11, 1)),
    ],
    "rolling": lambda y: [(_d(y, 1, 2), _d(y, 12, 21))],
}

LICENCE = "Business licence"
LEASE = "Lease agreement"
PLAN = "Project plan"
INVOICES = "Invoices and payment records"
ACCOUNTS = "Audited financial statements"

M = 1_000_000
K = 1_000

PROGRAMMES: tuple[ProgrammeSpec, ...] = (
    # --- compute allocation (算力调度)
    ProgrammeSpec(
        "Compute Rental Subsidy", "算力租赁补贴", "subsidy", "compute", "CNY",
        (20 * M, 24 * M), 5 * M, 30, "two_rounds", True, 0, ALL_SEGMENTS,
        (LICENCE, "Compute rental contract", INVOICES),
        (("Technical merit", 3), ("Compute plan", 3), ("Commercial progress", 2), ("Team", 2)),
        "Up to 30% of GPU rental paid to qualified providers, at most ¥5M per company a year.",
        (18, 18), (1 * M, 16 * M),
        ("GPU rental for pre-training a bilingual base model",
         "Inference cluster rental for a customer-service model in production",
         "Fine-tuning runs for an industry model (finance, healthcare)",
         "Rental of H800-class servers for multimodal training"),
        ("Rental contract verified", "Mid-year usage report", "Annual usage audit"),
    ),
    ProgrammeSpec(
        "Start-up Compute Support", "初创企业算力全额补贴", "subsidy", "compute", "CNY",
        (5 * M, 5 * M), 1 * M, 100, "rolling", True, 0,
        ("base_technology", "application_development", "scene_design"),
        (LICENCE, "Compute rental contract"),
        (("Technical merit", 4), ("Team", 3), ("Growth potential", 3)),
        "Small early-stage firms (seed and angel): up to 100% of compute rental for their first "
        "year in the centre, at most ¥1M.",
        (9, 10), (150 * K, 1_400 * K),
        ("First-year GPU rental for a prototype model",
         "Cloud GPU hours for the first product release",
         "Compute for a proof of concept with a pilot customer"),
        ("Rental contract verified", "Six-month usage report"),
        stages=EARLY,
    ),
    ProgrammeSpec(
        "Compute Voucher (GPU-hours)", "算力券（GPU时）", "voucher", "compute", "GPU_HOURS",
        (320 * K, 360 * K), 60 * K, 50, "quarterly", True, 0, ALL_SEGMENTS,
        (LICENCE, "Compute usage plan"),
        (("Compute plan", 4), ("Technical merit", 3), ("Use of the centre's platforms", 3)),
        "GPU-hours on the centre's partner providers, up to half of the planned hours, at most "
        "60,000 GPU-hours per company a year.",
        (16, 16), (20 * K, 140 * K),
        ("Fine-tuning and evaluation runs", "Inference capacity for a public beta",
         "Training a domain model on licensed corpora", "Distillation of a 7B model"),
        ("Voucher agreement signed with the provider", "Mid-term usage report accepted"),
    ),
    ProgrammeSpec(
        "Large-Model Training Compute Voucher", "大模型训练算力券", "voucher", "compute",
        "GPU_HOURS", (600 * K, 500 * K), 200 * K, 50, "two_rounds", True, 3,
        ("base_technology",),
        (LICENCE, "Compute usage plan", "Model technical report"),
        (("Model ambition", 4), ("Technical merit", 3), ("Team", 3)),
        "GPU-hours for training foundation models (base technology companies), up to half of "
        "the planned hours, at most 200,000 GPU-hours per company a year.",
        (7, 7), (100 * K, 600 * K),
        ("Pre-training a 70B bilingual model", "Continued pre-training on code and mathematics",
         "Training a video generation model", "RLHF and alignment runs for a 30B model"),
        ("Voucher agreement signed with the provider", "Mid-term usage report accepted"),
    ),
    ProgrammeSpec(
        "Model-Use Voucher", "模型券", "voucher", "compute", "CNY",
        (16 * M, 18 * M), 5 * M, 50, "quarterly", True, 0,
        ("application_development", "scene_design", "product_marketing"),
        (LICENCE, "Model service contract"),
        (("Application value", 4), ("Technical merit", 3), ("Commercial progress", 3)),
        "Up to 50% of a contract for using registered foundation models (API calls, private "
        "deployment), at most ¥5M per company a year.",
        (14, 15), (400 * K, 9 * M),
        ("Foundation-model API calls for a legal assistant",
         "Private deployment of a licensed model for a bank customer",
         "Model calls for an e-commerce marketing copy generator",
         "Speech and vision model services for a smart-retail product"),
        ("Service contract verified", "Usage statement accepted"),
    ),
    # --- open data (开放数据)
    ProgrammeSpec(
        "Data and Corpus Voucher", "语料券", "voucher", "open_data", "CNY",
        (10 * M, 15 * M), 5 * M, 30, "quarterly", True, 0, ALL_SEGMENTS,
        (LICENCE, "Data purchase contract", "Data source and licensing statement"),
        (("Data quality", 4), ("Compliance", 3), ("Application value", 3)),
        "Up to 30% of the purchase of corpora and datasets from licensed sources, at most ¥5M "
        "per company a year.",
        (12, 13), (500 * K, 12 * M),
        ("Licensed Chinese web corpus for pre-training", "Medical literature corpus",
         "Legal judgments dataset with annotations", "Multilingual speech corpus"),
        ("Data delivered and licence checked", "Usage report accepted"),
    ),
    ProgrammeSpec(
        "Open Data Contribution Grant", "开放数据共享资助", "grant", "open_data", "CNY",
        (4 * M, 4 * M), 800 * K, 50, "spring_autumn", True, 3, ALL_SEGMENTS,
        (LICENCE, "Dataset description", "Data source and licensing statement"),
        (("Dataset value to the community", 4), ("Data quality", 3), ("Compliance", 3)),
        "For companies that publish datasets on the centre's open-data platform: up to 50% of "
        "the cost of preparing them, at most ¥800,000 a year.",
        (6, 6), (200 * K, 1_800 * K),
        ("Publishing a cleaned industrial QA dataset",
         "Open benchmark for Chinese document understanding",
         "Annotated street-scene images for autonomous driving research"),
        ("Dataset published on the platform", "Six-month download report"),
    ),
    ProgrammeSpec(
        "Data Annotation Subsidy", "数据标注补贴", "subsidy", "open_data", "CNY",
        (2_500 * K, 3 * M), 2 * M, 20, "rolling", True, 0, ALL_SEGMENTS,
        (LICENCE, "Annotation service contract"),
        (("Data quality", 4), ("Cost reasonableness", 3), ("Application value", 3)),
        "Up to 20% of annotation and data-cleaning services bought from qualified vendors, at "
        "most ¥2M per company a year.",
        (9, 10), (300 * K, 6 * M),
        ("Annotation of dialogue data for instruction tuning",
         "Cleaning and labelling of medical images",
         "Preference data for reinforcement learning from human feedback"),
        ("Annotation contract verified", "Delivery accepted"),
    ),
    # --- evaluation (评测服务)
    ProgrammeSpec(
        "Model Evaluation Subsidy", "模型评测补贴", "subsidy", "evaluation", "CNY",
        (2_500 * K, 3 * M), 1 * M, 50, "rolling", True, 0, ALL_SEGMENTS,
        (LICENCE, "Evaluation report"),
        (("Evaluation scope", 4), ("Technical merit", 3), ("Follow-up plan", 3)),
        "Up to 50% of evaluations bought on the centre's evaluation platform (capability, "
        "safety, bias), at most ¥1M per company a year.",
        (10, 11), (100 * K, 1_600 * K),
        ("Capability benchmark before a product launch", "Bias and fairness evaluation",
         "Red-team safety evaluation of a chat model"),
        ("Evaluation report delivered",),
    ),
    ProgrammeSpec(
        "Generative AI Filing Award", "生成式人工智能备案奖励", "grant", "evaluation", "CNY",
        (3 * M, 3 * M), 600 * K, None, "rolling", True, 0, ALL_SEGMENTS,
        (LICENCE, "Model filing certificate"),
        (("Completeness of the filing", 5), ("Compliance record", 5)),
        "A ¥300,000 award for each model that completes the national filing for generative AI "
        "services, at most two a year.",
        (7, 8), (300 * K, 2 * M),
        ("Filing of a customer-service chat model", "Filing of a text-to-image service",
         "Filing of a legal question-answering model"),
        ("Filing certificate verified",),
        award=300 * K,
    ),
    ProgrammeSpec(
        "Safety and Alignment Testing Grant", "安全对齐测评资助", "grant", "evaluation", "CNY",
        (2 * M, 2_500 * K), 1_500 * K, 50, "two_rounds", True, 0,
        ("base_technology", "application_development"),
        (LICENCE, "Evaluation service contract"),
        (("Safety relevance", 4), ("Technical merit", 3), ("Team", 3)),
        "Up to 50% of third-party safety, alignment and content-security testing, at most "
        "¥1.5M per company a year.",
        (6, 6), (200 * K, 3 * M),
        ("Jailbreak robustness testing", "Content-security audit before filing",
         "Alignment evaluation of a medical model"),
        ("Test plan agreed", "Final test report accepted"),
    ),
    # --- financial services (金融服务)
    ProgrammeSpec(
        "Loan Interest Subsidy", "贷款贴息", "interest_subsidy", "financial", "CNY",
        (4 * M, 4 * M), 1 * M, 50, "quarterly", True, 3, ALL_SEGMENTS,
        ("Loan contract", "Interest payment statement"),
        (("Use of the loan", 4), ("Financial health", 3), ("Growth", 3)),
        "Half of the interest paid on bank loans for R&D and compute, at most ¥1M per company "
        "a year.",
        (7, 8), (200 * K, 2_400 * K),
        ("Interest on a working-capital loan for GPU purchases",
         "Interest on a technology loan from a partner bank",
         "Interest on a loan for the fit-out of a compute room"),
        ("Interest statement verified",),
        stages=LATER,
    ),
    ProgrammeSpec(
        "IP-Pledge Financing Interest Subsidy", "知识产权质押融资贴息", "interest_subsidy",
        "financial", "CNY", (1_500 * K, 1_500 * K), 500 * K, 60, "rolling", True, 3, ALL_SEGMENTS,
        ("Pledge registration certificate", "Interest payment statement"),
        (("IP quality", 4), ("Use of the loan", 3), ("Financial health", 3)),
        "60% of the interest on loans secured by patents or software copyrights, at most "
        "¥500,000 per company a year.",
        (5, 6), (100 * K, 900 * K),
        ("Interest on a loan secured by model-compression patents",
         "Interest on a loan secured by software copyrights"),
        ("Interest statement verified",),
        stages=GROWING,
    ),
    ProgrammeSpec(
        "West Bund AI Fund Co-investment", "西岸人工智能基金跟投", "equity", "financial", "CNY",
        (40 * M, 50 * M), 10 * M, 20, "rolling", True, 6, ALL_SEGMENTS,
        ("Term sheet", ACCOUNTS, "Business plan"),
        (("Team", 3), ("Technology", 3), ("Market", 2), ("Valuation", 2)),
        "The partner fund co-invests in a priced round alongside a lead investor: up to 20% of "
        "the round, at most ¥10M per company a year.",
        (5, 5), (20 * M, 120 * M),
        ("Series A co-investment alongside a lead VC", "Series B extension",
         "Pre-A round for an agent platform"),
        ("Investment agreement signed", "Registration of the shareholding change"),
        stages=LATER,
    ),
    # --- comprehensive services (综合服务)
    ProgrammeSpec(
        "Rent Support", "房租补贴", "subsidy", "comprehensive", "CNY",
        (6 * M, 6 * M), 1 * M, 50, "quarterly", True, 3, ALL_SEGMENTS,
        (LEASE, "Rent payment records"),
        (("Growth", 4), ("Contribution to the centre", 3), ("Team", 3)),
        "Up to 50% of the rent paid for space in the centre, at most ¥1M per company a year.",
        (16, 17), (200 * K, 2_400 * K),
        ("Rent support for the first year in the tower", "Rent support for an expanded office",
         "Rent support for a laboratory floor"),
        ("Rent payments verified", "Half-year occupancy check"),
    ),
    ProgrammeSpec(
        "Relocation Reward", "落户奖励", "grant", "comprehensive", "CNY",
        (15 * M, 15 * M), 5 * M, 20, "rolling", True, 0, ALL_SEGMENTS,
        (LICENCE, "Relocation commitment letter", ACCOUNTS),
        (("Scale of the move", 4), ("Technology", 3), ("Commitment to the district", 3)),
        "A one-off reward for moving a headquarters or R&D centre to the district: up to 20% "
        "of the first year's investment, at most ¥5M.",
        (5, 5), (3 * M, 40 * M),
        ("Headquarters relocated from Beijing", "R&D centre relocated from Hangzhou",
         "Regional headquarters registered in Xuhui"),
        ("Registration in Xuhui completed", "First-year tax and headcount check"),
        stages=LATER,
    ),
    ProgrammeSpec(
        "Talent Subsidy", "人才补贴", "subsidy", "comprehensive", "CNY",
        (5 * M, 6 * M), 2 * M, 30, "rolling", True, 6, ALL_SEGMENTS,
        ("Employment contracts", "Social insurance records"),
        (("Calibre of the hires", 4), ("Team growth", 3), ("Retention plan", 3)),
        "Up to 30% of first-year pay for key AI hires (matched through the West Bund "
        "International Talent Hub), at most ¥2M per company a year.",
        (9, 10), (300 * K, 6 * M),
        ("Three senior researchers from overseas labs", "Chief scientist and two engineers",
         "Ten graduate engineers from the talent hub"),
        ("Contracts and social insurance verified", "One-year retention check"),
    ),
    ProgrammeSpec(
        "Foundation Model R&D Grant", "大模型研发专项", "grant", "comprehensive", "CNY",
        (30 * M, 30 * M), 10 * M, 30, "january", True, 0, ("base_technology",),
        (PLAN, ACCOUNTS, "Model technical report"),
        (("Technical merit", 4), ("Team", 2), ("Milestones", 2), ("Industrial impact", 2)),
        "Up to 30% of R&D spending on foundation models, at most ¥10M per company a year (the "
        "most any company receives from the centre in a year).",
        (6, 6), (8 * M, 50 * M),
        ("A 100B-parameter bilingual base model", "A multimodal base model for industry",
         "A code model trained on licensed repositories"),
        ("Project agreement signed", "Mid-term technical review", "Final acceptance"),
    ),
)  # fmt: skip

# What reviewers, approvers and companies say.
REVIEW_COMMENTS = {
    "strong": (
        "Clear plan and credible team; costs are supported by the contracts.",
        "Strong technical case; milestones are realistic.",
        "Good fit with the programme; the budget is reasonable.",
        "Well documented; recommend approval.",
        "Solid traction with pilot customers; recommend support.",
    ),
    "weak": (
        "The eligible cost is not fully supported by the invoices.",
        "The plan overlaps with support already received.",
        "Weak link between the spending and the programme's aims.",
        "The team is thin for the scope proposed.",
    ),
}
APPROVAL_NOTES = (
    "Recommended by the review panel",
    "Approved at the monthly financing committee",
    "Within the programme's guidelines",
    "",
)
REJECTIONS = (
    "Score below the programme's threshold",
    "Eligible cost not supported by the invoices provided",
    "Overlaps with support already received for the same spending",
    "The project does not fit the programme's aims",
)
WITHDRAWALS = (
    "The company will apply in the next round",
    "The company chose another programme for the same spending",
    "The contract behind the application was cancelled",
    "Documents to be corrected; the company will reapply",
)
