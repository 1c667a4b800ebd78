<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
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
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Disbursing</source>
        <translation>拨付中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
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
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>服务平台</translation>
    </message>
</context>
<context>
    <name>ArrearsModel</name>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
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
        <source>In arrears</source>
        <translation>欠费金额</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>逾期超过 90 天</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>续租</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>冲减</translation>
    </message>
    <message>
        <source>Followed the lease</source>
        <translation>随租约调整</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>冲回</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Review started</source>
        <translation>开始审核</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>附加材料</translation>
    </message>
    <message>
        <source>Tranches planned</source>
        <translation>规划分期</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>拨付</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>拨付</translation>
    </message>
    <message>
        <source>Milestone met</source>
        <translation>达成里程碑</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>消耗</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Time off removed</source>
        <translation>取消休假</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Closure removed</source>
        <translation>取消停用</translation>
    </message>
    <message>
        <source>Deposit charged</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <source>Deposit received</source>
        <translation>收到押金</translation>
    </message>
    <message>
        <source>Deposit applied</source>
        <translation>押金抵扣</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>退还押金</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>入驻日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Bars arrears over 90</source>
        <translation>拒绝欠费超 90 天企业</translation>
    </message>
    <message>
        <source>Bookings booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Bookings cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Bookings completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Bookings no show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Buffer minutes</source>
        <translation>缓冲时间（分钟）</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>大楼</translation>
    </message>
    <message>
        <source>Cancel reason</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Cap per company year</source>
        <translation>每家企业每年上限</translation>
    </message>
    <message>
        <source>Cap percent</source>
        <translation>比例上限</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Company id</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Consultant id</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>联系邮箱</translation>
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
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已冲减</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>评审标准</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Deposit steps</source>
        <translation>押金变动</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Eligible cost</source>
        <translation>合规费用</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Floor id</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Gpu hours used</source>
        <translation>已用 GPU 卡时</translation>
    </message>
    <message>
        <source>Graduated on</source>
        <translation>毕业日期</translation>
    </message>
    <message>
        <source>Gross area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Lease id</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>得房率</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Min months in residence</source>
        <translation>最短入驻月数</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name en</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Name zh</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Open days</source>
        <translation>开放日</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <source>Programme id</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <source>Prospect name</source>
        <translation>意向企业名称</translation>
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
        <source>Received on</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Renewal of id</source>
        <translation>续租自</translation>
    </message>
    <message>
        <source>Rent free months</source>
        <translation>免租期（月）</translation>
    </message>
    <message>
        <source>Rent per m2 month</source>
        <translation>租金（元/m²/月）</translation>
    </message>
    <message>
        <source>Rent steps</source>
        <translation>租金递增</translation>
    </message>
    <message>
        <source>Rentable area</source>
        <translation>可租面积</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Requires active lease</source>
        <translation>须有生效中的租约</translation>
    </message>
    <message>
        <source>Reversal reason</source>
        <translation>冲回原因</translation>
    </message>
    <message>
        <source>Reversed on</source>
        <translation>冲回日期</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Room id</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>融资阶段</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Termination reason</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Unit codes</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>申报期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Tranche %1 paid</source>
        <translation>第 %1 期已拨付</translation>
    </message>
    <message>
        <source>Tranche %1 milestone met</source>
        <translation>第 %1 期里程碑已达成</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
</context>
<context>
    <name>AuditRecord</name>
    <message>
        <source>Building</source>
        <translation>大楼</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
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
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Demo centre</source>
        <translation>演示中心</translation>
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
        <source>Billing</source>
        <translation>账务</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>Over 90</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲回</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
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
    <name>BookingsModel</name>
    <message>
        <source>%1 (prospective)</source>
        <translation>%1（意向企业）</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
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
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人数</translation>
    </message>
</context>
<context>
    <name>BudgetTotalsModel</name>
    <message>
        <source>%1 programmes</source>
        <translation>%1 项扶持政策</translation>
    </message>
    <message>
        <source>%1 programme</source>
        <translation>%1 项扶持政策</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>%1合计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ChargeKind</name>
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
</context>
<context>
    <name>ChargeStatus</name>
    <message>
        <source>Scheduled</source>
        <translation>待开具</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结清</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付清</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
</context>
<context>
    <name>ChargesModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未付</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
</context>
<context>
    <name>CompaniesModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
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
        <source>In force</source>
        <translation>有效租约</translation>
    </message>
    <message>
        <source>Leased m²</source>
        <translation>已租 m²</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入驻日期</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>逾期超过 90 天</translation>
    </message>
    <message>
        <source>In arrears over 90 days</source>
        <translation>欠费逾期超过 90 天</translation>
    </message>
</context>
<context>
    <name>ConsultantsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>服务平台</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>咨询间隔</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>DepositStep</name>
    <message>
        <source>Charge (ask for it)</source>
        <translation>开具（应收）</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Application to debts</source>
        <translation>抵扣欠款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退还</translation>
    </message>
</context>
<context>
    <name>DepositsModel</name>
    <message>
        <source>Lease</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起租日</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Asked</source>
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
        <source>Applied</source>
        <translation>已抵扣</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退还</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Credit note for %1: %2</source>
        <translation>冲减 %1：%2</translation>
    </message>
    <message>
        <source>(the lease now bills %1)</source>
        <translation>（租约现应收 %1）</translation>
    </message>
    <message>
        <source>Payment received (%1)</source>
        <translation>收款（%1）</translation>
    </message>
    <message>
        <source>Payment reversed: %1</source>
        <translation>收款冲回：%1</translation>
    </message>
    <message>
        <source>Deposit of %1 applied</source>
        <translation>押金 %1 已抵扣</translation>
    </message>
    <message>
        <source>Rent %1 %2–%3</source>
        <translation>租金 %1 %2–%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 GPU-h</source>
        <translation>%1 GPU 卡时</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ExpiringLeasesModel</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
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
        <source>Area m²</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
