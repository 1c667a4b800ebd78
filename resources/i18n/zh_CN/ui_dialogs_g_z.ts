<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>An administrator reset your password. Choose your own before you go on.</source>
        <translation>管理员已重置您的密码。请先设置您自己的密码再继续。</translation>
    </message>
    <message>
        <source>Choose a new password (at least 8 characters).</source>
        <translation>请设置新密码（至少 8 个字符）。</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>确认新密码</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First start - Incubator Admin</source>
        <translation>首次启动 - 孵化器管理</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the first administrator: they add the centre&apos;s staff and give them their roles (Users page).</source>
        <translation>此数据库尚无账户。请创建第一位管理员：由其添加中心的工作人员并分配角色（用户页面）。</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>e.g. li.na</source>
        <translation>例如 li.na</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Sign in instead</source>
        <translation>改为登录</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>HoursGrid</name>
    <message>
        <source>Add another period on this day</source>
        <translation>在当天再添加一个时段</translation>
    </message>
    <message>
        <source>Remove this period</source>
        <translation>删除此时段</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import companies, units and leases</source>
        <translation>导入企业、单元和租约</translation>
    </message>
    <message>
        <source>Choose a workbook (.xlsx) to import.</source>
        <translation>请选择要导入的工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not save the template: %1</source>
        <translation>无法保存模板：%1</translation>
    </message>
    <message>
        <source>Template saved to %1</source>
        <translation>模板已保存到 %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>%1 companies, %2 units, %3 leases</source>
        <translation>%1 家企业，%2 个单元，%3 份租约</translation>
    </message>
    <message>
        <source>no problems: ready to import</source>
        <translation>没有问题，可以导入</translation>
    </message>
    <message>
        <source>%1 problem(s): fix them in the file and choose it again</source>
        <translation>%1 个问题：请在文件中修正后重新选择该文件</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
</context>
<context>
    <name>LeaseDialog</name>
    <message>
        <source> month(s)</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>3 months&apos; rent</source>
        <translation>3 个月租金</translation>
    </message>
    <message>
        <source>Set the deposit to three months of the rent</source>
        <translation>将押金设为三个月的租金</translation>
    </message>
    <message>
        <source>Save as draft (holds no units until signed)</source>
        <translation>保存为草稿（签约前不占用单元）</translation>
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
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date (exclusive)</source>
        <translation>结束日期（不含当日）</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Rent-free</source>
        <translation>免租期</translation>
    </message>
    <message>
        <source>Deposit ¥</source>
        <translation>押金（¥）</translation>
    </message>
    <message>
        <source>Rent steps</source>
        <translation>租金递增</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New lease</source>
        <translation>新建租约</translation>
    </message>
    <message>
        <source>Edit lease %1 (%2)</source>
        <translation>编辑租约 %1（%2）</translation>
    </message>
    <message>
        <source>A terminated lease cannot be edited.</source>
        <translation>已终止的租约不能编辑。</translation>
    </message>
    <message>
        <source>from %1 at %2</source>
        <translation>自 %1 起 %2</translation>
    </message>
    <message>
        <source>this lease</source>
        <translation>本租约</translation>
    </message>
    <message>
        <source>leased on %1</source>
        <translation>%1 起已出租</translation>
    </message>
    <message>
        <source>vacant until %1</source>
        <translation>空置至 %1</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Last day: %1 · term %2 months</source>
        <translation>最后一天：%1 · 租期 %2 个月</translation>
    </message>
    <message>
        <source>Step rates are per m² per day, like the rent</source>
        <translation>递增单价与租金相同，按每平方米每天计</translation>
    </message>
    <message>
        <source>Step rates are per m² per month, like the rent</source>
        <translation>递增单价与租金相同，按每平方米每月计</translation>
    </message>
    <message>
        <source>Not free for the whole term: %1</source>
        <translation>租期内并非全程空置：%1</translation>
    </message>
    <message>
        <source>Choose the company that takes the lease</source>
        <translation>请选择承租企业</translation>
    </message>
    <message>
        <source>Choose at least one unit</source>
        <translation>请至少选择一个单元</translation>
    </message>
    <message>
        <source>End date must be after the start date (the lease ends at the start of its end date)</source>
        <translation>结束日期必须晚于开始日期（租约在结束日期当天零时终止）</translation>
    </message>
    <message>
        <source>Rent must be a number</source>
        <translation>租金必须是数字</translation>
    </message>
    <message>
        <source>Rent must not be negative</source>
        <translation>租金不能为负数</translation>
    </message>
    <message>
        <source>Deposit must be a number</source>
        <translation>押金必须是数字</translation>
    </message>
    <message>
        <source>Deposit must not be negative</source>
        <translation>押金不能为负数</translation>
    </message>
    <message>
        <source>Rent-free months must be shorter than the term</source>
        <translation>免租期必须短于租期</translation>
    </message>
    <message>
        <source>Rent step on %1 is outside the term</source>
        <translation>%1 的租金递增不在租期内</translation>
    </message>
