<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddChargeDialog</name>
    <message>
        <source>Add charge</source>
        <translation>新增费用</translation>
    </message>
    <message>
        <source>What the charge is for (required)</source>
        <translation>费用用途（必填）</translation>
    </message>
    <message>
        <source>Issue it now, dated</source>
        <translation>立即开具，开具日期</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>No lease</source>
        <translation>无租约</translation>
    </message>
    <message>
        <source>Choose the company charged</source>
        <translation>请选择收费企业</translation>
    </message>
    <message>
        <source>Say what the charge is for</source>
        <translation>请说明费用用途</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 卡时</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>开始审核</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Start disbursing</source>
        <translation>开始拨付</translation>
    </message>
    <message>
        <source>Close application</source>
        <translation>结束申请</translation>
    </message>
    <message>
        <source>The compute provider the hours are used with</source>
        <translation>使用这些卡时的算力服务商</translation>
    </message>
    <message>
        <source>What the money or GPU-hours will pay for</source>
        <translation>资金或 GPU 卡时的用途</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <source>Compute provider</source>
        <translation>算力服务商</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Rules of this programme</source>
        <translation>本政策规则</translation>
    </message>
    <message>
        <source>Choose a programme…</source>
        <translation>选择扶持政策…</translation>
    </message>
    <message>
        <source>The details of %1 are kept as submitted and can no longer be edited (%2).</source>
        <translation>%1 的详情保持提交时的内容，不能再编辑（%2）。</translation>
    </message>
    <message>
        <source>You can read this application; editing it needs the %1 role.</source>
        <translation>您可以查看此申请；编辑需要“%1”角色。</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation>申请额（%1）</translation>
    </message>
    <message>
        <source>Eligible cost %1</source>
        <translation>合规费用（%1）</translation>
    </message>
    <message>
        <source>Save the draft first: documents are attached to a saved draft.</source>
        <translation>请先保存草稿：材料只能附加到已保存的草稿。</translation>
    </message>
    <message>
        <source>Choose the company that applies</source>
        <translation>请选择申请企业</translation>
    </message>
    <message>
        <source>Choose the programme applied to</source>
        <translation>请选择申请的扶持政策</translation>
    </message>
    <message>
        <source>Give the amount requested</source>
        <translation>请填写申请金额</translation>
    </message>
    <message>
        <source>The amount requested must be more than zero</source>
        <translation>申请金额必须大于零</translation>
    </message>
    <message>
        <source>Give the eligible cost</source>
        <translation>请填写合规费用</translation>
    </message>
    <message>
        <source>The eligible cost must not be negative</source>
        <translation>合规费用不能为负数</translation>
    </message>
    <message>
        <source>Name the compute provider the GPU-hours will be used with</source>
        <translation>请填写使用 GPU 卡时的算力服务商</translation>
    </message>
    <message>
        <source>New financing application</source>
        <translation>新建融资申请</translation>
    </message>
    <message>
        <source>Application %1 — %2</source>
        <translation>申请 %1 — %2</translation>
    </message>
    <message>
        <source>Documents are attached while the application is a draft.</source>
        <translation>申请为草稿时才能附加材料。</translation>
    </message>
    <message>
        <source>Attaching documents needs the %1 role.</source>
        <translation>附加材料需要“%1”角色。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现为%2。</translation>
    </message>
    <message>
        <source>Attached to %1: %2.</source>
        <translation>已附加到 %1：%2。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Save your changes to the details first, then submit.</source>
        <translation>请先保存对详情的修改，再提交。</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>撤回 %1</translation>
    </message>
    <message>
        <source>Why is the application withdrawn? (required)</source>
        <translation>撤回申请的原因？（必填）</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1（已截止）</translation>
    </message>
    <message>
        <source>Choose a programme to see its caps, windows and documents.</source>
        <translation>选择扶持政策以查看其上限、申报期和所需材料。</translation>
    </message>
    <message>
        <source>%1 of the eligible cost</source>
        <translation>合规费用的 %1</translation>
    </message>
    <message>
        <source>%1 per company a year</source>
        <translation>每家企业每年 %1</translation>
    </message>
    <message>
        <source>none set for %1</source>
        <translation>%1 年度未设置</translation>
    </message>
    <message>
        <source>%1 for %2, %3 left</source>
        <translation>%2 年度 %1，剩余 %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>open today</source>
        <translation>今日开放</translation>
    </message>
    <message>
        <source>closed today</source>
        <translation>今日已截止</translation>
    </message>
    <message>
        <source>a lease in force</source>
        <translation>有生效中的租约</translation>
    </message>
    <message>
        <source>no rent arrears over 90 days</source>
        <translation>无逾期超过 90 天的欠费</translation>
    </message>
    <message>
        <source>%1 months in residence</source>
        <translation>入驻满 %1 个月</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <source>Amounts in</source>
        <translation>金额单位</translation>
    </message>
    <message>
        <source>Caps</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>申报期</translation>
    </message>
    <message>
        <source>none: applications cannot be submitted</source>
        <translation>无：无法提交申请</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <source>every resident company</source>
        <translation>所有入驻企业</translation>
    </message>
    <message>
        <source>no criteria yet</source>
        <translation>尚无评审标准</translation>
    </message>
    <message>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Could be approved now: %1.</source>
        <translation>当前可批准：%1。</translation>
    </message>
    <message>
        <source>The amount requested is above it.</source>
        <translation>申请金额高于该值。</translation>
    </message>
    <message>
        <source>%1 of %2 = %3</source>
        <translation>%2 的 %1 = %3</translation>
    </message>
    <message>
        <source>The programme caps approval at %1.</source>
        <translation>该扶持政策的批准上限为 %1。</translation>
    </message>
    <message>
        <source>Workflow steps</source>
        <translation>办理步骤</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>无变更记录。</translation>
    </message>
    <message>
        <source>%1 taken as a draft</source>
        <translation>%1 已保存为草稿</translation>
    </message>
    <message>
        <source>%1 edited: %2</source>
        <translation>%1 已编辑：%2</translation>
    </message>