</context>
<context>
    <name>Floor</name>
    <message>
        <source>%1F</source>
        <translation>%1层</translation>
    </message>
</context>
<context>
    <name>LeaseStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>待生效</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
</context>
<context>
    <name>LeasesModel</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
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
        <source>Area m²</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>¥/m²/mo</source>
        <translation>¥/m²/月</translation>
    </message>
    <message>
        <source>Rent/month</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起租日</translation>
    </message>
    <message>
        <source>End</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收款日期</translation>
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
        <source>Reversed</source>
        <translation>冲回日期</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Compute</source>
        <translation>算力调度</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>开放数据</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评测服务</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>金融服务</translation>
    </message>
    <message>
        <source>Comprehensive services</source>
        <translation>综合服务</translation>
    </message>
</context>
<context>
    <name>ProgrammeBudgetsModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <source>Kind · platform</source>
        <translation>类型 · 服务平台</translation>
    </message>
</context>
<context>
    <name>ProgrammeKind</name>
    <message>
        <source>Grant</source>
        <translation>资助</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>服务券</translation>
    </message>
    <message>
        <source>Interest subsidy</source>
        <translation>贴息</translation>
    </message>
    <message>
        <source>Equity (partner fund)</source>
        <translation>股权投资（合作基金）</translation>
    </message>
</context>
<context>
    <name>ProgrammeUnit</name>
    <message>
        <source>CNY (¥)</source>
        <translation>人民币（¥）</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 卡时</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>over by %1</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>No budget is set for %1</source>
        <translation>%1 年度未设预算</translation>
    </message>
    <message>
        <source>Disbursed %1; committed, not yet disbursed %2; remaining %3</source>
        <translation>已拨付 %1；已批准未拨付 %2；剩余 %3</translation>
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
        <source>Approved in %1: %2</source>
        <translation>%1 年度已批准：%2</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Use of the budget</source>
        <translation>预算使用情况</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Units, companies and leases; the rent roll, occupancy and expiry reports</source>
        <translation>单元、企业和租约；租金台账、出租率和到期报表</translation>
    </message>
    <message>
        <source>Payments and disbursements; the rent roll</source>
        <translation>收款和拨付；租金台账</translation>
    </message>
    <message>
        <source>Approves financing up to %1; all reports; the audit trail</source>
        <translation>审批不超过 %1 的融资申请；全部报表；操作记录</translation>
    </message>
    <message>
        <source>Approves financing above the manager&apos;s limit, up to %1; all reports; the audit trail</source>
        <translation>审批超出经理额度、不超过 %1 的融资申请；全部报表；操作记录</translation>
    </message>
    <message>
        <source>Users and their roles, approval limits, backups and database upgrades</source>
        <translation>用户及其角色、审批额度、备份和数据库升级</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>their approval limit</source>
        <translation>其审批限额</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>任意金额</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>开放日</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>停用时段</translation>
    </message>
</context>
<context>
    <name>Segment</name>
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
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Seed</source>
        <translation>种子轮</translation>
    </message>
    <message>
        <source>Angel</source>
        <translation>天使轮</translation>
    </message>
    <message>
        <source>Series A</source>
        <translation>A 轮</translation>
    </message>
    <message>
        <source>Series B</source>
        <translation>B 轮</translation>
    </message>
    <message>
        <source>Series C or later</source>
        <translation>C 轮及以后</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>已上市</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <source>Balance</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>点击排序</translation>
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
    <name>UnitKind</name>
    <message>
        <source>Private office</source>
        <translation>独立办公室</translation>
    </message>
    <message>
        <source>Open desk area</source>
        <translation>开放工位区</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>Compute room</source>
        <translation>算力机房</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Event space</source>
        <translation>活动场地</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>服务区</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation>租约到期</translation>
    </message>
</context>
<context>
    <name>UserHistory</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
</context>
<context>
    <name>UserStatus</name>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未登录</translation>
    </message>
</context>
<context>
    <name>VacantUnitsModel</name>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Next lease</source>
        <translation>下份租约</translation>
    </message>
</context>
<context>
    <name>_FiguresModel</name>
    <message>
        <source>No budget for %1</source>
        <translation>%1 年度无预算</translation>
    </message>
    <message>
        <source>The programme&apos;s budget for the year</source>
        <translation>该扶持政策本年度的预算</translation>
    </message>
    <message>
        <source>Approved in the year: applications approved, disbursing or closed</source>
        <translation>本年度已批准：状态为已批准、拨付中或已结束的申请</translation>
    </message>
    <message>
        <source>Paid out of what is committed</source>
        <translation>已占用金额中已拨付的部分</translation>
    </message>
    <message>
        <source>What may still be approved: budget − committed</source>
        <translation>仍可批准的金额：预算 − 已占用</translation>
    </message>
    <message>
        <source>Disbursed | committed, not yet disbursed | remaining, on the scale of the budget; on the right, the share of the budget committed</source>
        <translation>已拨付 | 已批准未拨付 | 剩余，按预算比例显示；右侧为已占用预算所占比例</translation>
    </message>
</context>
</TS>
