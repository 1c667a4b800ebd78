<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArrearsView</name>
    <message>
        <source>The arrears as they stood at the end of this day</source>
        <translation>截至该日日终的欠费情况</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Only companies in arrears</source>
        <translation>仅显示欠费企业</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Double-click a company to open its record</source>
        <translation>双击企业可打开其档案</translation>
    </message>
    <message>
        <source>No company is in arrears on %1.</source>
        <translation>%1 无欠费企业。</translation>
    </message>
    <message>
        <source>%1 in arrears, %2 of them over 90 days</source>
        <translation>%1 欠费，其中 %2 逾期超过 90 天</translation>
    </message>
    <message>
        <source>1 company</source>
        <translation>1 家企业</translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation>%1 家企业</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>entry</source>
        <translation>条记录</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>条记录</translation>
    </message>
    <message>
        <source>Search summary or user…</source>
        <translation>搜索摘要或用户…</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>Days in Shanghai time; the first date means any date</source>
        <translation>日期按上海时间计；起始日期取最早值时表示不限日期</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>No entry matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的记录。</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚无任何记录。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>No fields.</source>
        <translation>无字段。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>BillingActions</name>
    <message>
        <source>Generate charges…</source>
        <translation>生成费用…</translation>
    </message>
    <message>
        <source>Bring a month&apos;s rent charges in line with the leases</source>
        <translation>按租约生成或更新当月租金费用</translation>
    </message>
    <message>
        <source>Issue charges…</source>
        <translation>开具费用…</translation>
    </message>
    <message>
        <source>Issue the scheduled charges due up to a date</source>
        <translation>开具截至某日到期的待开具费用</translation>
    </message>
    <message>
        <source>Add charge…</source>
        <translation>新增费用…</translation>
    </message>
    <message>
        <source>A service fee, utilities, damages or other charge</source>
        <translation>服务费、水电费、损坏赔偿或其他费用</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>冲减单…</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记收款…</translation>
    </message>
    <message>
        <source>Money received from a company (Ctrl+N)</source>
        <translation>企业的付款（Ctrl+N）</translation>
    </message>
    <message>
        <source>Reverse payment…</source>
        <translation>冲回收款…</translation>
    </message>
    <message>
        <source>Deposit step</source>
        <translation>押金变动</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>对账单…</translation>
    </message>
    <message>
        <source>The selected company&apos;s statement for a period</source>
        <translation>所选企业某期间的对账单</translation>
    </message>
    <message>
        <source>Credit part or all of the selected issued charge</source>
        <translation>对所选已开具费用进行部分或全额冲减</translation>
    </message>
    <message>
        <source>Select an issued charge in Charges</source>
        <translation>请在“费用”中选择一笔已开具的费用</translation>
    </message>
    <message>
        <source>Reverse the selected payment, with the reason</source>
        <translation>冲回所选收款，并注明原因</translation>
    </message>
    <message>
        <source>Select a standing payment in Payments</source>
        <translation>请在“收款”中选择一笔有效收款</translation>
    </message>
    <message>
        <source>Record a step of the selected lease&apos;s deposit</source>
        <translation>为所选租约的押金登记一笔变动</translation>
    </message>
    <message>
        <source>Select a lease in Deposits</source>
        <translation>请在“押金”中选择一份租约</translation>
    </message>
    <message>
        <source>Rent charges up to %1: %2 created, %3 updated, %4 removed, %5 corrections (total %6). They are scheduled until issued.</source>
        <translation>截至 %1 的租金费用：新建 %2 笔，更新 %3 笔，删除 %4 笔，更正 %5 笔（合计 %6）。开具前均为待开具状态。</translation>
    </message>
    <message>
        <source>The rent charges up to %1 were already in line with the leases.</source>
        <translation>截至 %1 的租金费用已与租约一致。</translation>
    </message>
    <message>
        <source>Charges generated</source>
        <translation>费用已生成</translation>
    </message>
    <message>
        <source>%1 charges due up to %2 issued.</source>
        <translation>已开具截至 %2 到期的费用 %1 笔。</translation>
    </message>
    <message>
        <source>No scheduled charge is due up to %1.</source>
        <translation>截至 %1 没有到期的待开具费用。</translation>
    </message>
    <message>
        <source>Charges issued</source>
        <translation>费用已开具</translation>
    </message>
    <message>
        <source>Could not do it</source>
        <translation>操作失败</translation>
    </message>