</context>
<context>
    <name>ApplicationHeader</name>
    <message>
        <source>New application</source>
        <translation>新申请</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Choose the company and the programme, then save the draft.</source>
        <translation>请选择企业和扶持政策，然后保存草稿。</translation>
    </message>
    <message>
        <source>budget year %1</source>
        <translation>%1 预算年度</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation>申请 %1</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>Disbursed so far %1</source>
        <translation>已拨付 %1</translation>
    </message>
    <message>
        <source>Used %1</source>
        <translation>已使用 %1</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>评分 %1</translation>
    </message>
</context>
<context>
    <name>ApprovalLimitsDialog</name>
    <message>
        <source>A manager approves financing up to the manager&apos;s limit; a director approves larger amounts, up to the director&apos;s limit if one is set. Amounts in CNY.</source>
        <translation>经理可批准不超过经理限额的融资；更大的金额由主任批准，如设有主任限额则不得超过该限额。金额单位为人民币元。</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>无限额</translation>
    </message>
    <message>
        <source>Manager&apos;s limit</source>
        <translation>经理限额</translation>
    </message>
    <message>
        <source>Director&apos;s limit</source>
        <translation>主任限额</translation>
    </message>
    <message>
        <source>Approval limits</source>
        <translation>审批限额</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Managers always have a limit: enter an amount.</source>
        <translation>经理必须设有限额：请输入金额。</translation>
    </message>
    <message>
        <source>Managers approve up to ¥%1.</source>
        <translation>经理最高可批准 ¥%1。</translation>
    </message>
    <message>
        <source>Empty: directors approve any amount.</source>
        <translation>留空：主任可批准任意金额。</translation>
    </message>
    <message>
        <source>Directors approve up to ¥%1.</source>
        <translation>主任最高可批准 ¥%1。</translation>
    </message>