</context>
<context>
    <name>LeaseStatus</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>待生效</translation>
    </message>
    <message>
        <source>active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>已终止</translation>
    </message>
</context>
<context>
    <name>LeaseSummary</name>
    <message>
        <source>%1 to %2 (last day %3)</source>
        <translation>%1 至 %2（最后一天 %3）</translation>
    </message>
    <message>
        <source>%1 · %2 m²</source>
        <translation>%1 · %2 m²</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租约</translation>
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
        <source>Current term</source>
        <translation>当前租期</translation>
    </message>
    <message>
        <source>Rate at the end</source>
        <translation>期末单价</translation>
    </message>
    <message>
        <source>¥%1 per m² per month</source>
        <translation>¥%1/m²/月</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in - Incubator Admin</source>
        <translation>登录 - 孵化器管理</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Demo accounts (login, password, role):</source>
        <translation>演示账户（登录名、密码、角色）：</translation>
    </message>
    <message>
        <source>Enter your login name</source>
        <translation>请输入登录名</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <source>Bank reference, cheque number…</source>
        <translation>银行流水号、支票号…</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Choose the company that paid</source>
        <translation>请选择付款企业</translation>
    </message>
    <message>
        <source>Give the amount received</source>
        <translation>请填写收款金额</translation>
    </message>
    <message>
        <source>The amount received must be more than zero</source>
        <translation>收款金额必须大于零</translation>
    </message>
    <message>
        <source>Choose the company to see its open charges.</source>
        <translation>选择企业以查看其未结费用。</translation>
    </message>
    <message>
        <source>%1 in credit</source>
        <translation>预收 %1</translation>
    </message>
    <message>
        <source>Balance before</source>
        <translation>收款前余额</translation>
    </message>
    <message>
        <source>This payment settles</source>
        <translation>本次收款核销</translation>
    </message>
    <message>
        <source>Kept as credit</source>
        <translation>转为预收款</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>收款后余额</translation>
    </message>
    <message>
        <source>Account on %1</source>
        <translation>%1 账户情况</translation>
    </message>
    <message>
        <source>No open charges on that date.</source>
        <translation>该日期没有未结费用。</translation>
    </message>
    <message>
        <source>Open charges, oldest first (%1)</source>
        <translation>未结费用，最早的在前（%1）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>This payment</source>
        <translation>本次收款</translation>
    </message>