</context>
<context>
    <name>BillingList</name>
    <message>
        <source>All companies</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <source>The companies charged or that have paid</source>
        <translation>有费用或收款的企业</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>近 3 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>无变更记录。</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>Charges</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账务</translation>
    </message>
</context>
<context>
    <name>BookingActions</name>
    <message>
        <source>New booking…</source>
        <translation>新建预约…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>导出 .ics</translation>
    </message>
    <message>
        <source>This booking…</source>
        <translation>本次预约…</translation>
    </message>
    <message>
        <source>Consultant&apos;s schedule…</source>
        <translation>顾问日程…</translation>
    </message>
    <message>
        <source>Book a session (Ctrl+N)</source>
        <translation>预约一次咨询（Ctrl+N）</translation>
    </message>
    <message>
        <source>The session took place</source>
        <translation>咨询已进行</translation>
    </message>
    <message>
        <source>The company did not come</source>
        <translation>企业未到场</translation>
    </message>
    <message>
        <source>Your role may not change bookings</source>
        <translation>您的角色无权修改预约</translation>
    </message>
    <message>
        <source>Select a booking</source>
        <translation>请选择一条预约</translation>
    </message>
    <message>
        <source>Only a booked session can be changed</source>
        <translation>只能修改已预约状态的咨询</translation>
    </message>
    <message>
        <source>The session has not begun yet</source>
        <translation>咨询尚未开始</translation>
    </message>
    <message>
        <source>%1&apos;s schedule, %2…</source>
        <translation>%1 的日程，%2…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>This dialog is not installed yet.</source>
        <translation>此对话框尚未安装。</translation>
    </message>
    <message>
        <source>Could not open the booking</source>
        <translation>无法打开预约</translation>
    </message>
    <message>
        <source>Complete the session</source>
        <translation>完成咨询</translation>
    </message>
    <message>
        <source>Record that %1 took place?</source>
        <translation>确认 %1 已进行？</translation>
    </message>
    <message>
        <source>Could not complete the booking</source>
        <translation>无法完成预约</translation>
    </message>
    <message>
        <source>Mark a no-show</source>
        <translation>标记爽约</translation>
    </message>
    <message>
        <source>Record that the company did not come to %1?

Three no-shows in 90 days mean its next booking needs a manager&apos;s confirmation.</source>
        <translation>确认企业未到场参加 %1？

90 天内爽约三次后，该企业的下一次预约需经理确认。</translation>
    </message>
    <message>
        <source>Could not mark the no-show</source>
        <translation>无法标记爽约</translation>
    </message>
    <message>
        <source>Could not export the booking</source>
        <translation>无法导出预约</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not export the schedule</source>
        <translation>无法导出日程</translation>
    </message>
    <message>
        <source>Saved %1 sessions to %2</source>
        <translation>已将 %1 次咨询保存到 %2</translation>
    </message>
</context>
<context>
    <name>BookingFilters</name>
    <message>
        <source>All companies</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <source>The companies that have booked</source>
        <translation>有过预约的企业</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>全部会议室</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将进行</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>未来 30 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>过去 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>When the session starts</source>
        <translation>咨询开始时间</translation>
    </message>