</context>
<context>
    <name>ApprovalPanel</name>
    <message>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <source>What may be approved</source>
        <translation>可批准额度</translation>
    </message>
    <message>
        <source>Why (kept with the decision)</source>
        <translation>理由（随审批结果保存）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>作出决定</translation>
    </message>
    <message>
        <source>Amount to approve</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 卡时</translation>
    </message>
    <message>
        <source>none set by the programme</source>
        <translation>政策未设定</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Share of the eligible cost</source>
        <translation>占合规费用比例</translation>
    </message>
    <message>
        <source>Company&apos;s cap left in %1</source>
        <translation>企业 %1 年度剩余上限</translation>
    </message>
    <message>
        <source>Programme&apos;s budget left in %1</source>
        <translation>政策 %1 年度剩余预算</translation>
    </message>
    <message>
        <source>Your approval limit</source>
        <translation>您的审批限额</translation>
    </message>
    <message>
        <source>role limits are in yuan only</source>
        <translation>角色限额仅适用于人民币金额</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限额</translation>
    </message>
    <message>
        <source>you hold no approval role</source>
        <translation>您没有审批角色</translation>
    </message>
    <message>
        <source>◀ binds</source>
        <translation>◀ 以此为限</translation>
    </message>
    <message>
        <source>May be approved</source>
        <translation>可批准</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn by the company</source>
        <translation>企业已撤回</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>The company is told this reason</source>
        <translation>此理由将告知企业</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>驳回 %1</translation>
    </message>
    <message>
        <source>Reject %1 (%2, %3 requested)? Give the reason.</source>
        <translation>驳回 %1（%2，申请 %3）？请填写理由。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>AsOfDialog</name>
    <message>
        <source>◀ Earlier change</source>
        <translation>◀ 上一次变更</translation>
    </message>
    <message>
        <source>Go to the last day before this one with a change</source>
        <translation>跳到此前最近一个有变更的日期</translation>
    </message>
    <message>
        <source>Later change ▶</source>
        <translation>下一次变更 ▶</translation>
    </message>
    <message>
        <source>Go to the next day with a change</source>
        <translation>跳到下一个有变更的日期</translation>
    </message>
    <message>
        <source>As it was on</source>
        <translation>查看日期</translation>
    </message>
    <message>
        <source>Bold on yellow: different from today.</source>
        <translation>黄底粗体：与今天不同。</translation>
    </message>
    <message>
        <source>%1 as it was on a date</source>
        <translation>%1 的历史状态</translation>
    </message>
    <message>
        <source>Cannot show the history</source>
        <translation>无法显示历史</translation>
    </message>
    <message>
        <source>On %1 this %2 did not exist yet.</source>
        <translation>%1 时此%2尚不存在。</translation>
    </message>
    <message>
        <source>It was created on %1 by %2.</source>
        <translation>由 %2 于 %1 创建。</translation>
    </message>
    <message>
        <source>No change to it has been recorded (it was loaded without a history): these are its values today, which it has had since it was loaded.</source>
        <translation>没有它的变更记录（导入时不含历史）：以下是它今天的值，自导入以来一直未变。</translation>
    </message>
    <message>
        <source>On %1 this %2 had been deleted; its last values:</source>
        <translation>%1 时此%2已被删除；其最后的值：</translation>
    </message>
    <message>
        <source>%1 of its values on %2 differ from today.</source>
        <translation>%2 时有 %1 项值与今天不同。</translation>
    </message>
    <message>
        <source>On %1 it was as it is today.</source>
        <translation>%1 时与今天相同。</translation>
    </message>
    <message>
        <source>Last change by then: %1 by %2 (%3).</source>
        <translation>截至当时的最后一次变更：%1，%2（%3）。</translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>此%1已不存在。</translation>
    </message>
    <message>
        <source>Its recorded history starts on %1 (it was loaded without one): values before then are those its first recorded changes replaced.</source>
        <translation>其历史记录始于 %1（导入时不含历史）：此前的值是最早几次变更所替换的值。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>%1 当日</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Status on that date</source>
        <translation>当日状态</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Rent per m² per month</source>
        <translation>租金（每平方米每月）</translation>
    </message>
    <message>
        <source>Rent per m² per day</source>
        <translation>租金（每平方米每天）</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>Starting rate per m² per month</source>
        <translation>起始单价（每平方米每月）</translation>
    </message>
    <message>
        <source>Rent steps</source>
        <translation>租金递增</translation>
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
        <source>Terminated on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Rentable area</source>
        <translation>可租面积</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
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
        <source>Segment</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>融资阶段</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入驻日期</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>毕业日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>lease</source>
        <translation>份租约</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>个单元</translation>
    </message>
    <message>
        <source>company</source>
        <translation>家企业</translation>
    </message>