</context>
<context>
    <name>PeriodsEditor</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>原因（选填）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 项</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Choose a kind…</source>
        <translation>选择类型…</translation>
    </message>
    <message>
        <source>Choose a platform…</source>
        <translation>选择服务平台…</translation>
    </message>
    <message>
        <source>Open to applications</source>
        <translation>接受申请</translation>
    </message>
    <message>
        <source>Add year</source>
        <translation>添加年度</translation>
    </message>
    <message>
        <source>No budget yet.</source>
        <translation>尚无预算。</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>添加申报期</translation>
    </message>
    <message>
        <source>No window: applications cannot be submitted.</source>
        <translation>未设申报期：无法提交申请。</translation>
    </message>
    <message>
        <source>Must hold an active lease</source>
        <translation>须持有有效租约</translation>
    </message>
    <message>
        <source>No rent arrears over 90 days</source>
        <translation>无逾期超过 90 天的租金欠费</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>One document per line</source>
        <translation>每行一项材料</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>添加评审项</translation>
    </message>
    <message>
        <source>No rubric yet: at least one criterion is needed.</source>
        <translation>尚无评审标准：至少需要一个评审项。</translation>
    </message>
    <message>
        <source>% of the eligible cost</source>
        <translation>% 合规费用</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Cap per company a year</source>
        <translation>每家企业年度上限</translation>
    </message>
    <message>
        <source>Cap as a share</source>
        <translation>比例上限</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>申报期</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>In residence for</source>
        <translation>入驻时长</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>业务领域</translation>
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
        <source>Applications are received from the first to the last day of a window.</source>
        <translation>申报期首日至末日均受理申请。</translation>
    </message>
    <message>
        <source>None ticked: companies of every segment may apply.</source>
        <translation>不勾选：所有业务领域的企业均可申请。</translation>
    </message>
    <message>
        <source>e.g. 30 for up to 30% of the eligible cost</source>
        <translation>如填 30，表示最高为合规费用的 30%</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Who may apply, and when</source>
        <translation>申请条件与申报期</translation>
    </message>
    <message>
        <source>Applications and review</source>
        <translation>申请与审核</translation>
    </message>
    <message>
        <source>Edit programme %1</source>
        <translation>编辑扶持政策 %1</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>新建扶持政策</translation>
    </message>
    <message>
        <source>Create programme</source>
        <translation>创建扶持政策</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>e.g. Technical merit</source>
        <translation>如：技术水平</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 卡时</translation>
    </message>
    <message>
        <source>The budget for %1 is listed twice</source>
        <translation>%1 年度的预算重复填写</translation>
    </message>
    <message>
        <source>Weights add up to %1; a score is Σ weight × score ÷ Σ weight.</source>
        <translation>权重合计 %1；得分 = Σ 权重 × 分数 ÷ Σ 权重。</translation>
    </message>
    <message>
        <source>At most %1 per company in a year</source>
        <translation>每家企业每年最多 %1</translation>
    </message>
    <message>
        <source>Empty: no cap per company</source>
        <translation>留空：不设单个企业上限</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>New end date (exclusive)</source>
        <translation>新结束日期（不含当日）</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Deposit ¥</source>
        <translation>押金（¥）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续租</translation>
    </message>
    <message>
        <source>Renewal of %1</source>
        <translation>%1 续租</translation>
    </message>
    <message>
        <source>Renew lease %1</source>
        <translation>续租租约 %1</translation>
    </message>
    <message>
        <source>Only a signed lease can be renewed.</source>
        <translation>只有已签约的租约才能续租。</translation>
    </message>
    <message>
        <source>New term %1 · %2 months</source>
        <translation>新租期 %1 · %2 个月</translation>
    </message>
    <message>
        <source>The new end must be after the current end (%1)</source>
        <translation>新结束日期必须晚于当前结束日期（%1）</translation>
    </message>
    <message>
        <source>Rent must be a number</source>
        <translation>租金必须是数字</translation>
    </message>
    <message>
        <source>Rent must not be negative</source>
        <translation>租金不能为负数</translation>
    </message>
    <message>
        <source>Deposit must be a number</source>
        <translation>押金必须是数字</translation>
    </message>
    <message>
        <source>Deposit must not be negative</source>
        <translation>押金不能为负数</translation>
    </message>
</context>
<context>
    <name>RentEdit</name>
    <message>
        <source>¥ per m² per month</source>
        <translation>¥/m²/月</translation>
    </message>
    <message>
        <source>¥ per m² per day</source>
        <translation>¥/m²/天</translation>
    </message>
    <message>
        <source>= ¥%1 per m² per day</source>
        <translation>= ¥%1/m²/天</translation>
    </message>
    <message>
        <source>= ¥%1 per m² per month</source>
        <translation>= ¥%1/m²/月</translation>
    </message>
    <message>
        <source>%1 · monthly rent ¥%2 for %3 m²</source>
        <translation>%1 · %3 m² 月租金 ¥%2</translation>
    </message>