</context>
<context>
    <name>ChargesList</name>
    <message>
        <source>charge</source>
        <translation>笔费用</translation>
    </message>
    <message>
        <source>charges</source>
        <translation>笔费用</translation>
    </message>
    <message>
        <source>Search company or description…</source>
        <translation>搜索企业或说明…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>待开具</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>When the charge is due</source>
        <translation>费用的到期日期</translation>
    </message>
    <message>
        <source>No charge matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的费用。</translation>
    </message>
    <message>
        <source>No charges yet. Finance generates the month&apos;s rent with Generate charges…</source>
        <translation>尚无费用。财务可通过“生成费用…”生成当月租金。</translation>
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
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Not yet (scheduled)</source>
        <translation>尚未开具（待开具）</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未付</translation>
    </message>
    <message>
        <source>Left to credit</source>
        <translation>可冲减余额</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>所更正的费用</translation>
    </message>
    <message>
        <source>Credit notes and supplements</source>
        <translation>冲减单与补充费用</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>company</source>
        <translation>家企业</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>家企业</translation>
    </message>
    <message>
        <source>Search name (English or Chinese) or credit code…</source>
        <translation>搜索名称（英文或中文）或信用代码…</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部业务领域</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部融资阶段</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>融资阶段</translation>
    </message>
    <message>
        <source>Tenants only</source>
        <translation>仅租户</translation>
    </message>
    <message>
        <source>Only companies with a lease in force today</source>
        <translation>仅显示今日有生效租约的企业</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import companies, units and leases from a workbook</source>
        <translation>从工作簿导入企业、单元和租约</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>No company matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的企业。</translation>
    </message>
    <message>
        <source>No companies yet. Use New (Ctrl+N) to admit the first one.</source>
        <translation>尚无企业。使用“新建”（Ctrl+N）入驻第一家企业。</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>融资申请</translation>
    </message>
    <message>
        <source>No financing applications.</source>
        <translation>无融资申请。</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>All applications in Financing…</source>
        <translation>在“融资申请”中查看全部申请…</translation>
    </message>
    <message>
        <source>Open company page ›</source>
        <translation>打开企业页面 ›</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
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
        <source>Leased today</source>
        <translation>今日租用</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>No leases.</source>
        <translation>无租约。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>As it was on…</source>
        <translation>查看历史状态…</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>无变更记录。</translation>
    </message>
    <message>
        <source>Over 90 days in arrears</source>
        <translation>逾期超过 90 天欠费</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Nothing charged or paid yet.</source>
        <translation>尚无费用或收款。</translation>
    </message>
    <message>
        <source>%1 in credit</source>
        <translation>预收 %1</translation>
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
        <source>Deposit held</source>
        <translation>押金结存</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>未付</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>已冲回</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>对账单…</translation>
    </message>
    <message>
        <source>Charges and payments in Billing…</source>
        <translation>在账务页查看费用和收款…</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>No consultations booked.</source>
        <translation>尚无咨询预约。</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将进行</translation>
    </message>
    <message>
        <source>All its bookings in Consultations…</source>
        <translation>在“咨询”中查看其全部预约…</translation>
    </message>
