<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Reports</name>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Total arrears</source>
        <translation>欠费合计</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>Share of arrears</source>
        <translation>占欠费比例</translation>
    </message>
    <message>
        <source>Arrears by age</source>
        <translation>按账龄统计的欠费</translation>
    </message>
    <message>
        <source>Arrears (¥)</source>
        <translation>欠费（¥）</translation>
    </message>
    <message>
        <source>Balance: charges issued on or before the as-of date (net of credit notes and supplements) less payments received by then and not reversed by then, less deposit applied to debts; negative when the company is in credit.</source>
        <translation>余额：截至日（含）前开具的费用（扣除冲减单并计入补开费用），减去截至当时已收且未冲回的收款，再减去抵扣欠款的押金；企业有贷方余额时为负数。</translation>
    </message>
    <message>
        <source>Payments and deposit applied settle the oldest charges first (by due date). What is left open of a charge already due is in arrears, aged by the days from its due date to the as-of date; &apos;Not yet due&apos; is open on charges issued ahead of their due date.</source>
        <translation>收款和抵扣的押金先冲销最早的费用（按到期日）。已到期费用的未结部分计为欠费，账龄为自到期日至截至日的天数；“未到期”为提前开具、尚未到期费用的未结部分。</translation>
    </message>
    <message>
        <source>Listed: every company with a balance owed (and with in_credit = yes, also those in credit). The balance equals the closing balance of the company&apos;s tenant statement to the same date.</source>
        <translation>列出：所有有应付余额的企业（in_credit = yes 时也列出有贷方余额的企业）。余额等于该企业截至同日的租户对账单期末余额。</translation>
    </message>
    <message>
        <source>Arrears aging on %1</source>
        <translation>欠费账龄（截至 %1）</translation>
    </message>
    <message>
        <source>Most over 90 days, then most in arrears, then English name</source>
        <translation>逾期超过 90 天金额从高到低，其次欠费合计从高到低，再按英文名称</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>按账龄</translation>
    </message>
    <message>
        <source>Arrears by days overdue on %1</source>
        <translation>按逾期天数统计的欠费（截至 %1）</translation>
    </message>
    <message>
        <source>Age (days overdue)</source>
        <translation>账龄（逾期天数）</translation>
    </message>
    <message>
        <source>Companies: those with arrears of that age (a company can have several ages).</source>
        <translation>企业数：有该账龄欠费的企业（一家企业可有多个账龄）。</translation>
    </message>
    <message>
        <source>Arrears aging</source>
        <translation>欠费账龄</translation>
    </message>
    <message>
        <source>Companies that owe on the as-of date: balance and arrears by age (0-30 to over 90 days), worst first</source>
        <translation>截至日有欠款的企业：余额及按账龄（0-30 天至逾期超过 90 天）统计的欠费，最严重的在前</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Collected / charged</source>
        <translation>实收 / 应收</translation>
    </message>
    <message>
        <source>Deposit applied</source>
        <translation>押金抵扣</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>本月开具</translation>
    </message>
    <message>
        <source>Balance change</source>
        <translation>余额变动</translation>
    </message>
    <message>
        <source>Balance at month end</source>
        <translation>月末余额</translation>
    </message>
    <message>
        <source>Charged and collected by month</source>
        <translation>各月应收与实收</translation>
    </message>
    <message>
        <source>Charged: charges issued on or before the as-of date whose due date falls in the month, net of the credit notes and supplements issued against them by then (counted in the month of the charge they correct).</source>
        <translation>应收：截至日（含）前开具、到期日在该月的费用，扣除截至当时针对其开具的冲减单并计入补开费用（计入所更正费用的月份）。</translation>
    </message>
    <message>
        <source>Collected: payments received in the month less payments reversed in the month (by the reversal&apos;s date). Deposit applied: deposit applied to debts in the month.</source>
        <translation>实收：当月收款减去当月冲回的收款（按冲回日期）。押金抵扣：当月用于抵扣欠款的押金。</translation>
    </message>
    <message>
        <source>Issued: charges, credit notes and supplements issued in the month, whatever their due date. Balance change = issued − collected − deposit applied: the change in what all companies owe together over the month.</source>
        <translation>本月开具：当月开具的费用、冲减单和补开费用，不论其到期日。余额变动 = 本月开具 − 实收 − 押金抵扣：即全部企业当月应付总额的变化。</translation>
    </message>
    <message>
        <source>Balance at month end: all companies&apos; balances added up (those in credit count negative) at the end of the month, or on the as-of date for its month; it equals the Balance total of arrears-aging with in_credit = yes on that date.</source>
        <translation>月末余额：月末（截至日所在月份为截至日）全部企业余额之和（有贷方余额的计为负数）；等于同日 in_credit = yes 的欠费账龄报表中的余额合计。</translation>
    </message>
    <message>
        <source>Only records dated on or before the as-of date count, so a month after it shows only charges already issued for it.</source>
        <translation>只计截至日（含）前的记录，因此截至日之后的月份只显示已为该月开具的费用。</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Billing by month, %1</source>
        <translation>各月账务，%1</translation>
    </message>
    <message>
        <source>Billing summary</source>
        <translation>账务汇总</translation>
    </message>
    <message>
        <source>By month: charged, collected, deposit applied and the balance change, with a chart</source>
        <translation>按月统计：应收、实收、押金抵扣和余额变动，附图表</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>咨询次数</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Still booked</source>
        <translation>仍在预约中</translation>
    </message>
    <message>
        <source>Hours held</source>
        <translation>占用小时数</translation>
    </message>
    <message>
        <source>Available hours</source>
        <translation>可用小时数</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Consultant (Chinese)</source>
        <translation>顾问（中文名）</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Sessions by month and status</source>
        <translation>各月各状态咨询次数</translation>
    </message>
    <message>
        <source>Hours held and available by month</source>
        <translation>各月占用与可用小时数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Utilisation by consultant</source>
        <translation>各顾问利用率</translation>
    </message>
    <message>
        <source>Held / available</source>
        <translation>占用 / 可用</translation>
    </message>
    <message>
        <source>Hours held and available by consultant</source>
        <translation>各顾问占用与可用小时数</translation>
    </message>
    <message>
        <source>A session counts in the month (Asia/Shanghai) in which it starts. Sessions = completed + cancelled + no-show + still booked (booked, its outcome not recorded yet); statuses are today&apos;s.</source>
        <translation>咨询计入其开始时所在的月份（北京时间）。咨询次数 = 已完成 + 已取消 + 爽约 + 仍在预约中（已预约、结果尚未记录）；状态以今天为准。</translation>
    </message>
    <message>
        <source>Hours held: the length of completed, no-show and still-booked sessions (cancelled ones hold nothing), rounded to the hundredth of an hour per row.</source>
        <translation>占用小时数：已完成、爽约和仍在预约中的咨询时长（已取消的不占用），每行四舍五入到 0.01 小时。</translation>
    </message>
    <message>
        <source>Available hours: the consultant&apos;s weekly working hours (as they are now) on every day of the month, Asia/Shanghai, less their time off. Utilisation = hours held / available hours (0 when nothing was available).</source>
        <translation>可用小时数：顾问每周工作时间（按当前设置）在该月每天的合计（北京时间），减去休假。利用率 = 占用小时数 / 可用小时数（无可用时间时为 0）。</translation>
    </message>
    <message>
        <source>A consultant is listed for a month when active with working hours, or when they had a session in it.</source>
        <translation>顾问在某月处于启用状态且有工作时间，或当月有咨询时，列入该月。</translation>
    </message>
    <message>
        <source>Filtered on one topic: sessions and hours held are that topic&apos;s, available hours are the consultant&apos;s whole availability, so utilisation is the share spent on the topic.</source>
        <translation>按单一主题筛选：咨询次数和占用小时数只计该主题，可用小时数为顾问的全部可用时间，因此利用率为用于该主题的比例。</translation>
    </message>
    <message>
        <source>Sessions by topic</source>
        <translation>按主题咨询</translation>
    </message>
    <message>
        <source>Consultations by consultant, month and topic, %1</source>
        <translation>按顾问、月份和主题统计的咨询，%1</translation>
    </message>
    <message>
        <source>Consultant (English name), month, topic</source>
        <translation>顾问（按英文名），月份，主题</translation>
    </message>
    <message>
        <source>Only consultant, month and topic together with a session are listed.</source>
        <translation>只列出有咨询的顾问、月份和主题组合。</translation>
    </message>
    <message>
        <source>Consultant utilisation by month, %1</source>
        <translation>各月顾问利用率，%1</translation>
    </message>
    <message>
        <source>Consultant (English name), month</source>
        <translation>顾问（按英文名），月份</translation>
    </message>
    <message>
        <source>Consultations by month, %1</source>
        <translation>各月咨询，%1</translation>
    </message>
    <message>
        <source>By consultant</source>
        <translation>按顾问</translation>
    </message>
    <message>
        <source>Consultations by consultant, %1</source>
        <translation>各顾问咨询，%1</translation>
    </message>
    <message>
        <source>Consultant (English name)</source>
        <translation>顾问（按英文名）</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Sessions by consultant, topic and month by status; hours held against hours available (utilisation), by month and by consultant with charts</source>
        <translation>按顾问、主题和月份统计的各状态咨询次数；占用小时数与可用小时数（利用率），按月和按顾问统计，附图表</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Deposit asked</source>
        <translation>约定押金</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Applied to debts</source>
        <translation>抵扣欠款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退还</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>结存</translation>
    </message>
    <message>
        <source>Still to receive</source>
        <translation>待收</translation>
    </message>
    <message>
        <source>Deposit asked: what the lease asks for. Charged, received, applied to debts, refunded: the deposit steps recorded on or before the as-of date.</source>
        <translation>约定押金：租约约定的押金。应收、已收、抵扣欠款、已退还：截至日（含）前记录的押金操作。</translation>
    </message>
    <message>
        <source>Held = received − applied − refunded. Still to receive = charged − received (never below 0).</source>
        <translation>结存 = 已收 − 抵扣 − 已退还。待收 = 应收 − 已收（不低于 0）。</translation>
    </message>
    <message>
        <source>Listed: leases with a deposit step by the as-of date, and signed or terminated leases that ask for a deposit and had started by then.</source>
        <translation>列出：截至日前有押金操作的租约，以及约定押金、截至当时已开始的已签或已终止租约。</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Deposits on %1</source>
        <translation>押金（截至 %1）</translation>
    </message>
    <message>
        <source>Lease reference</source>
        <translation>租约编号</translation>
    </message>
    <message>
        <source>Each lease&apos;s deposit: asked, charged, received, applied, refunded, held, still to receive</source>
        <translation>各租约押金：约定、应收、已收、已抵扣、已退还、结存、待收</translation>
    </message>
    <message>
        <source>Programme (English name)</source>
        <translation>扶持政策（按英文名）</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <source>Programme (Chinese)</source>
        <translation>扶持政策（中文名）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Committed (not yet disbursed)</source>
        <translation>已承诺（未拨付）</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Approved / budget</source>
        <translation>已批准 / 预算</translation>
    </message>
    <message>
        <source>Budget use by programme (¥)</source>
        <translation>各扶持政策预算使用（¥）</translation>
    </message>
    <message>
        <source>Budget use by programme (GPU-hours)</source>
        <translation>各扶持政策预算使用（GPU 卡时）</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 卡时</translation>
    </message>
    <message>
        <source>Budget year %1; disbursed counts tranches paid on or before the as-of date.</source>
        <translation>预算年度 %1；已拨付只计截至日（含）前支付的分期。</translation>
    </message>
    <message>
        <source>Approved: applications approved, disbursing or closed in the year. Committed = approved − disbursed. Remaining = budget − approved (what may still be approved).</source>
        <translation>已批准：该年度已批准、拨付中或已结项的申请。已承诺 = 已批准 − 已拨付。剩余 = 预算 − 已批准（仍可批准的额度）。</translation>
    </message>
    <message>
        <source>Programmes with neither a budget nor an approval in the year are left out.</source>
        <translation>该年度既无预算也无批准的扶持政策不列出。</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>%1扶持政策</translation>
    </message>
    <message>
        <source>Programme budgets %1 (%2)</source>
        <translation>扶持政策预算 %1（%2）</translation>
    </message>
    <message>
        <source>Programme budgets</source>
        <translation>扶持政策预算</translation>
    </message>
    <message>
        <source>Each programme&apos;s budget for the year: approved, disbursed, committed, remaining</source>
        <translation>各扶持政策本年度预算：已批准、已拨付、已承诺、剩余</translation>
    </message>
    <message>
        <source>Payment date, then application reference, then tranche</source>
        <translation>支付日期，其次申请编号，再按分期</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>付款参考号</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Company (Chinese)</source>
        <translation>企业（中文名）</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid by month (¥)</source>
        <translation>各月拨付（¥）</translation>
    </message>
    <message>
        <source>Tranches paid from %1 to %2 (the year %3, up to the as-of date).</source>
        <translation>%1 至 %2 支付的分期（%3 年度，截至截至日）。</translation>
    </message>
    <message>
        <source>No tranches paid yet in the year %1 (up to the as-of date).</source>
        <translation>%1 年度（截至截至日）尚无已支付的分期。</translation>
    </message>
    <message>
        <source>Only CNY programmes pay money; GPU-hour vouchers are in the compute-vouchers report.</source>
        <translation>只有人民币扶持政策拨付资金；GPU 卡时算力券见算力券报表。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>拨付</translation>
    </message>
    <message>
        <source>Disbursements %1</source>
        <translation>拨付 %1</translation>
    </message>
    <message>
        <source>By month and programme</source>
        <translation>按月份和扶持政策</translation>
    </message>
    <message>
        <source>Disbursements by month and programme, %1</source>
        <translation>按月份和扶持政策统计的拨付，%1</translation>
    </message>
    <message>
        <source>Month; one column per programme (by English name)</source>
        <translation>月份；每项扶持政策一列（按英文名）</translation>
    </message>
    <message>
        <source>Tranches paid in the year to the as-of date, by month and programme</source>
        <translation>本年度至截至日已支付的分期，按月份和扶持政策统计</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>人民币</translation>
    </message>
    <message>
        <source>Programme (English name), status in workflow order, application reference</source>
        <translation>扶持政策（按英文名），状态（按流程顺序），申请编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Eligible cost</source>
        <translation>合规费用</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请数</translation>
    </message>
    <message>
        <source>Pipeline by status (¥)</source>
        <translation>各状态申请金额（¥）</translation>
    </message>
    <message>
        <source>Applications by status</source>
        <translation>各状态申请数</translation>
    </message>
    <message>
        <source>Every application in the register as it stands today (its current status); Budget year is the year whose budget it counts against.</source>
        <translation>登记的全部申请，按今天的情况（当前状态）；预算年度为其占用预算的年度。</translation>
    </message>
    <message>
        <source>Disbursed: tranches paid on or before the as-of date. Approved is blank until approval.</source>
        <translation>已拨付：截至日（含）前支付的分期。批准前“已批准”为空。</translation>
    </message>
    <message>
        <source>Amounts are in the programme&apos;s unit: yuan on the CNY sheets, GPU-hours on the voucher sheets, each with its own totals.</source>
        <translation>金额以扶持政策的单位计：人民币工作表为元，算力券工作表为 GPU 卡时，各自合计。</translation>
    </message>
    <message>
        <source>Programme, then status in workflow order</source>
        <translation>扶持政策，其次状态（按流程顺序）</translation>
    </message>
    <message>
        <source>Financing pipeline (CNY programmes)</source>
        <translation>融资申请进度（人民币扶持政策）</translation>
    </message>
    <message>
        <source>By programme and status</source>
        <translation>按扶持政策和状态</translation>
    </message>
    <message>
        <source>Pipeline by programme and status (CNY)</source>
        <translation>按扶持政策和状态统计的申请（人民币）</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>Pipeline by status (CNY)</source>
        <translation>按状态统计的申请（人民币）</translation>
    </message>
    <message>
        <source>Status in workflow order</source>
        <translation>状态（按流程顺序）</translation>
    </message>
    <message>
        <source>Vouchers (GPU-hours)</source>
        <translation>算力券（GPU 卡时）</translation>
    </message>
    <message>
        <source>Financing pipeline (GPU-hour vouchers)</source>
        <translation>融资申请进度（GPU 卡时算力券）</translation>
    </message>
    <message>
        <source>Vouchers by programme, status</source>
        <translation>算力券（按扶持政策和状态）</translation>
    </message>
    <message>
        <source>Voucher pipeline by programme and status (GPU-hours)</source>
        <translation>按扶持政策和状态统计的算力券申请（GPU 卡时）</translation>
    </message>
    <message>
        <source>Financing pipeline</source>
        <translation>融资申请进度</translation>
    </message>
    <message>
        <source>Applications by programme and status: requested, approved and disbursed</source>
        <translation>按扶持政策和状态统计的申请：申请金额、已批准和已拨付</translation>
    </message>
    <message>
        <source>Company (English name), provider, application reference</source>
        <translation>企业（按英文名），服务商，申请编号</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>算力券</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>已消耗</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>算力券</translation>
    </message>
    <message>
        <source>GPU-hours allocated and consumed by provider</source>
        <translation>各服务商已分配与已消耗 GPU 卡时</translation>
    </message>
    <message>
        <source>Share used by provider</source>
        <translation>各服务商使用率</translation>
    </message>
    <message>
        <source>Consumed / allocated</source>
        <translation>已消耗 / 已分配</translation>
    </message>
    <message>
        <source>Vouchers are approved applications to GPU-hour programmes (approved, disbursing or closed); Allocated is the approved number of GPU-hours.</source>
        <translation>算力券是 GPU 卡时扶持政策中已获批准的申请（已批准、拨付中或已结项）；已分配为批准的 GPU 卡时数。</translation>
    </message>
    <message>
        <source>Consumed: GPU-hours recorded as used on or before the as-of date.</source>
        <translation>已消耗：截至日（含）前记录为已使用的 GPU 卡时。</translation>
    </message>
    <message>
        <source>Compute vouchers</source>
        <translation>算力券</translation>
    </message>
    <message>
        <source>By company and provider</source>
        <translation>按企业和服务商</translation>
    </message>
    <message>
        <source>Compute vouchers by company and provider</source>
        <translation>按企业和服务商统计的算力券</translation>
    </message>
    <message>
        <source>Company (English name), then provider</source>
        <translation>企业（按英文名），其次服务商</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>按服务商</translation>
    </message>
    <message>
        <source>Compute vouchers by provider</source>
        <translation>按服务商统计的算力券</translation>
    </message>
    <message>
        <source>GPU-hours allocated and consumed by company and provider, remaining, % used</source>
        <translation>按企业和服务商统计的已分配与已消耗 GPU 卡时、剩余及使用率</translation>
    </message>
    <message>
        <source>End date, then lease reference</source>
        <translation>结束日期，其次租约编号</translation>
    </message>
    <message>
        <source>Expiry month</source>
        <translation>到期月份</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>End (exclusive)</source>
        <translation>结束日（不含）</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>已续租</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>租约数</translation>
    </message>
    <message>
        <source>Area expiring by month (m²)</source>
        <translation>各月到期面积（m²）</translation>
    </message>
    <message>
        <source>Leases expiring by month</source>
        <translation>各月到期租约数</translation>
    </message>
    <message>
        <source>Leases in force on the as-of date whose term ends within %1 months (end on or before %2).</source>
        <translation>截至日有效、租期在 %1 个月内结束（结束日不晚于 %2）的租约。</translation>
    </message>
    <message>
        <source>Expiry month is the month of the last day; End is exclusive (the day the units are free).</source>
        <translation>到期月份为最后一日所在的月份；结束日不含在租期内（即单元空出之日）。</translation>
    </message>
    <message>
        <source>Monthly rent is the rate in force on the as-of date × area, to the fen.</source>
        <translation>月租金 = 截至日适用的租金单价 × 面积，精确到分。</translation>
    </message>
    <message>
        <source>Renewed: a signed renewal lease follows this one.</source>
        <translation>已续租：本租约之后有已签署的续租租约。</translation>
    </message>
    <message>
        <source>Lease expiry</source>
        <translation>租约到期</translation>
    </message>
    <message>
        <source>Lease expiry, next %1 months</source>
        <translation>租约到期（未来 %1 个月）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Lease expiry by month</source>
        <translation>各月租约到期</translation>
    </message>
    <message>
        <source>Leases in force that end within the next 12 months, by month, with a chart</source>
        <translation>未来 12 个月内到期的有效租约，按月统计，附图表</translation>
    </message>
    <message>
        <source>Only units in service count, in the rentable and in the leased area alike.</source>
        <translation>可租面积和已出租面积都只计在用单元。</translation>
    </message>
    <message>
        <source>A unit is leased when a signed lease (or one terminated later) holds it: start ≤ as-of &lt; end.</source>
        <translation>单元由已签署（或其后才终止）的租约占用时计为已出租：起租日 ≤ 截至日 &lt; 结束日。</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Gross area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>Rentable area</source>
        <translation>可租面积</translation>
    </message>
    <message>
        <source>Leased area</source>
        <translation>已出租面积</translation>
    </message>
    <message>
        <source>Vacant area</source>
        <translation>空置面积</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>出租率</translation>
    </message>
    <message>
        <source>Leased units</source>
        <translation>已出租单元</translation>
    </message>
    <message>
        <source>Vacant units</source>
        <translation>空置单元</translation>
    </message>
    <message>
        <source>Occupancy by floor</source>
        <translation>各楼层出租率</translation>
    </message>
    <message>
        <source>Leased / rentable</source>
        <translation>已出租 / 可租</translation>
    </message>
    <message>
        <source>Leased and vacant area by floor (m²)</source>
        <translation>各楼层已出租与空置面积（m²）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Next lease starts</source>
        <translation>下一租约起租日</translation>
    </message>
    <message>
        <source>Floor, lowest first (B2, B1, 1, 2 …)</source>
        <translation>楼层，由低到高（B2、B1、1、2 …）</translation>
    </message>
    <message>
        <source>Occupancy summary</source>
        <translation>出租率汇总</translation>
    </message>
    <message>
        <source>Floor, lowest first, then unit code</source>
        <translation>楼层由低到高，其次单元编号</translation>
    </message>
    <message>
        <source>In-service units no lease holds on the as-of date; &apos;Next lease starts&apos; is the start of the next signed lease, if any.</source>
        <translation>截至日没有租约占用的在用单元；“下一租约起租日”为下一份已签署租约的起租日（如有）。</translation>
    </message>
    <message>
        <source>Stacking plan</source>
        <translation>楼层堆叠图</translation>
    </message>
    <message>
        <source>Floors from the top; units in code order</source>
        <translation>楼层自上而下；单元按编号</translation>
    </message>
    <message>
        <source>Each unit is as wide as its share of its floor&apos;s rentable area; hatched or grey: see the legend. The Stacking plan page shows the same plan by tenant, lease expiry and arrears too.</source>
        <translation>每个单元的宽度与其占所在楼层可租面积的比例相同；带斜线或灰色的含义见图例。楼层堆叠图页面还可按租户、租约到期和欠费显示同一张图。</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>已出租</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>let</source>
        <translation>已出租</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1F</source>
        <translation>%1层</translation>
    </message>
    <message>
        <source>Coloured by vacancy</source>
        <translation>按空置情况着色</translation>
    </message>
    <message>
        <source>Occupancy by floor (leased / rentable area) with a chart, the vacant units and the stacking plan</source>
        <translation>各楼层出租率（已出租 / 可租面积）及图表、空置单元和楼层堆叠图</translation>
    </message>
    <message>
        <source>Units (floor by floor: B1, 1F, 2F … 10F), then lease reference</source>
        <translation>单元（逐层：B1、1层、2层 … 10层），其次租约编号</translation>
    </message>
    <message>
        <source>A lease is in force when it is signed (or terminated later) and start ≤ as-of &lt; end.</source>
        <translation>租约已签署（或其后才终止）且起租日 ≤ 截至日 &lt; 结束日时为有效租约。</translation>
    </message>
    <message>
        <source>End is exclusive: the lease holds its units until the day before (the &apos;Last day&apos;).</source>
        <translation>结束日不含在租期内：租约占用单元至其前一天（“最后一日”）。</translation>
    </message>
    <message>
        <source>Rent is the rate in force on the as-of date (rent steps applied) × area, to the fen; rent-free months are not deducted.</source>
        <translation>租金 = 截至日适用的单价（已计租金调整）× 面积，精确到分；不扣除免租期。</translation>
    </message>
    <message>
        <source>Rent / m² / month</source>
        <translation>租金 / m² / 月</translation>
    </message>
    <message>
        <source>Rent / m² / day</source>
        <translation>租金 / m² / 天</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起租日</translation>
    </message>
    <message>
        <source>Rent-free months</source>
        <translation>免租期（月）</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Months remaining</source>
        <translation>剩余月数</translation>
    </message>
    <message>
        <source>Rent roll</source>
        <translation>租金清单</translation>
    </message>
    <message>
        <source>Every lease in force on the as-of date: tenant, units, area, rent, term, deposit</source>
        <translation>截至日所有有效租约：租户、单元、面积、租金、租期、押金</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>开放小时数</translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation>预约小时数</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Utilisation by room</source>
        <translation>各会议室利用率</translation>
    </message>
    <message>
        <source>Booked / open</source>
        <translation>预约 / 开放</translation>
    </message>
    <message>
        <source>Hours open and booked by room</source>
        <translation>各会议室开放与预约小时数</translation>
    </message>
    <message>
        <source>Utilisation of the rooms by month</source>
        <translation>各月会议室利用率</translation>
    </message>
    <message>
        <source>Hours open and booked by month</source>
        <translation>各月开放与预约小时数</translation>
    </message>
    <message>
        <source>Open hours: the room&apos;s opening hours on each of its open days in the month (Asia/Shanghai), less the periods it was out of service.</source>
        <translation>开放小时数：会议室在该月各开放日的开放时间（北京时间），减去停用时段。</translation>
    </message>
    <message>
        <source>Booked hours and sessions: sessions holding the room (booked, completed or no-show; not cancelled), in the month in which they start; hours rounded to the hundredth per row.</source>
        <translation>预约小时数和咨询次数：占用该会议室的咨询（已预约、已完成或爽约；不含已取消），计入开始时所在的月份；小时数每行四舍五入到 0.01。</translation>
    </message>
    <message>
        <source>Utilisation = booked hours / open hours (0 when the room was never open). It can pass 100% when a closure was added over sessions not yet moved.</source>
        <translation>利用率 = 预约小时数 / 开放小时数（会议室从未开放时为 0）。在尚未改期的咨询时段上新增停用时，可能超过 100%。</translation>
    </message>
    <message>
        <source>A room is listed for a month when it is active in a unit in service, or when a session held it in that month.</source>
        <translation>会议室在某月位于在用单元且处于启用状态，或当月有咨询占用时，列入该月。</translation>
    </message>
    <message>
        <source>Rooms by month</source>
        <translation>各会议室按月</translation>
    </message>
    <message>
        <source>Meeting-room utilisation by room and month, %1</source>
        <translation>按会议室和月份统计的会议室利用率，%1</translation>
    </message>
    <message>
        <source>Room (unit code), month</source>
        <translation>会议室（按单元编号），月份</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>按会议室</translation>
    </message>
    <message>
        <source>Meeting-room utilisation by room, %1</source>
        <translation>各会议室利用率，%1</translation>
    </message>
    <message>
        <source>Room (unit code)</source>
        <translation>会议室（按单元编号）</translation>
    </message>
    <message>
        <source>Meeting-room utilisation by month, %1</source>
        <translation>各月会议室利用率，%1</translation>
    </message>
    <message>
        <source>Room utilisation</source>
        <translation>会议室利用率</translation>
    </message>
    <message>
        <source>Meeting rooms by month: hours open, hours booked, utilisation and sessions, by room and by month with charts</source>
        <translation>会议室按月统计：开放小时数、预约小时数、利用率和咨询次数，按会议室和按月统计，附图表</translation>
    </message>
    <message>
        <source>Shanghai Foundation Model Innovation Center</source>
        <translation>上海大模型创新中心</translation>
    </message>
    <message>
        <source>Asia/Shanghai</source>
        <translation>北京时间</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Sorted by</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>生成人</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Opening balance: what the company owed at the end of the day before the period (negative: its credit). Debit: a charge issued, or a payment reversed; credit: a payment received, deposit applied to debts, or a credit note. Balance: after each line.</source>
        <translation>期初余额：企业在期间开始前一天结束时的应付金额（负数为贷方余额）。借方：开具的费用或冲回的收款；贷方：收到的款项、抵扣欠款的押金或冲减单。余额：每行之后的余额。</translation>
    </message>
    <message>
        <source>References: C = charge, P = payment, D = deposit entry. Lines are in date order; on one day charges come first, then payments and deposit applied, then reversals.</source>
        <translation>编号：C = 费用，P = 收款，D = 押金记录。各行按日期排列；同一天先列费用，再列收款和押金抵扣，最后列冲回。</translation>
    </message>
    <message>
        <source>Closing balance = opening + debits − credits: the company&apos;s balance at the end of the last day, as in the arrears-aging report for that date.</source>
        <translation>期末余额 = 期初余额 + 借方 − 贷方：企业在最后一天结束时的余额，与该日的欠费账龄报表一致。</translation>
    </message>
    <message>
        <source>Balance at the end of %1</source>
        <translation>%1 日终余额</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Deposit held on %1: ¥%2 (not in the balance).</source>
        <translation>%1 押金结存：¥%2（不计入余额）。</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <source>Statement of account: %1, %2</source>
        <translation>对账单：%1，%2</translation>
    </message>
    <message>
        <source>Date, then charges before payments before reversals, then reference</source>
        <translation>日期，其次费用、收款、冲回的顺序，再按编号</translation>
    </message>
    <message>
        <source>Open charges</source>
        <translation>未结费用</translation>
    </message>
    <message>
        <source>Open charges of %1 on %2</source>
        <translation>%1 截至 %2 的未结费用</translation>
    </message>
    <message>
        <source>Due date, then charge number (the order payments settle them)</source>
        <translation>到期日，其次费用编号（即收款冲销的顺序）</translation>
    </message>
    <message>
        <source>Open: what is left of the charge (after credit notes) once payments and deposit applied have settled the older charges. Days overdue: from the due date to the last day of the statement (0 when not yet due).</source>
        <translation>未结金额：收款和押金抵扣冲销较早费用后，该费用（扣除冲减单后）尚余的金额。逾期天数：自到期日至对账单最后一天（未到期为 0）。</translation>
    </message>
    <message>
        <source>Tenant statement</source>
        <translation>租户对账单</translation>
    </message>
    <message>
        <source>One company&apos;s account for a period: opening balance, every charge and payment, closing balance</source>
        <translation>一家企业在一段期间的账目：期初余额、每笔费用和收款、期末余额</translation>
    </message>
    <message>
        <source>Company (English)</source>
        <translation>企业（英文名）</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Programme (English)</source>
        <translation>扶持政策（英文名）</translation>
    </message>
    <message>
        <source>Consultant (English)</source>
        <translation>顾问（英文名）</translation>
    </message>
    <message>
        <source>%2 %1</source>
        <translation>%1年%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>disbursing</source>
        <translation>拨付中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结项</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>算力调度</translation>
    </message>
    <message>
        <source>open data</source>
        <translation>开放数据</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>评测服务</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>金融服务</translation>
    </message>
    <message>
        <source>comprehensive</source>
        <translation>综合服务</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>资助</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>服务券</translation>
    </message>
    <message>
        <source>interest subsidy</source>
        <translation>贴息</translation>
    </message>
    <message>
        <source>equity</source>
        <translation>股权投资</translation>
    </message>
    <message>
        <source>private office</source>
        <translation>独立办公室</translation>
    </message>
    <message>
        <source>open desk</source>
        <translation>开放工位</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>compute room</source>
        <translation>算力机房</translation>
    </message>
    <message>
        <source>meeting room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>event space</source>
        <translation>活动空间</translation>
    </message>
    <message>
        <source>service area</source>
        <translation>服务区</translation>
    </message>
    <message>
        <source>Base technology</source>
        <translation>基础技术</translation>
    </message>
    <message>
        <source>Application development</source>
        <translation>应用开发</translation>
    </message>
    <message>
        <source>Scene design</source>
        <translation>场景设计</translation>
    </message>
    <message>
        <source>Compute support</source>
        <translation>算力支撑</translation>
    </message>
    <message>
        <source>Product marketing</source>
        <translation>产品营销</translation>
    </message>
    <message>
        <source>Policy applications</source>
        <translation>政策申报</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>Legal and IP</source>
        <translation>法律与知识产权</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>人才</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>水电费</translation>
    </message>
    <message>
        <source>Damages</source>
        <translation>损坏赔偿</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>冲减单</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>收款冲回</translation>
    </message>
    <message>
        <source>0-30 days</source>
        <translation>0-30 天</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31-60 天</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61-90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>逾期超过 90 天</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>in_credit</source>
        <translation>含贷方余额企业</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Reports sheet</name>
    <message>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
</context>
</TS>
