<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>%1 seats</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source> (prospective)</source>
        <translation> （意向企业）</translation>
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
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>BudgetLegend</name>
    <message>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Committed, not yet disbursed</source>
        <translation>已批准未拨付</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>无预算</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Details were written to {path}.</source>
        <translation>详细信息已写入 {path}。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>The action failed: {error}. Nothing half-done was saved. {where}</source>
        <translation>操作失败：{error}。未保存任何未完成的内容。{where}</translation>
    </message>
</context>
<context>
    <name>FloorBarChart</name>
    <message>
        <source>No floors yet</source>
        <translation>暂无楼层</translation>
    </message>
    <message>
        <source>… and %1 lower floors</source>
        <translation>… 以及下方 %1 个楼层</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Find anything (Ctrl+K)</source>
        <translation>全局搜索（Ctrl+K）</translation>
    </message>
    <message>
        <source>Companies, units, leases, applications and bookings by name, code or reference</source>
        <translation>按名称、编号或单号搜索企业、单元、租约、申请和预约</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>未找到结果</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>空置</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Incubator Admin</source>
        <translation>孵化器管理</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Stacking plan</source>
        <translation>楼层堆叠图</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>融资申请</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账务</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Add a new record (Ctrl+N)</source>
        <translation>新建一条记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter, F2, double-click)</source>
        <translation>编辑所选记录（Enter、F2 或双击）</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续租</translation>
    </message>
    <message>
        <source>Renew the selected signed lease (Ctrl+R)</source>
        <translation>为所选已签租约续租（Ctrl+R）</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>提前终止</translation>
    </message>
    <message>
        <source>Terminate the selected signed lease early (Ctrl+T)</source>
        <translation>提前终止所选已签租约（Ctrl+T）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload the page (F5)</source>
        <translation>重新加载本页（F5）</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find anything</source>
        <translation>全局搜索</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前登录：%1</translation>
    </message>
</context>
<context>
    <name>StackingPlanWidget</name>
    <message>
        <source>Coloured by tenant</source>
        <translation>按租户着色</translation>
    </message>
    <message>
        <source>Coloured by lease expiry year</source>
        <translation>按租约到期年份着色</translation>
    </message>
    <message>
        <source>Coloured by vacancy</source>
        <translation>按空置情况着色</translation>
    </message>
    <message>
        <source>Coloured by the tenant&apos;s arrears</source>
        <translation>按租户欠费情况着色</translation>
    </message>
    <message>
        <source>… and 999 more</source>
        <translation>… 另有 999 项</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 项</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停用</translation>
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
        <source>No arrears</source>
        <translation>无欠费</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>有欠费</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>逾期超过 90 天</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>%1年到期</translation>
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
        <source>Term</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>每月 %1</translation>
    </message>
    <message>
        <source>, %1 over 90 days</source>
        <translation>，其中逾期超过 90 天 %1</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>No units</source>
        <translation>无单元</translation>
    </message>
</context>
</TS>