</context>
<context>
    <name>CompanyView</name>
    <message>
        <source>‹ Companies</source>
        <translation>‹ 企业</translation>
    </message>
    <message>
        <source>Back to the list of companies (Esc)</source>
        <translation>返回企业列表（Esc）</translation>
    </message>
    <message>
        <source>The date the figures and flags are worked out for</source>
        <translation>计算各项数字和提示所依据的日期</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Edit company…</source>
        <translation>编辑企业…</translation>
    </message>
    <message>
        <source>New lease…</source>
        <translation>新建租约…</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>新建申请…</translation>
    </message>
    <message>
        <source>Book a consultation…</source>
        <translation>预约咨询…</translation>
    </message>
    <message>
        <source>Area leased</source>
        <translation>已租面积</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>%1 lease in force</source>
        <translation>%1 份生效中的租约</translation>
    </message>
    <message>
        <source>%1 leases in force</source>
        <translation>%1 份生效中的租约</translation>
    </message>
    <message>
        <source>%1 application</source>
        <translation>%1 项申请</translation>
    </message>
    <message>
        <source>%1 applications</source>
        <translation>%1 项申请</translation>
    </message>
    <message>
        <source>All applications in Financing…</source>
        <translation>在“融资申请”中查看全部申请…</translation>
    </message>
    <message>
        <source>All its bookings in Consultations…</source>
        <translation>在“咨询”中查看其全部预约…</translation>
    </message>
    <message>
        <source>Charges and payments in Billing…</source>
        <translation>在账务页查看费用和收款…</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>对账单…</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>算力券</translation>
    </message>
    <message>
        <source>renewed as %1</source>
        <translation>已续租为 %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 项</translation>
    </message>
    <message>
        <source>Units and leases</source>
        <translation>单元与租约</translation>
    </message>
    <message>
        <source>No leases.</source>
        <translation>无租约。</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Rent/month</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>Account and arrears</source>
        <translation>账户与欠费</translation>
    </message>
    <message>
        <source>Nothing charged or paid yet.</source>
        <translation>尚无费用或收款。</translation>
    </message>
    <message>
        <source>%1 in credit</source>
        <translation>预收 %1</translation>
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
        <source>Deposit held</source>
        <translation>押金结存</translation>
    </message>
    <message>
        <source>Consultations and no-shows</source>
        <translation>咨询与爽约</translation>
    </message>
    <message>
        <source>No consultations booked.</source>
        <translation>尚无咨询预约。</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将进行</translation>
    </message>
    <message>
        <source>No-shows in the last 90 days</source>
        <translation>近 90 天爽约次数</translation>
    </message>
    <message>
        <source>Applications and vouchers</source>
        <translation>申请与算力券</translation>
    </message>
    <message>
        <source>No financing applications.</source>
        <translation>无融资申请。</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>算力券</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>No documents attached to its applications.</source>
        <translation>其申请尚未附加任何材料。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>无变更记录。</translation>
    </message>
    <message>
        <source>Approved support</source>
        <translation>已批准扶持</translation>
    </message>
    <message>
        <source>Disbursed support</source>
        <translation>已拨付扶持</translation>
    </message>
    <message>
        <source>at today&apos;s rates</source>
        <translation>按今日单价</translation>
    </message>
    <message>
        <source>in credit</source>
        <translation>预收</translation>
    </message>
    <message>
        <source>%1 over 90 days</source>
        <translation>逾期超过 90 天 %1</translation>
    </message>
    <message>
        <source>nothing over 90 days</source>
        <translation>无逾期超过 90 天的欠费</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>已使用 %1 / %2</translation>
    </message>
    <message>
        <source>%1 of approved</source>
        <translation>占已批准的 %1</translation>
    </message>
    <message>
        <source>at the rates of %1</source>
        <translation>按 %1 的单价</translation>
    </message>
    <message>
        <source>%1 in arrears over 90 days while applying for support (%2)</source>
        <translation>逾期超过 90 天欠费 %1，同时正在申请扶持（%2）</translation>
    </message>
    <message>
        <source>Lease %1 ends on %2 (in %3 days) and has not been renewed</source>
        <translation>租约 %1 将于 %2 到期（%3 天后），尚未续租</translation>
    </message>
    <message>
        <source>%1 no-shows in the last 90 days: the next booking needs a manager&apos;s confirmation</source>
        <translation>近 90 天爽约 %1 次：下次预约需经理确认</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>booking</source>
        <translation>条预约</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>条预约</translation>
    </message>
    <message>
        <source>Search company, prospect or consultant…</source>
        <translation>搜索企业、意向企业或顾问…</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>No booking matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的预约。</translation>
    </message>
    <message>
        <source>No bookings yet. Use New booking (Ctrl+N) to book the first session.</source>
        <translation>尚无预约。使用“新建预约”（Ctrl+N）预约第一次咨询。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Consultants and rooms</source>
        <translation>顾问与会议室</translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation>上一日或上一周</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>下一日或下一周</translation>
    </message>
    <message>
        <source>The day shown (the week view shows its week)</source>
        <translation>显示的日期（周视图显示该日所在周）</translation>
    </message>
    <message>
        <source>Columns by consultant</source>
        <translation>按顾问分列</translation>
    </message>
    <message>
        <source>Columns by room</source>
        <translation>按会议室分列</translation>
    </message>
    <message>
        <source>No consultants yet: add them under Consultants and rooms.</source>
        <translation>尚无顾问：请在“顾问与会议室”中添加。</translation>
    </message>
    <message>
        <source>No meeting rooms yet: add them under Consultants and rooms.</source>
        <translation>尚无会议室：请在“顾问与会议室”中添加。</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 次咨询</translation>
    </message>
    <message>
        <source>%1 session</source>
        <translation>%1 次咨询</translation>
    </message>
    <message>
        <source>Could not open the booking</source>
        <translation>无法打开预约</translation>
    </message>
    <message>
        <source>Export calendar file</source>
        <translation>导出日历文件</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Recorded as held</source>
        <translation>补录为已举行</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>已改期</translation>
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
        <source>Marked a no-show</source>
        <translation>标记为爽约</translation>
    </message>
    <message>
        <source>%1 no-shows in 90 days</source>
        <translation>90 天内爽约 %1 次</translation>
    </message>
    <message>
        <source>1 no-show in 90 days</source>
        <translation>90 天内爽约 1 次</translation>
    </message>
    <message>
        <source> — next booking needs a manager&apos;s confirmation</source>
        <translation> — 下一次预约需经理确认</translation>
    </message>
    <message>
        <source> — a manager has confirmed a booking since</source>
        <translation> — 此后已有经理确认过预约</translation>
    </message>
    <message>
        <source>%1 (prospective company)</source>
        <translation>%1（意向企业）</translation>
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
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>不用会议室</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>原定 %1</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>无变更记录。</translation>
    </message>
    <message>
        <source>Select a booking to see its details. Double-click free time in the calendar to book it; double-click a booking to reschedule it.</source>
        <translation>选择一条预约可查看详情。在日历中双击空闲时间可新建预约；双击预约可改期。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Occupancy</source>
        <translation>出租率</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
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
        <source>Vacant units</source>
        <translation>空置单元</translation>
    </message>
    <message>
        <source>Expiring ≤ 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Expiring ≤ 60 days</source>
        <translation>60 天内到期</translation>
    </message>
    <message>
        <source>Expiring ≤ 90 days</source>
        <translation>90 天内到期</translation>
    </message>
    <message>
        <source>Occupancy by floor</source>
        <translation>各楼层出租率</translation>
    </message>
    <message>
        <source>No lease in force ends within 90 days of this date.</source>
        <translation>截至该日，没有在租租约会在 90 天内到期。</translation>
    </message>
    <message>
        <source>Every unit in service is leased on this date.</source>
        <translation>该日所有在用单元均已出租。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>of %1 rentable</source>
        <translation>可租面积 %1</translation>
    </message>
    <message>
        <source>Units leased: %1</source>
        <translation>已出租单元：%1</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>在用单元</translation>
    </message>
    <message>
        <source>of %1 in service</source>
        <translation>在用单元共 %1 个</translation>
    </message>
    <message>
        <source>leases</source>
        <translation>份租约</translation>
    </message>
    <message>
        <source>Floor %1: %2 of %3 leased (%4 of %5 units)</source>
        <translation>%1：已出租 %2 / %3（%4 / %5 个单元）</translation>
    </message>
    <message>
        <source>Leases expiring within %1 days (%2)</source>
        <translation>%1 天内到期的租约（%2）</translation>
    </message>
    <message>
        <source>Vacant units (%1)</source>
        <translation>空置单元（%1）</translation>
    </message>
    <message>
        <source>Occupancy on %1: %2</source>
        <translation>%1 出租率：%2</translation>
    </message>