</context>
<context>
    <name>BillingRun</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Generating charges…</source>
        <translation>正在生成费用…</translation>
    </message>
    <message>
        <source>Generate charges</source>
        <translation>生成费用</translation>
    </message>
    <message>
        <source>Issuing charges…</source>
        <translation>正在开具费用…</translation>
    </message>
    <message>
        <source>Issue charges</source>
        <translation>开具费用</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 · 顾问 %2</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Prospective company</source>
        <translation>意向企业</translation>
    </message>
    <message>
        <source>Name of the company, not yet a tenant</source>
        <translation>企业名称（尚未成为租户）</translation>
    </message>
    <message>
        <source>Manager confirms this booking</source>
        <translation>经理确认此预约</translation>
    </message>
    <message>
        <source>What the company wants to discuss</source>
        <translation>企业希望咨询的内容</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>预约内容</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>不用会议室</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1（%2 人）</translation>
    </message>
    <message>
        <source>Record a session that already happened</source>
        <translation>登记已进行的咨询</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Find a free slot</source>
        <translation>查找空闲时段</translation>
    </message>
    <message>
        <source>Enter a time</source>
        <translation>输入时间</translation>
    </message>
    <message>
        <source>Company and session</source>
        <translation>企业与咨询</translation>
    </message>
    <message>
        <source>The booking</source>
        <translation>预约安排</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>This company missed %1 sessions in the last 90 days: its next booking needs a manager&apos;s confirmation.</source>
        <translation>该企业在最近 90 天内爽约 %1 次：下次预约需经理确认。</translation>
    </message>
    <message>
        <source>Ask a manager to book it.</source>
        <translation>请由经理进行预约。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>This time has passed: to record a session, tick the box below</source>
        <translation>此时间已过：如需登记已进行的咨询，请勾选下方选项</translation>
    </message>
    <message>
        <source>No slot chosen yet: choose one from the list.</source>
        <translation>尚未选择时段：请从列表中选择。</translation>
    </message>
    <message>
        <source>No slot chosen yet: press Find slots and choose one.</source>
        <translation>尚未选择时段：请点击“查找空闲时段”并选择一个。</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 · 顾问 %2</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>不用会议室</translation>
    </message>
    <message>
        <source>Choose the company, or name the prospective company</source>
        <translation>请选择企业，或填写意向企业名称</translation>
    </message>
    <message>
        <source>Name the prospective company</source>
        <translation>请填写意向企业名称</translation>
    </message>
    <message>
        <source>The session must end after it starts</source>
        <translation>咨询结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>That slot was taken meanwhile: %1. The list shows the slots free now.</source>
        <translation>该时段已被占用：%1。列表显示的是当前的空闲时段。</translation>
    </message>
    <message>
        <source>Choose one of the free slots</source>
        <translation>请选择一个空闲时段</translation>
    </message>
    <message>
        <source>Press Find slots, then choose one of the free slots</source>
        <translation>请点击“查找空闲时段”，然后选择一个空闲时段</translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
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
</context>
<context>
    <name>BookingSummary</name>
    <message>
        <source>Booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>不用会议室</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <source>The company asked to cancel</source>
        <translation>企业要求取消</translation>
    </message>
    <message>
        <source>The consultant is not available</source>
        <translation>顾问无法出席</translation>
    </message>
    <message>
        <source>The room is not available</source>
        <translation>会议室不可用</translation>
    </message>
    <message>
        <source>Booked by mistake</source>
        <translation>误预约</translation>
    </message>
    <message>
        <source>The company did not confirm the session</source>
        <translation>企业未确认咨询</translation>
    </message>
    <message>
        <source>Choose a reason or type your own (required)</source>
        <translation>选择原因或自行输入（必填）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Keep booking</source>
        <translation>保留预约</translation>
    </message>
    <message>
        <source>Cancel booking %1</source>
        <translation>取消预约 %1</translation>
    </message>
    <message>
        <source>Only a booked session can be cancelled.</source>
        <translation>只能取消已预约的咨询。</translation>
    </message>
    <message>
        <source>Say why the session is cancelled</source>
        <translation>请说明取消原因</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>18 characters (统一社会信用代码)</source>
        <translation>18 位（统一社会信用代码）</translation>
    </message>
    <message>
        <source>Choose a segment…</source>
        <translation>选择业务领域…</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>入驻日期</translation>
    </message>
    <message>
        <source>Graduated on</source>
        <translation>毕业日期</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
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
        <source>Segment</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>融资阶段</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>编辑企业 %1</translation>
    </message>
    <message>
        <source>Admit a company</source>
        <translation>登记入驻企业</translation>
    </message>
    <message>
        <source>✓ Check digit is correct</source>
        <translation>✓ 校验位正确</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Type part of a name or credit code</source>
        <translation>输入名称或信用代码的一部分</translation>
    </message>