</context>
<context>
    <name>RentStepsEditor</name>
    <message>
        <source>No rent steps: one rate for the whole term.</source>
        <translation>无租金递增：整个租期执行同一单价。</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加递增</translation>
    </message>
    <message>
        <source>From a date on, the rent changes to a new rate</source>
        <translation>自某一日期起，租金改按新单价计</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Rent step on %1: the rate must be a number</source>
        <translation>%1 的租金递增：单价必须是数字</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Show the passwords</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>Give %1 (%2) a temporary password and tell it to them.</source>
        <translation>为 %1（%2）设置临时密码，并告知本人。</translation>
    </message>
    <message>
        <source>• They must choose their own password at their next sign-in.</source>
        <translation>• 对方下次登录时必须设置自己的密码。</translation>
    </message>
    <message>
        <source>• The account is locked until %1 after wrong passwords: the reset lifts the lock now.</source>
        <translation>• 该账户因密码错误被锁定至 %1：重置后立即解除锁定。</translation>
    </message>
    <message>
        <source>• A lock after wrong passwords, if any, is lifted.</source>
        <translation>• 如因密码错误被锁定，将一并解除。</translation>
    </message>
    <message>
        <source>• The account stays deactivated: reactivate it so they can sign in.</source>
        <translation>• 该账户仍处于停用状态：需重新启用后才能登录。</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>ReversePaymentDialog</name>
    <message>
        <source>Reverse payment P%1</source>
        <translation>冲回收款 P%1</translation>
    </message>
    <message>
        <source>Why the payment is reversed (required)</source>
        <translation>冲回原因（必填）</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Reversed on</source>
        <translation>冲回日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>冲回收款</translation>
    </message>
    <message>
        <source>This payment was already reversed on %1.</source>
        <translation>该笔收款已于 %1 冲回。</translation>
    </message>
    <message>
        <source>Say why the payment is reversed</source>
        <translation>请填写冲回原因</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Choose a meeting-room unit…</source>
        <extracomment>Periods were added or removed (saved at once, even if the dialog is then cancelled).</extracomment>
        <translation>选择会议室所在单元…</translation>
    </message>
    <message>
        <source>%1 (out of service)</source>
        <translation>%1（停用）</translation>
    </message>
    <message>
        <source>e.g. Lotus</source>
        <translation>如：荷花厅</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation>可预约</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
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
        <source>Opens</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>开放日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>添加停用时段</translation>
    </message>
    <message>
        <source>No out-of-service periods</source>
        <translation>无停用时段</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>New meeting room</source>
        <translation>新建会议室</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>添加会议室</translation>
    </message>
    <message>
        <source>Edit meeting room %1</source>
        <translation>编辑会议室 %1</translation>
    </message>
    <message>
        <source>Add the room first</source>
        <translation>请先添加会议室</translation>
    </message>
    <message>
        <source>The unit is out of service: the room is not bookable</source>
        <translation>该单元已停用：会议室不可预约</translation>
    </message>
    <message>
        <source>Choose the meeting room&apos;s unit</source>
        <translation>请选择会议室所在单元</translation>
    </message>
    <message>
        <source>The room must close after it opens</source>
        <translation>关闭时间必须晚于开放时间</translation>
    </message>
    <message>
        <source>Choose the weekdays the room is open</source>
        <translation>请选择会议室每周开放的日子</translation>
    </message>
    <message>
        <source>%1 booked session(s) are in the room then and need another room or time:</source>
        <translation>该时段内此会议室有 %1 场已预约的咨询，需要更换会议室或时间：</translation>
    </message>
    <message>
        <source>Sessions to move</source>
        <translation>需调整的预约</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Remove this out-of-service period? The room can be booked then again.</source>
        <translation>删除此停用时段？该时段会议室将可再次预约。</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the app starts.</source>
        <translation>新的语言将在下次启动应用时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>SlotFinder</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Choose one and press Book.</source>
        <extracomment>A session being rescheduled: its own time counts as free. What the status line tells the user to do with a slot found.</extracomment>
        <translation>选择一个时段后点击“预约”。</translation>
    </message>
    <message>
        <source>Needs a room</source>
        <translation>需要会议室</translation>
    </message>
    <message>
        <source>Find slots</source>
        <translation>查找空闲时段</translation>
    </message>
    <message>
        <source>Press Find slots to list the free times.</source>
        <translation>点击“查找空闲时段”列出可用时间。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>With</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>Any consultant for the topic</source>
        <translation>该主题的任一顾问</translation>
    </message>
    <message>
        <source>No free slot in these days: try other days, another consultant</source>
        <translation>这些日期内没有空闲时段：请尝试其他日期、其他顾问</translation>
    </message>
    <message>
        <source>, or no room</source>
        <translation>，或不需要会议室</translation>
    </message>
    <message>
        <source>The first 500 free slots; narrow the days.</source>
        <translation>仅显示前 500 个空闲时段；请缩小日期范围。</translation>
    </message>
    <message>
        <source>%1 free slot(s). %2</source>
        <translation>%1 个空闲时段。%2</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
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
        <source>no room</source>
        <translation>不用会议室</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Statement of %1</source>
        <translation>%1 对账单</translation>
    </message>
    <message>
        <source>Opening balance on %1: %2</source>
        <translation>%1 期初余额：%2</translation>
    </message>
    <message>
        <source>Closing balance on %1: %2</source>
        <translation>%1 期末余额：%2</translation>
    </message>
    <message>
        <source>Not yet due %1</source>
        <translation>未到期 %1</translation>
    </message>
    <message>
        <source>deposit held %1</source>
        <translation>押金结存 %1</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>截至 %1：%2</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Why the lease ends early (required)</source>
        <translation>提前终止原因（必填）</translation>
    </message>
    <message>
        <source>Termination date</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Terminate lease</source>
        <translation>终止租约</translation>
    </message>
    <message>
        <source>Terminate lease %1</source>
        <translation>终止租约 %1</translation>
    </message>
    <message>
        <source>Only a signed lease can be terminated.</source>
        <translation>只有已签约的租约才能终止。</translation>
    </message>
    <message>
        <source>The lease will end on %1; its last day is %2.</source>
        <translation>租约将于 %1 终止，最后一天为 %2。</translation>
    </message>
    <message>
        <source>Choose a date after %1 and before %2.</source>
        <translation>请选择 %1 之后、%2 之前的日期。</translation>
    </message>
    <message>
        <source>Termination date must be after the start (%1)</source>
        <translation>终止日期必须晚于开始日期（%1）</translation>
    </message>
    <message>
        <source>Termination date must be before the current end (%1)</source>
        <translation>终止日期必须早于当前结束日期（%1）</translation>
    </message>
    <message>
        <source>Give the reason for the termination</source>
        <translation>请填写终止原因</translation>
    </message>
    <message>
        <source>Terminate %1 (%2, %3) on %4? The units become free from that date.</source>
        <translation>于 %4 终止租约 %1（%2，%3）？自该日起单元将空出。</translation>
    </message>