</context>
<context>
    <name>DepositsList</name>
    <message>
        <source>lease</source>
        <translation>份租约</translation>
    </message>
    <message>
        <source>leases</source>
        <translation>份租约</translation>
    </message>
    <message>
        <source>Search lease or company…</source>
        <translation>搜索租约或企业…</translation>
    </message>
    <message>
        <source>Deposit held only</source>
        <translation>仅显示有押金结存的租约</translation>
    </message>
    <message>
        <source>No lease matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的租约。</translation>
    </message>
    <message>
        <source>No signed lease asks for a deposit.</source>
        <translation>没有要求押金的已签租约。</translation>
    </message>
    <message>
        <source>This lease asks for no deposit.</source>
        <translation>此租约不要求押金。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>应收押金</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>已开具</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>结存</translation>
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
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>变动记录</translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation>尚无变动记录。</translation>
    </message>
</context>
<context>
    <name>FinancingPage</name>
    <message>
        <source>application</source>
        <translation>项申请</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>项申请</translation>
    </message>
    <message>
        <source>Search reference, company or programme…</source>
        <translation>搜索编号、企业或扶持政策…</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <source>The companies that have applied</source>
        <translation>提交过申请的企业</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>全部扶持政策</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部服务平台</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>近 3 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>This and last year</source>
        <translation>今年和去年</translation>
    </message>
    <message>
        <source>When the application was submitted</source>
        <translation>申请的提交时间</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>融资申请</translation>
    </message>
    <message>
        <source>No application matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的申请。</translation>
    </message>
    <message>
        <source>No applications yet. Use New (Ctrl+N) to take the first one.</source>
        <translation>尚无申请。使用“新建”（Ctrl+N）受理第一项申请。</translation>
    </message>
    <message>
        <source>Could not open the application</source>
        <translation>无法打开申请</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>预算年度</translation>
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
        <source>Approved</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>GPU-hours used</source>
        <translation>已用 GPU 卡时</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Missing documents: %1</source>
        <translation>缺少材料：%1</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>分期</translation>
    </message>
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
        <source>Paid</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <source>milestone met</source>
        <translation>已达成里程碑</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>尚无办理记录。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>无变更记录。</translation>
    </message>