</context>
<context>
    <name>ConsultantDialog</name>
    <message>
        <source>Choose…</source>
        <extracomment>Periods were added or removed (saved at once, even if the dialog is then cancelled).</extracomment>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>The centre&apos;s own staff</source>
        <translation>中心员工</translation>
    </message>
    <message>
        <source>External adviser</source>
        <translation>外部顾问</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Takes sessions</source>
        <translation>接受预约</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>咨询主题</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>聘用方式</translation>
    </message>
    <message>
        <source>Between sessions</source>
        <translation>咨询间隔</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kept free before and after each session</source>
        <translation>每次咨询前后预留的空闲时间</translation>
    </message>
    <message>
        <source>Add time off</source>
        <translation>添加休假</translation>
    </message>
    <message>
        <source>No time off recorded</source>
        <translation>无休假记录</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Weekly hours (Shanghai time)</source>
        <translation>每周工作时间（上海时间）</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>New consultant</source>
        <translation>新建顾问</translation>
    </message>
    <message>
        <source>Add consultant</source>
        <translation>添加顾问</translation>
    </message>
    <message>
        <source>Edit consultant %1</source>
        <translation>编辑顾问 %1</translation>
    </message>
    <message>
        <source>Add the consultant first</source>
        <translation>请先添加顾问</translation>
    </message>
    <message>
        <source>Give the consultant&apos;s name</source>
        <translation>请填写顾问姓名</translation>
    </message>
    <message>
        <source>Choose at least one topic the consultant covers</source>
        <translation>请至少选择一个顾问负责的咨询主题</translation>
    </message>
    <message>
        <source>Choose the service platform the consultant belongs to</source>
        <translation>请选择顾问所属的服务平台</translation>
    </message>
    <message>
        <source>%1: the hours must end after they start</source>
        <translation>%1：结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>%1: two periods of working hours overlap</source>
        <translation>%1：两段工作时间重叠</translation>
    </message>
    <message>
        <source>Give the consultant&apos;s working hours on at least one weekday</source>
        <translation>请至少为一周中的一天填写顾问的工作时间</translation>
    </message>
    <message>
        <source>%1 booked session(s) fall in this time off and need rescheduling:</source>
        <translation>有 %1 个已预约的咨询落在此休假期间，需要改期：</translation>
    </message>
    <message>
        <source>Sessions to reschedule</source>
        <translation>需改期的咨询</translation>
    </message>
    <message>
        <source>Remove time off</source>
        <translation>删除休假</translation>
    </message>
    <message>
        <source>Remove this time off? The hours are free again.</source>
        <translation>删除此休假？这些时间将重新开放预约。</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note on C%1</source>
        <translation>C%1 的冲减单</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Why it is credited (required)</source>
        <translation>冲减原因（必填）</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>冲减金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>开具冲减单</translation>
    </message>
    <message>
        <source>At most %1 is left to credit.</source>
        <translation>最多还可冲减 %1。</translation>
    </message>
    <message>
        <source>Nothing is left to credit on this charge.</source>
        <translation>此费用已无可冲减金额。</translation>
    </message>
    <message>
        <source>Say why the charge is credited</source>
        <translation>请说明冲减原因</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Making the building, its units, companies and leases…</source>
        <translation>正在生成楼宇、单元、企业和租约…</translation>
    </message>
    <message>
        <source>Making the demo accounts…</source>
        <translation>正在生成演示账户…</translation>
    </message>
    <message>
        <source>Making two years of consultations…</source>
        <translation>正在生成两年的咨询记录…</translation>
    </message>
    <message>
        <source>Making two years of charges and payments…</source>
        <translation>正在生成两年的费用和收款…</translation>
    </message>
    <message>
        <source>Making two years of financing applications…</source>
        <translation>正在生成两年的融资申请…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Fill with demo data…</source>
        <translation>填入演示数据…</translation>
    </message>
    <message>
        <source>Fill this empty database with the demo centre (about half a minute)</source>
        <translation>在这个空数据库中填入演示中心（约半分钟）</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>填入演示数据</translation>
    </message>
    <message>
        <source>Fill this empty database with the demo centre: a tower of 335 units, 120 companies, two years of leases, consultations, charges, payments and financing applications, and the demo accounts staff, finance, manager and director (with no password until an administrator sets one on the Users page). It takes about half a minute; Cancel leaves the database empty. Go ahead?</source>
        <translation>在这个空数据库中填入演示中心：一栋 335 个单元的大楼、120 家企业、两年的租约、咨询、费用、收款和融资申请，以及演示账户 staff、finance、manager 和 director（在管理员于“用户”页设置密码之前没有密码）。约需半分钟；取消后数据库保持为空。继续吗？</translation>
    </message>
    <message>
        <source>The demo centre is ready: %1 units, %2 companies, %3 leases, %4 bookings, %5 financing applications.</source>
        <translation>演示中心已就绪：%1 个单元、%2 家企业、%3 份租约、%4 个预约、%5 份融资申请。</translation>
    </message>
    <message>
        <source>Making the demo centre…</source>
        <translation>正在生成演示中心…</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Deposit of %1</source>
        <translation>%1 的押金</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>变动类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>登记变动</translation>
    </message>
    <message>
        <source>asked %1 · charged %2 · received %3 · held %4 · applied %5 · refunded %6</source>
        <translation>应缴 %1 · 已开具 %2 · 已收 %3 · 结存 %4 · 已抵扣 %5 · 已退还 %6</translation>
    </message>
    <message>
        <source>Still to ask for: %1</source>
        <translation>尚待通知缴纳：%1</translation>
    </message>
    <message>
        <source>Charged and not received yet: %1</source>
        <translation>已开具未收款：%1</translation>
    </message>
    <message>
        <source>Held: %1; applied to the company&apos;s debts like a payment</source>
        <translation>结存：%1；可像收款一样抵扣企业欠款</translation>
    </message>
    <message>
        <source>Held: %1; refunded once the lease has ended</source>
        <translation>结存：%1；租约结束后退还</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Stored copy</source>
        <translation>存档副本</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <source>Copy a file into the application as a document</source>
        <translation>将文件复制到申请中作为材料</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the stored copy of the selected document</source>
        <translation>打开所选材料的存档副本</translation>
    </message>
    <message>
        <source>Check files</source>
        <translation>校验文件</translation>
    </message>
    <message>
        <source>Compare each stored copy with the SHA-256 recorded when it was attached</source>
        <translation>将每个存档副本与附加时记录的 SHA-256 进行比对</translation>
    </message>
    <message>
        <source>Required by the programme</source>
        <translation>政策要求的材料</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>已附加的文件</translation>
    </message>
    <message>
        <source>%1 — missing</source>
        <translation>%1 — 缺失</translation>
    </message>
    <message>
        <source>This programme requires no documents.</source>
        <translation>本政策不要求提交材料。</translation>
    </message>
    <message>
        <source>✔ matches</source>
        <translation>✔ 一致</translation>
    </message>
    <message>
        <source>✘ changed since attached</source>
        <translation>✘ 附加后已被修改</translation>
    </message>
    <message>
        <source>✘ missing</source>
        <translation>✘ 缺失</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>附加材料</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Which document is it?</source>
        <translation>这是哪份材料？</translation>
    </message>
    <message>
        <source>Choose a document the programme requires, or type a name:</source>
        <translation>选择政策要求的材料，或输入名称：</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>无法打开材料</translation>
    </message>
    <message>
        <source>The stored copy of %1 is missing: %2</source>
        <translation>%1 的存档副本缺失：%2</translation>
    </message>
    <message>
        <source>Open a changed file?</source>
        <translation>打开已被修改的文件？</translation>
    </message>
    <message>
        <source>The stored copy of %1 no longer matches the SHA-256 recorded when it was attached (%2…): it has been changed since. Open it anyway?</source>
        <translation>%1 的存档副本与附加时记录的 SHA-256（%2…）不再一致：附加后已被修改。仍要打开吗？</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Load their changes</source>
        <extracomment>Changing the key field makes the service&apos;s errors on these fields stale too.</extracomment>
        <translation>载入对方的修改</translation>
    </message>
    <message>
        <source>Show the record as saved now; what you typed is listed above</source>
        <translation>显示当前已保存的记录；您输入的内容列在上方</translation>
    </message>
    <message>
        <source>Loaded the record as saved now.</source>
        <translation>已载入当前已保存的记录。</translation>
    </message>
    <message>
        <source>You had typed — %1. Make your changes again and save.</source>
        <translation>您之前输入的是：%1。请重新修改并保存。</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue charges</source>
        <translation>开具费用</translation>
    </message>
    <message>
        <source>Issued charges are owed and never rewritten; a credit note corrects them.</source>
        <translation>已开具的费用即为应付款项，不会被改写；如需更正，请开具冲减单。</translation>
    </message>
    <message>
        <source>Due up to</source>
        <translation>到期日截至</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>开具</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>Generate charges</source>
        <translation>生成费用</translation>
    </message>
    <message>
        <source>Every signed lease&apos;s rent is generated up to the end of this month: new months are scheduled, scheduled ones follow their lease, issued ones get a credit note or a supplement. Running it again changes nothing.</source>
        <translation>所有已签租约的租金将生成至该月月末：新的月份列入计划，已计划的月份随租约更新，已开具的月份通过冲减单或补充费用调整。重复运行不会产生任何变化。</translation>
    </message>
    <message>
        <source>Up to the month of</source>
        <translation>截至月份</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Show the application as saved now</source>
        <translation>显示当前已保存的申请</translation>
    </message>
    <message>
        <source>What you typed here stays</source>
        <translation>您在此输入的内容会保留</translation>
    </message>