</context>
<context>
    <name>UnitChoiceModel</name>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
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
        <source>Availability</source>
        <translation>可用情况</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Choose a floor…</source>
        <translation>选择楼层…</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>%1层</translation>
    </message>
    <message>
        <source>Choose a kind…</source>
        <translation>选择类型…</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>In service (can be leased)</source>
        <translation>启用（可出租）</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>单元编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rentable area</source>
        <translation>可租面积</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>编辑单元 %1</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新建单元</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>如：%1</translation>
    </message>
    <message>
        <source>Floor %1: %2 m² gross; units %3 m² with this one</source>
        <translation>%1层：建筑面积 %2 m²；含本单元在内单元合计 %3 m²</translation>
    </message>
    <message>
        <source>Unit code is required (e.g. 7F-12)</source>
        <translation>单元编号为必填项（如 7F-12）</translation>
    </message>
    <message>
        <source>Unit code must look like 7F-12 or B1-03</source>
        <translation>单元编号格式应为 7F-12 或 B1-03</translation>
    </message>
    <message>
        <source>Units on floor %1 have codes starting %2</source>
        <translation>%1层的单元编号须以 %2 开头</translation>
    </message>
    <message>
        <source>Rentable area must be a number</source>
        <translation>可租面积必须是数字</translation>
    </message>
    <message>
        <source>Rentable area must be greater than zero</source>
        <translation>可租面积必须大于零</translation>
    </message>
    <message>
        <source>Floor %1 would have %2 m² rentable, more than its %3 m² gross area</source>
        <translation>%1层的可租面积将达 %2 m²，超过其建筑面积 %3 m²</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Filter by unit code or kind, e.g. 7F</source>
        <translation>按单元编号或类型筛选，如 7F</translation>
    </message>
    <message>
        <source>Chosen: %1 unit(s), %2 m² in total</source>
        <translation>已选：%1 个单元，共 %2 m²</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>as colleagues know them, e.g. Li Na</source>
        <translation>同事熟知的称呼，如 李娜</translation>
    </message>
    <message>
        <source>Login name</source>
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
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Show the passwords</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>They must replace it with their own at their first sign-in.</source>
        <translation>对方首次登录时必须改为自己的密码。</translation>
    </message>
    <message>
        <source>The login name cannot change: the audit trail refers to it.</source>
        <translation>登录名不能修改：操作记录引用了它。</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>e.g. li.na (letters a-z, digits, . _ -)</source>
        <translation>如 li.na（字母 a-z、数字、. _ -）</translation>
    </message>
    <message>
        <source>This is your own account: without the administrator role you can no longer manage users once you save.</source>
        <translation>这是您自己的账户：如取消管理员角色，保存后您将无法再管理用户。</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
</TS>