</context>
<context>
    <name>LeasesPage</name>
    <message>
        <source>lease</source>
        <translation>份租约</translation>
    </message>
    <message>
        <source>leases</source>
        <translation>份租约</translation>
    </message>
    <message>
        <source>Search reference, company or unit…</source>
        <translation>搜索编号、企业或单元…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Within %1 days</source>
        <translation>%1 天内</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>No lease matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的租约。</translation>
    </message>
    <message>
        <source>No leases yet. Use New (Ctrl+N) to record the first one.</source>
        <translation>尚无租约。使用“新建”（Ctrl+N）录入第一份租约。</translation>
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
        <source>Monthly rent at the end</source>
        <translation>期末月租金</translation>
    </message>
    <message>
        <source>Starting rate per m² per month</source>
        <translation>起始单价（每平方米每月）</translation>
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
        <translation>原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Rent steps</source>
        <translation>租金递增</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>¥/m²/month</source>
        <translation>¥/m²/月</translation>
    </message>
    <message>
        <source>¥/m²/day</source>
        <translation>¥/m²/天</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>As it was on…</source>
        <translation>查看历史状态…</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>无变更记录。</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的结果。</translation>
    </message>
    <message>
        <source>Nothing here yet. Use New to add the first one.</source>
        <translation>暂无数据。使用“新建”添加第一条。</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>选择一行以查看详情。</translation>
    </message>
    <message>
        <source>The details could not be shown.</source>
        <translation>无法显示详情。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 %3</source>
        <translation>共 %2 %3，显示 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>This editor is not installed yet.</source>
        <translation>此编辑器尚未安装。</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>PaymentsList</name>
    <message>
        <source>payment</source>
        <translation>笔收款</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>笔收款</translation>
    </message>
    <message>
        <source>Search reference or company…</source>
        <translation>搜索参考号或企业…</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲回</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>全部收款</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <source>When the money was received</source>
        <translation>收到款项的时间</translation>
    </message>
    <message>
        <source>No payment matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的收款。</translation>
    </message>
    <message>
        <source>No payments yet. Finance records them with Record payment… (Ctrl+N).</source>
        <translation>尚无收款。财务可通过“登记收款…”（Ctrl+N）登记。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
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
        <source>Reversed by</source>
        <translation>冲回人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Settles the company&apos;s oldest open charges; any excess is credit.</source>
        <translation>用于结清该企业最早的未结费用；多余部分转为预收款。</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Programme budgets</source>
        <translation>扶持政策预算</translation>
    </message>
    <message>
        <source>The budget year: budgets and approvals of this year</source>
        <translation>预算年度：该年度的预算与批准情况</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部服务平台</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>服务平台(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <source>No programme matches the filters.</source>
        <translation>没有符合筛选条件的扶持政策。</translation>
    </message>
    <message>
        <source>No programmes yet. Use New (Ctrl+N) to set up the first one.</source>
        <translation>尚无扶持政策。使用“新建”（Ctrl+N）设立第一项。</translation>
    </message>
    <message>
        <source>No programmes yet.</source>
        <translation>尚无扶持政策。</translation>
    </message>
    <message>
        <source>Select a programme to see its windows, caps, eligibility, required documents, review rubric and budgets by year.</source>
        <translation>选择一项扶持政策，可查看其申报期、上限、申请条件、所需材料、评审标准和各年度预算。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Per company per year</source>
        <translation>每家企业每年</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>Share of the eligible cost</source>
        <translation>占合规费用比例</translation>
    </message>
    <message>
        <source>up to %1 %</source>
        <translation>最高 %1 %</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>No window: applications cannot be submitted until one is added.</source>
        <translation>未设申报期：添加申报期前无法提交申请。</translation>
    </message>
    <message>
        <source>Active lease</source>
        <translation>有效租约</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Rent arrears</source>
        <translation>租金欠费</translation>
    </message>
    <message>
        <source>None over 90 days</source>
        <translation>无逾期超过 90 天的欠费</translation>
    </message>
    <message>
        <source>Months in residence</source>
        <translation>入驻月数</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>所有业务领域</translation>
    </message>
    <message>
        <source>None required</source>
        <translation>无要求</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评审项</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>No rubric: applications cannot be reviewed until one is added.</source>
        <translation>未设评审标准：添加评审标准前无法审核申请。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已占用</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>No budget in any year.</source>
        <translation>各年度均无预算。</translation>
    </message>
    <message>
        <source>Application windows</source>
        <translation>申报期</translation>
    </message>
    <message>
        <source>Caps</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <source>Review rubric</source>
        <translation>评审标准</translation>
    </message>
    <message>
        <source>Budgets by year</source>
        <translation>各年度预算</translation>
    </message>
    <message>
        <source>%1 programmes, budget year %2</source>
        <translation>%1 项扶持政策，预算年度 %2</translation>
    </message>
    <message>
        <source>%1 programme, budget year %2</source>
        <translation>%1 项扶持政策，预算年度 %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Excel workbooks for the district and the board: header block, typed cells, totals that follow the filter.</source>
        <translation>面向区政府和董事会的 Excel 工作簿：含表头信息、按类型设置格式的单元格、随筛选条件变化的合计。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>The language of the workbook&apos;s titles, labels and names</source>
        <translation>工作簿标题、标签和名称所用的语言</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部业务领域</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>全部扶持政策</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部服务平台</translation>
    </message>
    <message>
        <source>The as-of year</source>
        <translation>截至日期所在年度</translation>
    </message>
    <message>
        <source>11 months before the last</source>
        <translation>截止月份前 11 个月</translation>
    </message>
    <message>
        <source>The as-of month</source>
        <translation>截至日期所在月份</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <source>Also list companies in credit</source>
        <translation>同时列出有预付余额的企业</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>截至(&amp;A)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>业务领域(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Look ahead</source>
        <translation>前瞻期(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>扶持政策(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>P&amp;latform</source>
        <translation>服务平台(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Compa&amp;ny</source>
        <translation>企业(&amp;N)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Consultant</source>
        <translation>顾问(&amp;C)</translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation>主题(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>会议室(&amp;R)</translation>
    </message>
    <message>
        <source>In cr&amp;edit</source>
        <translation>预付余额(&amp;E)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>全部会议室</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>The first of the To month</source>
        <translation>截止月份的 1 日</translation>
    </message>
    <message>
        <source>The as-of date</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Saved %1 (%2). &lt;a href=&apos;%3&apos;&gt;Open folder&lt;/a&gt;</source>
        <translation>已保存 %1（%2）。&lt;a href=&apos;%3&apos;&gt;打开文件夹&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将 %1 导出到 %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>ResourcesView</name>
    <message>
        <source>Consultants</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>New consultant…</source>
        <translation>新建顾问…</translation>
    </message>
    <message>
        <source>Edit consultant…</source>
        <translation>编辑顾问…</translation>
    </message>
    <message>
        <source>Meeting rooms</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>新建会议室…</translation>
    </message>
    <message>
        <source>Edit room…</source>
        <translation>编辑会议室…</translation>
    </message>
    <message>
        <source>%1 consultants, %2 rooms</source>
        <translation>%1 位顾问，%2 间会议室</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>This editor is not installed yet.</source>
        <translation>此编辑器尚未安装。</translation>
    </message>
    <message>
        <source>Could not open the record</source>
        <translation>无法打开该记录</translation>
    </message>
</context>
<context>
    <name>StackingPage</name>
    <message>
        <source>Export stacking plan</source>
        <translation>导出楼层堆叠图</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Stacking plan</source>
        <translation>楼层堆叠图</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Lease expiry year</source>
        <translation>租约到期年份</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>着色依据</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>No floors yet: add floors and units on the Units page.</source>
        <translation>尚无楼层：请在“单元”页面添加楼层和单元。</translation>
    </message>
    <message>
        <source>Hover a unit for its tenant, term and rent; click it to open the lease.</source>
        <translation>鼠标悬停在单元上可查看租户、租期和租金；单击可打开租约。</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Stacking plan on %1: %2 floors, %3 of %4 units in service let</source>
        <translation>%1 楼层堆叠图：%2 个楼层，在用单元 %4 个，已出租 %3 个</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>unit</source>
        <translation>个单元</translation>
    </message>
    <message>
        <source>units</source>
        <translation>个单元</translation>
    </message>
    <message>
        <source>Search unit code or tenant…</source>
        <translation>搜索单元编号或租户…</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单元</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Leased</source>
        <translation>已出租</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>No unit matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的单元。</translation>
    </message>
    <message>
        <source>No units yet. Use New (Ctrl+N) to add the first one.</source>
        <translation>尚无单元。使用“新建”（Ctrl+N）添加第一个单元。</translation>
    </message>
    <message>
        <source>Rentable area</source>
        <translation>可租面积</translation>
    </message>
    <message>
        <source>Tenant today</source>
        <translation>当前租户</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation>租约到期日</translation>
    </message>
    <message>
        <source>Leases of this unit</source>
        <translation>该单元的租约</translation>
    </message>
    <message>
        <source>Never leased.</source>
        <translation>从未出租。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>As it was on…</source>
        <translation>查看历史状态…</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>无变更记录。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>user</source>
        <translation>位用户</translation>
    </message>
    <message>
        <source>users</source>
        <translation>位用户</translation>
    </message>
    <message>
        <source>Search login or name…</source>
        <translation>搜索登录名或姓名…</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Approval limits…</source>
        <translation>审批限额…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>No user matches the search and filter.</source>
        <translation>没有符合搜索和筛选条件的用户。</translation>
    </message>
    <message>
        <source>No users yet. Use New (Ctrl+N) to add the first one.</source>
        <translation>尚无用户。使用“新建”（Ctrl+N）添加第一位用户。</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Give the selected user a temporary password and lift a lock</source>
        <translation>为所选用户设置临时密码并解除锁定</translation>
    </message>
    <message>
        <source>Stop the selected user from signing in and acting</source>
        <translation>禁止所选用户登录和操作</translation>
    </message>
    <message>
        <source>Let the selected user sign in again</source>
        <translation>允许所选用户重新登录</translation>
    </message>
    <message>
        <source>The amounts managers and directors may approve</source>
        <translation>经理和主任可审批的金额</translation>
    </message>
    <message>
        <source>Deactivate %1?

They can no longer sign in, and whatever they try at a workstation where they are still signed in is refused. Their records and history stay, and you can reactivate them later.</source>
        <translation>停用 %1？

停用后该用户将无法登录，在仍处于登录状态的工作站上进行的任何操作也会被拒绝。其记录和历史将保留，之后可重新启用。</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Cannot deactivate %1</source>
        <translation>无法停用 %1</translation>
    </message>
    <message>
        <source>Cannot reactivate %1</source>
        <translation>无法重新启用 %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>you</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Must be changed at the next sign-in</source>
        <translation>下次登录时必须修改</translation>
    </message>
    <message>
        <source>Chosen by the user</source>
        <translation>由用户自行设置</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>%1 (wrong passwords; a reset lifts it)</source>
        <translation>%1（密码错误；重置密码可解除）</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Approval limit</source>
        <translation>审批限额</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>账户创建时间</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>No role: can only read.</source>
        <translation>无角色：仅可查看。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>无变更记录。</translation>
    </message>
    <message>
        <source>%1 older entries are on the Audit page.</source>
        <translation>另有 %1 条较早的记录，请在“操作记录”页面查看。</translation>
    </message>
    <message>
        <source>Active: may sign in</source>
        <translation>已启用：可以登录</translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in</source>
        <translation>已停用：无法登录</translation>
    </message>
</context>
</TS>