</context>
<context>
    <name>PlanTranchesDialog</name>
    <message>
        <source>Add tranche</source>
        <translation>添加分期</translation>
    </message>
    <message>
        <source> tranche(s)</source>
        <translation> 期</translation>
    </message>
    <message>
        <source>Split evenly into</source>
        <translation>平均分为</translation>
    </message>
    <message>
        <source>%1 approved %2. The tranches must add up to it exactly, in the order of their planned dates; each is paid once its milestone is met.</source>
        <translation>%1 已批准 %2。各期金额之和必须与之完全相等，并按计划日期排序；每期在其里程碑达成后拨付。</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Plan the tranches of %1</source>
        <translation>规划 %1 的分期</translation>
    </message>
    <message>
        <source>Total %1 = the approved %2</source>
        <translation>合计 %1 = 批准额 %2</translation>
    </message>
    <message>
        <source>Total %1 of the approved %2: %3 still to plan</source>
        <translation>合计 %1，批准额 %2：尚有 %3 待规划</translation>
    </message>
    <message>
        <source>Total %1 is %3 more than the approved %2</source>
        <translation>合计 %1，比批准额 %2 多 %3</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>No room</source>
        <translation>不用会议室</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1（%2 人）</translation>
    </message>
    <message>
        <source>e.g. the company asked for another day</source>
        <translation>例如：企业要求改到其他日期</translation>
    </message>
    <message>
        <source>New consultant</source>
        <translation>新顾问</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新会议室</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>新日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choosing one puts it into the form.</source>
        <translation>选择后将填入表单。</translation>
    </message>
    <message>
        <source>Find a free slot (same topic and length)</source>
        <translation>查找空闲时段（相同主题和时长）</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Reschedule booking %1</source>
        <translation>预约 %1 改期</translation>
    </message>
    <message>
        <source>Only a booked session can be rescheduled.</source>
        <translation>只能为已预约的咨询改期。</translation>
    </message>
    <message>
        <source>Was %1</source>
        <translation>原为 %1</translation>
    </message>
    <message>
        <source>The session must end after it starts</source>
        <translation>咨询结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>%1. The list shows the slots free now.</source>
        <translation>%1。列表显示的是当前的空闲时段。</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>What the score rests on</source>
        <translation>评分依据</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>保存审核</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>您的审核</translation>
    </message>
    <message>
        <source>Reviews so far</source>
        <translation>已有审核</translation>
    </message>
    <message>
        <source>The programme has no review criteria.</source>
        <translation>该政策没有评审标准。</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1（权重 %2）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>– (%1 of %2 criteria scored)</source>
        <translation>–（已评 %1/%2 项标准）</translation>
    </message>
    <message>
        <source>Reviews are taken while the application is under review; it is %1.</source>
        <translation>只有审核中的申请才能录入审核意见；该申请当前状态为：%1。</translation>
    </message>
    <message>
        <source>You reviewed this application on %1.</source>
        <translation>您已于 %1 审核此申请。</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权分</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>暂无审核。</translation>
    </message>
    <message>
        <source>The application&apos;s score: %1 of %2, the mean of %3 review(s).</source>
        <translation>申请得分：%1 / %2，为 %3 份审核的平均分。</translation>
    </message>
</context>
<context>
    <name>Topic</name>
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
</context>
<context>
    <name>TrancheRowsEditor</name>
    <message>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>What must be done first</source>
        <translation>拨付前须完成的事项</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>TranchesPanel</name>
    <message>
        <source>#</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Milestone met (date · by)</source>
        <translation>里程碑达成（日期 · 操作人）</translation>
    </message>
    <message>
        <source>Paid (date · reference · by)</source>
        <translation>已拨付（日期 · 参考号 · 操作人）</translation>
    </message>
    <message>
        <source>Plan tranches…</source>
        <translation>规划分期…</translation>
    </message>
    <message>
        <source>Milestone met…</source>
        <translation>里程碑达成…</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>拨付…</translation>
    </message>
    <message>
        <source>Nothing is approved yet.</source>
        <translation>尚未批准任何金额。</translation>
    </message>
    <message>
        <source>Planned %1 of the approved %2; remainder %3 · paid %4</source>
        <translation>已规划 %1，批准额 %2；剩余 %3 · 已拨付 %4</translation>
    </message>
    <message>
        <source>Plan the tranches; payments start once they add up to the approval.</source>
        <translation>请规划分期；各期合计等于批准额后方可开始拨付。</translation>
    </message>
    <message>
        <source>Select a tranche to mark its milestone met or to release it.</source>
        <translation>选择一期，标记其里程碑达成或进行拨付。</translation>
    </message>
    <message>
        <source>Tranche %1 is paid once its milestone (%2) is marked met.</source>
        <translation>第%1期在里程碑（%2）标记为达成后拨付。</translation>
    </message>
    <message>
        <source>Milestone of tranche %1</source>
        <translation>第%1期里程碑</translation>
    </message>
    <message>
        <source>Tranche %1 of %2 (%3): mark its milestone “%4” met.</source>
        <translation>%2 第%1期（%3）：将里程碑“%4”标记为已达成。</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <source>Mark met</source>
        <translation>标记为已达成</translation>
    </message>
    <message>
        <source>Bank or voucher number</source>
        <translation>银行流水号或凭证号</translation>
    </message>
    <message>
        <source>Release tranche %1</source>
        <translation>拨付第%1期</translation>
    </message>
    <message>
        <source>Record the payment of tranche %1 of %2: %3 to %4.</source>
        <translation>登记 %2 第%1期的拨付：向 %4 支付 %3。</translation>
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
        <source>Record payment</source>
        <translation>登记拨付</translation>
    </message>
</context>
<context>
    <name>UsagePanel</name>
    <message>
        <source>Used on</source>
        <translation>使用日期</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 卡时</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Record usage…</source>
        <translation>登记用量…</translation>
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
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>%1 is paid in yuan; GPU-hours are recorded on compute vouchers.</source>
        <translation>%1 以人民币拨付；GPU 卡时在算力券中登记。</translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation>尚未批准</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>已使用 %1 %</translation>
    </message>
    <message>
        <source>nothing allocated</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>GPU-hours are recorded against an approved voucher; this one is %1.</source>
        <translation>GPU 卡时须记入已批准的算力券；此算力券当前为%1。</translation>
    </message>
    <message>
        <source>The provider&apos;s statement or invoice</source>
        <translation>服务商的对账单或发票</translation>
    </message>
    <message>
        <source>GPU-hours used on %1</source>
        <translation>%1 使用的 GPU 卡时</translation>
    </message>
    <message>
        <source>%1 with %2: %3 left of %4.</source>
        <translation>%1（%2）：剩余 %3，共 %4。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
</TS>
