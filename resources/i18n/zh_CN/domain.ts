<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Domain</name>
    <message>
        <source> (and %1 more)</source>
        <translation>（另有 %1 处）</translation>
    </message>
    <message>
        <source>%1 GPU-hours</source>
        <translation>%1 GPU 小时</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup</source>
        <translation>%1 已存在；请为备份另选一个文件名</translation>
    </message>
    <message>
        <source>%1 already holds %2 tables; %3 (name a new file or an empty database with --database)</source>
        <translation>%1 中已有 %2 张表；%3（请用 --database 指定一个新文件或空数据库）</translation>
    </message>
    <message>
        <source>%1 approved (%2)</source>
        <translation>已批准 %1（%2）</translation>
    </message>
    <message>
        <source>%1 could not be checked against the database: %2</source>
        <translation>无法将 %1 与数据库核对：%2</translation>
    </message>
    <message>
        <source>%1 could not be read as an Excel workbook: %2</source>
        <translation>无法将 %1 作为 Excel 工作簿读取：%2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not advise on %2</source>
        <translation>%1 不提供“%2”方面的咨询</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 不存在或不是文件</translation>
    </message>
    <message>
        <source>%1 exited with an error</source>
        <translation>%1 运行出错</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 MB: refused</source>
        <translation>%1 解压后超过 %2 MB，已拒绝</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1 has %2 problem(s); fix them and read the file again. Nothing was written.</source>
        <translation>%1 有 %2 个问题；请改正后重新读取文件。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 has already been renewed as %2</source>
        <translation>%1 已续租为 %2</translation>
    </message>
    <message>
        <source>%1 has been renewed as %2; terminate that</source>
        <translation>%1 已续租为 %2；请终止该租约</translation>
    </message>
    <message>
        <source>%1 has no application window</source>
        <translation>%1 没有设置申请期</translation>
    </message>
    <message>
        <source>%1 has no rows to import</source>
        <translation>%1 中没有可导入的行</translation>
    </message>
    <message>
        <source>%1 has no sheet named Companies, Units or Leases (公司, 单元, 租约): save the template (Save template…) to see the expected layout</source>
        <translation>%1 中没有名为 Companies、Units 或 Leases（公司、单元、租约）的工作表：请保存模板（保存模板…）查看所需格式</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files over %3 MB are refused (split it into smaller workbooks)</source>
        <translation>%1 大小为 %2 MB；超过 %3 MB 的文件将被拒绝（请拆分为较小的工作簿）</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL backup (pg_dump); restore it into a PostgreSQL database (--database postgresql://...)</source>
        <translation>%1 是 PostgreSQL 备份（pg_dump）；请恢复到 PostgreSQL 数据库（--database postgresql://...）</translation>
    </message>
    <message>
        <source>%1 is a SQLite backup; restore it into a SQLite database (--database sqlite:///FILE.db)</source>
        <translation>%1 是 SQLite 备份；请恢复到 SQLite 数据库（--database sqlite:///FILE.db）</translation>
    </message>
    <message>
        <source>%1 is a folder; name the backup file</source>
        <translation>%1 是文件夹；请指定备份文件名</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>%1 是 zip 文件，但不是 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>%1 is an old .xls workbook: save it as .xlsx in Excel</source>
        <translation>%1 是旧版 .xls 工作簿：请在 Excel 中另存为 .xlsx</translation>
    </message>
    <message>
        <source>%1 is booked from %2 to %3 (%4)%5</source>
        <translation>%1 在 %2 至 %3 已有预约（%4）%5</translation>
    </message>
    <message>
        <source>%1 is final</source>
        <translation>“%1”为最终状态</translation>
    </message>
    <message>
        <source>%1 is more than may be approved: %2</source>
        <translation>%1 超过可批准的金额：%2</translation>
    </message>
    <message>
        <source>%1 is not a backup of Incubator Admin (%2)</source>
        <translation>%1 不是孵化器管理的备份（%2）</translation>
    </message>
    <message>
        <source>%1 is not a date (use 2026-01-05, 2026/1/5 or 2026年1月5日)</source>
        <translation>%1 不是日期（请用 2026-01-05、2026/1/5 或 2026年1月5日）</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx)</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): %2</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）：%2</translation>
    </message>
    <message>
        <source>%1 is not eligible: %2</source>
        <translation>%1 不符合申请条件：%2</translation>
    </message>
    <message>
        <source>%1 is off from %2 to %3%4</source>
        <translation>%1 在 %2 至 %3 休假%4</translation>
    </message>
    <message>
        <source>%1 is password-protected: open it in Excel, remove the password (File → Info → Protect Workbook) and save it again</source>
        <translation>%1 受密码保护：请在 Excel 中打开，取消密码（文件 → 信息 → 保护工作簿）后重新保存</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 为必填项</translation>
    </message>
    <message>
        <source>%1 must be a date like 2026-11-30, not %2</source>
        <translation>%1 必须是日期（如 2026-11-30），而不是 %2</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1必须是数字</translation>
    </message>
    <message>
        <source>%1 must choose a new password first: sign in to the app once</source>
        <translation>%1 须先设置新密码：请先登录一次应用</translation>
    </message>
    <message>
        <source>%1 no longer takes sessions</source>
        <translation>%1 已不再接受预约</translation>
    </message>
    <message>
        <source>%1 takes applications %2 (last days included), not on %3</source>
        <translation>%1 的申请期为 %2（含最后一天），%3 不在申请期内</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it; reload it to see the changes, then make yours again</source>
        <translation>您打开 %1 后，%2 于 %3 修改了它；请重新载入查看改动，再重新进行您的修改</translation>
    </message>
    <message>
        <source>%1 was not found; install the PostgreSQL client tools (e.g. apt install postgresql-client) or put their bin folder on PATH</source>
        <translation>未找到 %1；请安装 PostgreSQL 客户端工具（如 apt install postgresql-client），或将其 bin 文件夹加入 PATH</translation>
    </message>
    <message>
        <source>%1% of %2 = %3</source>
        <translation>%2 的 %1% = %3</translation>
    </message>
    <message>
        <source>%1: amounts are in yuan and fen (at most two decimals)</source>
        <translation>%1：金额以元、分为单位（最多两位小数）</translation>
    </message>
    <message>
        <source>%1: enter an amount in CNY, like 1,000,000 (or leave it empty)</source>
        <translation>%1：请输入人民币金额，如 1,000,000（或留空）</translation>
    </message>
    <message>
        <source>%1: sheet %2 has more than %3 rows; split it into smaller workbooks</source>
        <translation>%1：工作表 %2 超过 %3 行；请拆分为较小的工作簿</translation>
    </message>
    <message>
        <source>%1: the hours must end after they start</source>
        <translation>%1：工作时间的结束须晚于开始</translation>
    </message>
    <message>
        <source>%1: the limit cannot be negative</source>
        <translation>%1：限额不能为负数</translation>
    </message>
    <message>
        <source>%1: the limit is too large</source>
        <translation>%1：限额过大</translation>
    </message>
    <message>
        <source>%1: two periods of working hours overlap</source>
        <translation>%1：两段工作时间重叠</translation>
    </message>
    <message>
        <source>%1; approved ≤ %2</source>
        <translation>%1；可批准 ≤ %2</translation>
    </message>
    <message>
        <source>%1–%2 on %3 is outside %4&apos;s working hours (%5)</source>
        <translation>%3 %1–%2 不在 %4 的工作时间内（%5）</translation>
    </message>
    <message>
        <source>, with %1 minutes between sessions</source>
        <translation>，两次咨询之间需间隔 %1 分钟</translation>
    </message>
    <message>
        <source>--as-of</source>
        <translation>--as-of</translation>
    </message>
    <message>
        <source>--lang: %1</source>
        <translation>--lang：%1</translation>
    </message>
    <message>
        <source>--scale must be 1 or more</source>
        <translation>--scale 必须大于或等于 1</translation>
    </message>
    <message>
        <source>A charge cannot be issued in the future</source>
        <translation>费用不能在未来日期开具</translation>
    </message>
    <message>
        <source>A consultant named %1 already exists</source>
        <translation>已有名为 %1 的顾问</translation>
    </message>
    <message>
        <source>A credit note cannot be issued in the future</source>
        <translation>冲减单不能在未来日期开具</translation>
    </message>
    <message>
        <source>A credit note cannot predate its charge</source>
        <translation>冲减单日期不能早于其费用</translation>
    </message>
    <message>
        <source>A deposit step cannot be dated in the future</source>
        <translation>押金记录的日期不能是未来日期</translation>
    </message>
    <message>
        <source>A payment cannot be received in the future</source>
        <translation>收款日期不能是未来日期</translation>
    </message>
    <message>
        <source>A payment cannot be reversed before it was received</source>
        <translation>收款不能在收到之前冲回</translation>
    </message>
    <message>
        <source>A required document is listed twice</source>
        <translation>同一份必需材料列出了两次</translation>
    </message>
    <message>
        <source>A review criterion is listed twice</source>
        <translation>同一项审核标准列出了两次</translation>
    </message>
    <message>
        <source>A second %1 sheet (the first is %2); keep one</source>
        <translation>又一个 %1 工作表（第一个是 %2）；请只保留一个</translation>
    </message>
    <message>
        <source>A session cannot be moved into the past</source>
        <translation>咨询不能改期到过去的时间</translation>
    </message>
    <message>
        <source>A session lasts at most 8 hours</source>
        <translation>一次咨询最长 8 小时</translation>
    </message>
    <message>
        <source>A session recorded as held must have ended already</source>
        <translation>记为已举行的咨询必须已经结束</translation>
    </message>
    <message>
        <source>A session starts and ends on the same day</source>
        <translation>咨询须在同一天内开始和结束</translation>
    </message>
    <message>
        <source>A session that happened was completed or a no-show</source>
        <translation>已发生的咨询只能记为已完成或爽约</translation>
    </message>
    <message>
        <source>A terminated lease cannot be edited</source>
        <translation>已终止的租约不能编辑</translation>
    </message>
    <message>
        <source>A weekday must be Monday to Sunday</source>
        <translation>星期须为周一至周日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amounts are in CNY or GPU_HOURS</source>
        <translation>金额单位须为 CNY 或 GPU_HOURS</translation>
    </message>
    <message>
        <source>An approval limit</source>
        <translation>审批限额</translation>
    </message>
    <message>
        <source>An issued charge is never deleted: credit it instead</source>
        <translation>已开具的费用不能删除：请改开冲减单</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>申请 %1</translation>
    </message>
    <message>
        <source>Application %1 cannot go from %2 to %3: %4</source>
        <translation>申请 %1 不能从“%2”变为“%3”：%4</translation>
    </message>
    <message>
        <source>Application %1 does not exist</source>
        <translation>申请 %1 不存在</translation>
    </message>
    <message>
        <source>Application %1 has no approved amount</source>
        <translation>申请 %1 没有批准金额</translation>
    </message>
    <message>
        <source>Application %1 has no tranche %2</source>
        <translation>申请 %1 没有第 %2 期</translation>
    </message>
    <message>
        <source>Application %1 has not been reviewed yet; it needs a review first</source>
        <translation>申请 %1 尚未审核；须先审核</translation>
    </message>
    <message>
        <source>Application %1 is %2, not disbursing</source>
        <translation>申请 %1 的状态为“%2”，不在拨付中</translation>
    </message>
    <message>
        <source>Application %1 is %2; GPU-hours are recorded against an approved voucher</source>
        <translation>申请 %1 的状态为“%2”；GPU 小时只能记在已批准的算力券上</translation>
    </message>
    <message>
        <source>Application %1 is %2; documents are attached while it is a draft</source>
        <translation>申请 %1 的状态为“%2”；只有草稿状态才能附加材料</translation>
    </message>
    <message>
        <source>Application %1 is %2; only a draft can be edited</source>
        <translation>申请 %1 的状态为“%2”；只有草稿可以编辑</translation>
    </message>
    <message>
        <source>Application %1 is %2; tranches are planned after approval and before payments start</source>
        <translation>申请 %1 的状态为“%2”；分期须在批准后、开始拨付前安排</translation>
    </message>
    <message>
        <source>Application %1 is not a compute voucher (its unit is %2)</source>
        <translation>申请 %1 不是算力券（其单位为 %2）</translation>
    </message>
    <message>
        <source>Application %1 is not under review; start the review first</source>
        <translation>申请 %1 不在审核中；请先开始审核</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>At least one person attends</source>
        <translation>至少须有一人参加</translation>
    </message>
    <message>
        <source>At most %1 is left to credit on this charge</source>
        <translation>此费用最多还可冲减 %1</translation>
    </message>
    <message>
        <source>Attach the required documents first: %1</source>
        <translation>请先附上必需材料：%1</translation>
    </message>
    <message>
        <source>Attendees must be a whole number from 1 to 500</source>
        <translation>参加人数须为 1 到 500 的整数</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>预约 %1</translation>
    </message>
    <message>
        <source>Booking %1 does not exist</source>
        <translation>预约 %1 不存在</translation>
    </message>
    <message>
        <source>Booking %1 is %2; only a booked session can be %3</source>
        <translation>预约 %1 的状态为“%2”；只有已预约的咨询才能%3</translation>
    </message>
    <message>
        <source>Budget year %1 is not a year</source>
        <translation>预算年度 %1 不是有效年份</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Building does not exist</source>
        <translation>大楼不存在</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
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
        <source>Cells %1 are merged; unmerge them and fill in every row</source>
        <translation>单元格 %1 已合并；请取消合并并填写每一行</translation>
    </message>
    <message>
        <source>Charge %1 does not exist</source>
        <translation>费用 %1 不存在</translation>
    </message>
    <message>
        <source>Charges cannot be issued in the future</source>
        <translation>费用不能在未来日期开具</translation>
    </message>
    <message>
        <source>Choose a password different from the current one</source>
        <translation>请选择与当前密码不同的密码</translation>
    </message>
    <message>
        <source>Choose a topic or a consultant</source>
        <translation>请选择咨询主题或顾问</translation>
    </message>
    <message>
        <source>Choose at least one role</source>
        <translation>请至少选择一个角色</translation>
    </message>
    <message>
        <source>Choose at least one topic the consultant covers</source>
        <translation>请至少选择一个该顾问负责的主题</translation>
    </message>
    <message>
        <source>Choose at least one unit</source>
        <translation>请至少选择一个单元</translation>
    </message>
    <message>
        <source>Choose charge, receipt, application or refund</source>
        <translation>请选择收取、收到、抵扣或退还押金</translation>
    </message>
    <message>
        <source>Choose how the money was paid</source>
        <translation>请选择付款方式</translation>
    </message>
    <message>
        <source>Choose service fee, utilities, damages or other</source>
        <translation>请选择服务费、水电费、损坏赔偿或其他</translation>
    </message>
    <message>
        <source>Choose the company charged</source>
        <translation>请选择收费的企业</translation>
    </message>
    <message>
        <source>Choose the company that applies</source>
        <translation>请选择申请企业</translation>
    </message>
    <message>
        <source>Choose the company that paid</source>
        <translation>请选择付款企业</translation>
    </message>
    <message>
        <source>Choose the company that takes the lease</source>
        <translation>请选择承租企业</translation>
    </message>
    <message>
        <source>Choose the company&apos;s segment of the model chain</source>
        <translation>请选择企业在模型产业链中的业务领域</translation>
    </message>
    <message>
        <source>Choose the company&apos;s stage</source>
        <translation>请选择企业的融资阶段</translation>
    </message>
    <message>
        <source>Choose the company, or name the prospective company</source>
        <translation>请选择企业，或填写意向企业名称</translation>
    </message>
    <message>
        <source>Choose the consultant</source>
        <translation>请选择顾问</translation>
    </message>
    <message>
        <source>Choose the floor the unit is on</source>
        <translation>请选择单元所在楼层</translation>
    </message>
    <message>
        <source>Choose the meeting room&apos;s unit</source>
        <translation>请选择会议室所在的单元</translation>
    </message>
    <message>
        <source>Choose the programme applied to</source>
        <translation>请选择所申请的扶持政策</translation>
    </message>
    <message>
        <source>Choose the programme&apos;s kind</source>
        <translation>请选择扶持政策的类型</translation>
    </message>
    <message>
        <source>Choose the service platform</source>
        <translation>请选择服务平台</translation>
    </message>
    <message>
        <source>Choose the service platform the consultant belongs to</source>
        <translation>请选择顾问所属的服务平台</translation>
    </message>
    <message>
        <source>Choose the topic of the session</source>
        <translation>请选择咨询主题</translation>
    </message>
    <message>
        <source>Choose the weekdays the room is open</source>
        <translation>请选择会议室开放的星期</translation>
    </message>
    <message>
        <source>Company %1 does not exist</source>
        <translation>企业 %1 不存在</translation>
    </message>
    <message>
        <source>Company %1 is neither registered nor in the Companies sheet (give its credit code or exact name)</source>
        <translation>企业 %1 既未登记，也不在 Companies 工作表中（请填写其统一社会信用代码或准确名称）</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>Consultant %1</source>
        <translation>顾问 %1</translation>
    </message>
    <message>
        <source>Consultant %1 does not exist</source>
        <translation>顾问 %1 不存在</translation>
    </message>
    <message>
        <source>Contact email is not an email address</source>
        <translation>联系邮箱不是有效的邮箱地址</translation>
    </message>
    <message>
        <source>Credit code %1</source>
        <translation>统一社会信用代码%1</translation>
    </message>
    <message>
        <source>Credit code already belongs to %1</source>
        <translation>该统一社会信用代码已属于 %1</translation>
    </message>
    <message>
        <source>Credit the original charge, not a correction</source>
        <translation>请冲减原始费用，而不是更正记录</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>评审标准</translation>
    </message>
    <message>
        <source>Current password is wrong</source>
        <translation>当前密码错误</translation>
    </message>
    <message>
        <source>Database URL is not supported: %1 (%2)</source>
        <translation>不支持该数据库 URL：%1（%2）</translation>
    </message>
    <message>
        <source>Database URL is not valid: %1</source>
        <translation>数据库 URL 无效：%1</translation>
    </message>
    <message>
        <source>Database folder does not exist: %1</source>
        <translation>数据库文件夹不存在：%1</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Deposit must not be negative</source>
        <translation>押金不能为负数</translation>
    </message>
    <message>
        <source>Director&apos;s limit</source>
        <translation>主任限额</translation>
    </message>
    <message>
        <source>Director&apos;s limit cannot be below the manager&apos;s limit</source>
        <translation>主任限额不能低于经理限额</translation>
    </message>
    <message>
        <source>Document %1 does not exist</source>
        <translation>材料 %1 不存在</translation>
    </message>
    <message>
        <source>Each application window needs an opening and a closing date</source>
        <translation>每个申请期都需要开始日期和截止日期</translation>
    </message>
    <message>
        <source>Each rent step needs a date and a rate that is a number</source>
        <translation>每个租金调整都需要日期和数字形式的单价</translation>
    </message>
    <message>
        <source>Each required document needs a name</source>
        <translation>每份必需材料都需要名称</translation>
    </message>
    <message>
        <source>Each review criterion needs a name</source>
        <translation>每项审核标准都需要名称</translation>
    </message>
    <message>
        <source>Eligible cost</source>
        <translation>合规费用</translation>
    </message>
    <message>
        <source>End date is required</source>
        <translation>结束日期为必填项</translation>
    </message>
    <message>
        <source>End date must be after the start date (the lease ends at the start of its end date)</source>
        <translation>结束日期须晚于开始日期（租约在结束日期当天开始时结束）</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>找不到文件：%1</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>楼层 %1</translation>
    </message>
    <message>
        <source>Floor %1 already exists</source>
        <translation>楼层 %1 已存在</translation>
    </message>
    <message>
        <source>Floor %1 does not exist</source>
        <translation>楼层 %1 不存在</translation>
    </message>
    <message>
        <source>Floor %1 has units whose codes name it; a floor with units cannot be relabelled</source>
        <translation>楼层 %1 下有以其命名编号的单元；有单元的楼层不能改名</translation>
    </message>
    <message>
        <source>Floor %1 is not in the building</source>
        <translation>楼层 %1 不在本大楼中</translation>
    </message>
    <message>
        <source>Floor %1 would have %2 m² rentable, more than its %3 m² gross area</source>
        <translation>楼层 %1 的可租面积将为 %2 m²，超过其 %3 m² 的建筑面积</translation>
    </message>
    <message>
        <source>Floor label must be 1-99 or B1-B9</source>
        <translation>楼层标签须为 1-99 或 B1-B9</translation>
    </message>
    <message>
        <source>Floors would total %1 m², more than the building&apos;s %2 m²</source>
        <translation>各楼层面积合计将为 %1 m²，超过大楼的 %2 m²</translation>
    </message>
    <message>
        <source>Formula %1 has no saved result; open the file in Excel, save it, and import again (or type the value)</source>
        <translation>公式 %1 没有保存的计算结果；请在 Excel 中打开并保存文件后重新导入（或直接填写数值）</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>GPU-hours used must be more than zero</source>
        <translation>使用的 GPU 小时数须大于零</translation>
    </message>
    <message>
        <source>Give a tenant or a prospective company, not both</source>
        <translation>请填写租户或意向企业，不能同时填写</translation>
    </message>
    <message>
        <source>Give at least one review criterion: applications are scored on it</source>
        <translation>请至少填写一项审核标准：申请将按其评分</translation>
    </message>
    <message>
        <source>Give the budget year the application draws on, like 2026</source>
        <translation>请填写申请使用的预算年度，如 2026</translation>
    </message>
    <message>
        <source>Give the company&apos;s English or Chinese name</source>
        <translation>请填写企业的英文或中文名称</translation>
    </message>
    <message>
        <source>Give the consultant&apos;s name</source>
        <translation>请填写顾问姓名</translation>
    </message>
    <message>
        <source>Give the consultant&apos;s working hours on at least one weekday</source>
        <translation>请至少填写顾问一个工作日的工作时间</translation>
    </message>
    <message>
        <source>Give the date the charge is due</source>
        <translation>请填写费用的到期日</translation>
    </message>
    <message>
        <source>Give the date the hours were used</source>
        <translation>请填写使用算力的日期</translation>
    </message>
    <message>
        <source>Give the date the milestone was met</source>
        <translation>请填写达成里程碑的日期</translation>
    </message>
    <message>
        <source>Give the date the money was received</source>
        <translation>请填写收款日期</translation>
    </message>
    <message>
        <source>Give the opening hours</source>
        <translation>请填写开放时间</translation>
    </message>
    <message>
        <source>Give the payment date</source>
        <translation>请填写付款日期</translation>
    </message>
    <message>
        <source>Give the payment&apos;s reference (bank or voucher number)</source>
        <translation>请填写付款参考号（银行流水号或凭证号）</translation>
    </message>
    <message>
        <source>Give the programme a name</source>
        <translation>请填写扶持政策名称</translation>
    </message>
    <message>
        <source>Give the reason for the rejection</source>
        <translation>请填写驳回原因</translation>
    </message>
    <message>
        <source>Give the reason for the termination</source>
        <translation>请填写提前终止原因</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing</source>
        <translation>请填写撤回原因</translation>
    </message>
    <message>
        <source>Give the rent per m² per month (or per day)</source>
        <translation>请填写每平方米每月（或每天）的租金</translation>
    </message>
    <message>
        <source>Give when the period ends</source>
        <translation>请填写时段的结束时间</translation>
    </message>
    <message>
        <source>Give when the period starts</source>
        <translation>请填写时段的开始时间</translation>
    </message>
    <message>
        <source>Give when the session ends</source>
        <translation>请填写咨询的结束时间</translation>
    </message>
    <message>
        <source>Give when the session starts</source>
        <translation>请填写咨询的开始时间</translation>
    </message>
    <message>
        <source>Graduated on must not be before admitted on</source>
        <translation>毕业日期不能早于入驻日期</translation>
    </message>
    <message>
        <source>Gross area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>Gross area must be greater than zero</source>
        <translation>建筑面积须大于零</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation>导入已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>Kind must be one of: %1</source>
        <translation>类型须为以下之一：%1</translation>
    </message>
    <message>
        <source>Lease %1</source>
        <translation>租约 %1</translation>
    </message>
    <message>
        <source>Lease %1 does not exist</source>
        <translation>租约 %1 不存在</translation>
    </message>
    <message>
        <source>Lease %1 is not a draft</source>
        <translation>租约 %1 不是草稿</translation>
    </message>
    <message>
        <source>Legal and IP</source>
        <translation>法律与知识产权</translation>
    </message>
    <message>
        <source>List the tranches in the order of their planned dates</source>
        <translation>请按计划日期顺序列出各期</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>得房率</translation>
    </message>
    <message>
        <source>Load factor must be above 0 and at most 1 (e.g. 0.70)</source>
        <translation>得房率须大于 0 且不超过 1（如 0.70）</translation>
    </message>
    <message>
        <source>Login name %1 is taken</source>
        <translation>登录名 %1 已被占用</translation>
    </message>
    <message>
        <source>Login name is required</source>
        <translation>登录名为必填项</translation>
    </message>
    <message>
        <source>Login name: 2-60 letters a-z, digits, dots, dashes or underscores, starting with a letter or digit</source>
        <translation>登录名：2-60 个字符，可用字母 a-z、数字、点、连字符或下划线，须以字母或数字开头</translation>
    </message>
    <message>
        <source>Longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>Manager&apos;s limit</source>
        <translation>经理限额</translation>
    </message>
    <message>
        <source>Manager&apos;s limit: enter an amount (managers always have a limit)</source>
        <translation>经理限额：请输入金额（经理始终有限额）</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Minimum months in residence must be zero or more</source>
        <translation>最短入驻月数须大于或等于零</translation>
    </message>
    <message>
        <source>Missing column %1 (%2)</source>
        <translation>缺少列 %1（%2）</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Name is required</source>
        <translation>姓名为必填项</translation>
    </message>
    <message>
        <source>Name is too long (at most 120 characters)</source>
        <translation>姓名过长（最多 120 个字符）</translation>
    </message>
    <message>
        <source>Name the compute provider the GPU-hours will be used with</source>
        <translation>请填写使用这些 GPU 小时的算力提供方</translation>
    </message>
    <message>
        <source>No building has been set up yet</source>
        <translation>尚未设置大楼</translation>
    </message>
    <message>
        <source>No snapshot is known for %1 records</source>
        <translation>没有 %1 记录的快照</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Not a criterion of this programme: %1</source>
        <translation>不是本扶持政策的审核标准：%1</translation>
    </message>
    <message>
        <source>Nothing can be approved: %1</source>
        <translation>无可批准金额：%1</translation>
    </message>
    <message>
        <source>Offer starts every 5 to 240 minutes</source>
        <translation>可选开始时间的间隔须为 5 到 240 分钟</translation>
    </message>
    <message>
        <source>Only %1 are left on %2 (%3 allocated with %4, %5 used); %6 is too many</source>
        <translation>%2 仅剩 %1（%4 共分配 %3，已用 %5）；%6 超出剩余额度</translation>
    </message>
    <message>
        <source>Only %1 of the deposit is held</source>
        <translation>押金仅持有 %1</translation>
    </message>
    <message>
        <source>Only %1 of the deposit is still to receive</source>
        <translation>押金仅剩 %1 待收</translation>
    </message>
    <message>
        <source>Only a draft lease can be deleted</source>
        <translation>只有草稿租约可以删除</translation>
    </message>
    <message>
        <source>Only a signed lease can be renewed (%1 is %2)</source>
        <translation>只有已签署的租约可以续租（%1 的状态为“%2”）</translation>
    </message>
    <message>
        <source>Only a signed lease can be terminated (%1 is %2)</source>
        <translation>只有已签署的租约可以终止（%1 的状态为“%2”）</translation>
    </message>
    <message>
        <source>Only a signed-in user can change a password</source>
        <translation>只有已登录的用户才能修改密码</translation>
    </message>
    <message>
        <source>Password must be at least %1 characters</source>
        <translation>密码至少须有 %1 个字符</translation>
    </message>
    <message>
        <source>Password must not be the login name</source>
        <translation>密码不能与登录名相同</translation>
    </message>
    <message>
        <source>Password must not start or end with a space</source>
        <translation>密码不能以空格开头或结尾</translation>
    </message>
    <message>
        <source>Payment %1 does not exist</source>
        <translation>收款 %1 不存在</translation>
    </message>
    <message>
        <source>Payment %1 of this company already has reference %2</source>
        <translation>该企业的收款 %1 已使用参考号 %2</translation>
    </message>
    <message>
        <source>Payment %1 was already reversed on %2</source>
        <translation>收款 %1 已于 %2 冲回</translation>
    </message>
    <message>
        <source>Plan at least one tranche</source>
        <translation>请至少安排一期</translation>
    </message>
    <message>
        <source>Plan the tranches of %1 first</source>
        <translation>请先为 %1 安排分期</translation>
    </message>
    <message>
        <source>Platform must be one of: %1</source>
        <translation>服务平台须为以下之一：%1</translation>
    </message>
    <message>
        <source>Policy applications</source>
        <translation>政策申报</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>扶持政策 %1</translation>
    </message>
    <message>
        <source>Programme %1 does not exist</source>
        <translation>扶持政策 %1 不存在</translation>
    </message>
    <message>
        <source>Programme %1 has no review criteria; add them first</source>
        <translation>扶持政策 %1 没有审核标准；请先添加</translation>
    </message>
    <message>
        <source>Programme %1 is closed to applications</source>
        <translation>扶持政策 %1 已停止受理申请</translation>
    </message>
    <message>
        <source>Received on %1</source>
        <translation>%1 收到</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Rent basis must be per month or per day</source>
        <translation>租金计算方式须为按月或按天</translation>
    </message>
    <message>
        <source>Rent must not be negative</source>
        <translation>租金不能为负数</translation>
    </message>
    <message>
        <source>Rent step on %1 is negative</source>
        <translation>%1 的租金调整为负数</translation>
    </message>
    <message>
        <source>Rent step on %1 is outside the term</source>
        <translation>%1 的租金调整不在租期内</translation>
    </message>
    <message>
        <source>Rent steps</source>
        <translation>租金递增</translation>
    </message>
    <message>
        <source>Rent-free months must be shorter than the term</source>
        <translation>免租期（月）须短于租期</translation>
    </message>
    <message>
        <source>Rent-free months must be zero or more</source>
        <translation>免租期（月）须大于或等于零</translation>
    </message>
    <message>
        <source>Rentable area</source>
        <translation>可租面积</translation>
    </message>
    <message>
        <source>Rentable area must be greater than zero</source>
        <translation>可租面积须大于零</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>会议室 %1</translation>
    </message>
    <message>
        <source>Room %1 does not exist</source>
        <translation>会议室 %1 不存在</translation>
    </message>
    <message>
        <source>Room %1 holds %2; %3 will attend</source>
        <translation>会议室 %1 可容纳 %2 人；将有 %3 人参加</translation>
    </message>
    <message>
        <source>Room %1 is booked from %2 to %3 (%4)</source>
        <translation>会议室 %1 在 %2 至 %3 已被预约（%4）</translation>
    </message>
    <message>
        <source>Room %1 is closed on %2s</source>
        <translation>会议室 %1 每逢%2不开放</translation>
    </message>
    <message>
        <source>Room %1 is open %2–%3</source>
        <translation>会议室 %1 的开放时间为 %2–%3</translation>
    </message>
    <message>
        <source>Room %1 is out of service</source>
        <translation>会议室 %1 已停用</translation>
    </message>
    <message>
        <source>Room %1 is out of service from %2 to %3%4</source>
        <translation>会议室 %1 在 %2 至 %3 停用%4</translation>
    </message>
    <message>
        <source>Same as row %1</source>
        <translation>与第 %1 行相同</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Say what the charge is for</source>
        <translation>请说明费用用途</translation>
    </message>
    <message>
        <source>Say which document this is (e.g. Business licence)</source>
        <translation>请说明这是哪份材料（如营业执照）</translation>
    </message>
    <message>
        <source>Say why the charge is credited</source>
        <translation>请说明冲减该费用的原因</translation>
    </message>
    <message>
        <source>Say why the payment is reversed</source>
        <translation>请说明冲回该收款的原因</translation>
    </message>
    <message>
        <source>Say why the session is cancelled</source>
        <translation>请说明取消咨询的原因</translation>
    </message>
    <message>
        <source>Score every criterion; missing: %1</source>
        <translation>请为每项标准评分；缺少：%1</translation>
    </message>
    <message>
        <source>Scores are whole numbers from %1 to %2: check %3</source>
        <translation>评分须为 %1 到 %2 的整数：请检查 %3</translation>
    </message>
    <message>
        <source>Search at most %1 days at once</source>
        <translation>一次最多搜索 %1 天</translation>
    </message>
    <message>
        <source>Several companies are named %1; give the credit code</source>
        <translation>有多家企业名为 %1；请填写统一社会信用代码</translation>
    </message>
    <message>
        <source>Someone else saved a clashing record at the same moment; reload and try again</source>
        <translation>他人同时保存了一条冲突的记录；请重新载入后再试</translation>
    </message>
    <message>
        <source>Someone else saved this record at the same moment; reload it and try again</source>
        <translation>他人同时保存了这条记录；请重新载入后再试</translation>
    </message>
    <message>
        <source>Start date is required</source>
        <translation>开始日期为必填项</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>人才</translation>
    </message>
    <message>
        <source>Termination date is required</source>
        <translation>终止日期为必填项</translation>
    </message>
    <message>
        <source>Termination date must be after the start (%1)</source>
        <translation>终止日期须晚于开始日期（%1）</translation>
    </message>
    <message>
        <source>Termination date must be before the current end (%1)</source>
        <translation>终止日期须早于当前结束日期（%1）</translation>
    </message>
    <message>
        <source>That closure of room %1 no longer exists</source>
        <translation>会议室 %1 的这次停用已不存在</translation>
    </message>
    <message>
        <source>That company no longer exists</source>
        <translation>该企业已不存在</translation>
    </message>
    <message>
        <source>That consultant no longer exists</source>
        <translation>该顾问已不存在</translation>
    </message>
    <message>
        <source>That lease is not the company&apos;s</source>
        <translation>该租约不属于此企业</translation>
    </message>
    <message>
        <source>That room no longer exists</source>
        <translation>该会议室已不存在</translation>
    </message>
    <message>
        <source>That time off of %1 no longer exists</source>
        <translation>%1 的这次休假已不存在</translation>
    </message>
    <message>
        <source>The %1 budget cannot be less than the %2 already approved in it</source>
        <translation>%1 年度预算不能少于其中已批准的 %2</translation>
    </message>
    <message>
        <source>The account is locked until %1</source>
        <translation>该账户已锁定至 %1</translation>
    </message>
    <message>
        <source>The amount is too large</source>
        <translation>金额过大</translation>
    </message>
    <message>
        <source>The amount must be more than zero</source>
        <translation>金额须大于零</translation>
    </message>
    <message>
        <source>The amount received must be more than zero</source>
        <translation>收款金额须大于零</translation>
    </message>
    <message>
        <source>The amount requested must be more than zero</source>
        <translation>申请金额须大于零</translation>
    </message>
    <message>
        <source>The approved amount must be more than zero</source>
        <translation>批准金额须大于零</translation>
    </message>
    <message>
        <source>The budget for %1 must be an amount of zero or more</source>
        <translation>%1 年度预算须为大于或等于零的金额</translation>
    </message>
    <message>
        <source>The buffer between sessions must be 0 to 240 minutes</source>
        <translation>咨询间隔须为 0 到 240 分钟</translation>
    </message>
    <message>
        <source>The cap per company per year must not be negative</source>
        <translation>每家企业每年的上限不能为负数</translation>
    </message>
    <message>
        <source>The capacity must be 1 to 500 people</source>
        <translation>容纳人数须为 1 到 500 人</translation>
    </message>
    <message>
        <source>The cell shows the error %1</source>
        <translation>单元格显示错误 %1</translation>
    </message>
    <message>
        <source>The credit must be more than zero</source>
        <translation>冲减金额须大于零</translation>
    </message>
    <message>
        <source>The database changed since the file was read (%1 row %2, %3: %4); read the file again. Nothing was written.</source>
        <translation>读取文件后数据库已发生变化（%1 第 %2 行，%3：%4）；请重新读取文件。未写入任何内容。</translation>
    </message>
    <message>
        <source>The deposit is refunded once the lease has ended (%1)</source>
        <translation>押金须在租约结束后（%1）退还</translation>
    </message>
    <message>
        <source>The description is longer than 300 characters</source>
        <translation>说明超过 300 个字符</translation>
    </message>
    <message>
        <source>The eligible cost must not be negative</source>
        <translation>合规成本不能为负数</translation>
    </message>
    <message>
        <source>The end date is fixed: %1 renews this lease from %2</source>
        <translation>结束日期已固定：%1 自 %2 起续租本租约</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The lease asks for a deposit of %1; %2 is charged already</source>
        <translation>该租约的押金为 %1；已收取 %2</translation>
    </message>
    <message>
        <source>The milestone of tranche %1 (%2) is not marked met yet</source>
        <translation>第 %1 期的里程碑（%2）尚未标记为达成</translation>
    </message>
    <message>
        <source>The milestone of tranche %1 is already marked met</source>
        <translation>第 %1 期的里程碑已标记为达成</translation>
    </message>
    <message>
        <source>The name is longer than 120 characters</source>
        <translation>名称超过 120 个字符</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters</source>
        <translation>名称超过 200 个字符</translation>
    </message>
    <message>
        <source>The notes are longer than 4,000 characters</source>
        <translation>备注超过 4,000 个字符</translation>
    </message>
    <message>
        <source>The payment cannot be dated before its milestone was met (%1)</source>
        <translation>付款日期不能早于里程碑达成日期（%1）</translation>
    </message>
    <message>
        <source>The percentage cap must be more than 0 and at most 100</source>
        <translation>比例上限须大于 0 且不超过 100</translation>
    </message>
    <message>
        <source>The period must end after it starts</source>
        <translation>时段的结束须晚于开始</translation>
    </message>
    <message>
        <source>The period must end on or after its first day</source>
        <translation>期间的结束日期不能早于其第一天</translation>
    </message>
    <message>
        <source>The provider&apos;s name is longer than 120 characters</source>
        <translation>提供方名称超过 120 个字符</translation>
    </message>
    <message>
        <source>The reason is longer than 200 characters</source>
        <translation>原因超过 200 个字符</translation>
    </message>
    <message>
        <source>The reason is longer than 300 characters</source>
        <translation>原因超过 300 个字符</translation>
    </message>
    <message>
        <source>The reference is longer than 80 characters</source>
        <translation>参考号超过 80 个字符</translation>
    </message>
    <message>
        <source>The room must close after it opens</source>
        <translation>会议室的关闭时间须晚于开放时间</translation>
    </message>
    <message>
        <source>The search must end after it starts</source>
        <translation>搜索的结束须晚于开始</translation>
    </message>
    <message>
        <source>The session lasts 15 minutes to 8 hours</source>
        <translation>咨询时长须为 15 分钟到 8 小时</translation>
    </message>
    <message>
        <source>The session must end after it starts</source>
        <translation>咨询的结束须晚于开始</translation>
    </message>
    <message>
        <source>The session starts at %1; it has not begun yet</source>
        <translation>咨询于 %1 开始；尚未开始</translation>
    </message>
    <message>
        <source>The session would start in the past; to record one that happened, say it was held</source>
        <translation>咨询的开始时间已过；如要记录已发生的咨询，请标记为已举行</translation>
    </message>
    <message>
        <source>The settings changed; reload them</source>
        <translation>设置已被更改；请重新载入</translation>
    </message>
    <message>
        <source>The tranches add up to %1; they must add up to the approved %2</source>
        <translation>各期合计为 %1；须等于批准金额 %2</translation>
    </message>
    <message>
        <source>The two new passwords differ</source>
        <translation>两次输入的新密码不一致</translation>
    </message>
    <message>
        <source>The unit cannot change once applications have been made</source>
        <translation>已有申请后不能更改单位</translation>
    </message>
    <message>
        <source>The weight of “%1” must be a number above 0</source>
        <translation>“%1”的权重须为大于 0 的数字</translation>
    </message>
    <message>
        <source>The window opening %1 must close after it opens</source>
        <translation>%1 开始的申请期，截止日期须晚于开始日期</translation>
    </message>
    <message>
        <source>The windows opening %1 and %2 overlap</source>
        <translation>%1 和 %2 开始的申请期重叠</translation>
    </message>
    <message>
        <source>There is already a programme called %1</source>
        <translation>已有名为 %1 的扶持政策</translation>
    </message>
    <message>
        <source>This account has been deactivated; ask an administrator</source>
        <translation>该账户已停用；请联系管理员</translation>
    </message>
    <message>
        <source>This account is locked after %1 wrong passwords; try again after %2, or ask an administrator to reset the password</source>
        <translation>密码错误 %1 次后该账户已锁定；请在 %2 之后再试，或请管理员重置密码</translation>
    </message>
    <message>
        <source>This charge is not issued yet: change the lease or delete it instead</source>
        <translation>此费用尚未开具：请改为修改租约或删除该费用</translation>
    </message>
    <message>
        <source>This company missed %1 sessions in the last %2 days: a manager must confirm its next booking</source>
        <translation>该企业最近 %2 天内爽约 %1 次：其下一次预约须由经理确认</translation>
    </message>
    <message>
        <source>This database already has accounts; sign in instead</source>
        <translation>此数据库已有账户；请直接登录</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Incubator Admin (schema %1); this version knows schemas up to %2. Install the newer version to open it.</source>
        <translation>此数据库由更新版本的孵化器管理写入（架构 %1）；本版本最高支持架构 %2。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>This is the last active administrator: it cannot be deactivated</source>
        <translation>这是最后一位在用的管理员：不能停用</translation>
    </message>
    <message>
        <source>This is the last active administrator: keep the admin role</source>
        <translation>这是最后一位在用的管理员：请保留管理员角色</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Tranche %1 needs a milestone</source>
        <translation>第 %1 期需要里程碑</translation>
    </message>
    <message>
        <source>Tranche %1 needs a planned date</source>
        <translation>第 %1 期需要计划日期</translation>
    </message>
    <message>
        <source>Tranche %1 needs an amount above zero</source>
        <translation>第 %1 期的金额须大于零</translation>
    </message>
    <message>
        <source>Tranche %1 was paid on %2</source>
        <translation>第 %1 期已于 %2 拨付</translation>
    </message>
    <message>
        <source>Tranche(s) %1 of %2 are not paid yet</source>
        <translation>%2 的第 %1 期尚未拨付</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Two columns mean %1; keep one</source>
        <translation>有两列都表示 %1；请只保留一列</translation>
    </message>
    <message>
        <source>Two rent steps on %1</source>
        <translation>%1 有两条租金调整</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <source>Unit %1 already exists</source>
        <translation>单元 %1 已存在</translation>
    </message>
    <message>
        <source>Unit %1 does not exist</source>
        <translation>单元 %1 不存在</translation>
    </message>
    <message>
        <source>Unit %1 is already leased under %2 from %3 to %4%5</source>
        <translation>单元 %1 在 %3 至 %4 已由租约 %2 出租%5</translation>
    </message>
    <message>
        <source>Unit %1 is already set up as a room</source>
        <translation>单元 %1 已设为会议室</translation>
    </message>
    <message>
        <source>Unit %1 is leased under %2 until %3; end or move that lease before taking the unit out of service</source>
        <translation>单元 %1 由租约 %2 出租至 %3；停用该单元前请先结束或迁移该租约</translation>
    </message>
    <message>
        <source>Unit %1 is neither in the building nor in the Units sheet</source>
        <translation>单元 %1 既不在本大楼中，也不在 Units 工作表中</translation>
    </message>
    <message>
        <source>Unit %1 is not a meeting room</source>
        <translation>单元 %1 不是会议室</translation>
    </message>
    <message>
        <source>Unit code is required (e.g. 7F-12)</source>
        <translation>单元编号为必填项（如 7F-12）</translation>
    </message>
    <message>
        <source>Unit code must look like 7F-12 or B1-03</source>
        <translation>单元编号格式须类似 7F-12 或 B1-03</translation>
    </message>
    <message>
        <source>Unit(s) %1 do not exist</source>
        <translation>单元 %1 不存在</translation>
    </message>
    <message>
        <source>Unit(s) out of service: %1</source>
        <translation>已停用的单元：%1</translation>
    </message>
    <message>
        <source>Units on floor %1 have codes starting %2</source>
        <translation>楼层 %1 的单元编号以 %2 开头</translation>
    </message>
    <message>
        <source>Units on this floor already have %1 m² rentable area</source>
        <translation>本楼层的单元已有 %1 m² 可租面积</translation>
    </message>
    <message>
        <source>Unknown role: %1</source>
        <translation>未知角色：%1</translation>
    </message>
    <message>
        <source>Unknown segment(s): %1</source>
        <translation>未知业务领域：%1</translation>
    </message>
    <message>
        <source>Unknown topic: %1</source>
        <translation>未知主题：%1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>User %1 does not exist</source>
        <translation>用户 %1 不存在</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Wrong login name or password. After %1 wrong passwords in a row an account is locked for 15 minutes</source>
        <translation>登录名或密码错误。连续输错 %1 次密码后，账户将被锁定 15 分钟</translation>
    </message>
    <message>
        <source>You %1 this %2, so someone else must %3 it (separation of duties)</source>
        <translation>您已%1此%2，因此须由他人%3（职责分离）</translation>
    </message>
    <message>
        <source>You approved this application, so someone else must record the disbursement of it (separation of duties)</source>
        <translation>您批准了此申请，因此须由他人登记其拨付（职责分离）</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account</source>
        <translation>您不能停用自己的账户</translation>
    </message>
    <message>
        <source>You have already reviewed %1</source>
        <translation>您已审核过 %1</translation>
    </message>
    <message>
        <source>You may not %1: that needs the %2 role (you hold %3)</source>
        <translation>您无权%1：需要%2角色（您当前的角色：%3）</translation>
    </message>
    <message>
        <source>You may not approve amounts: that needs the manager or director role</source>
        <translation>您无权批准金额：需要经理或主任角色</translation>
    </message>
    <message>
        <source>You reviewed this application, so someone else must approve it (separation of duties)</source>
        <translation>您审核了此申请，因此须由他人批准（职责分离）</translation>
    </message>
    <message>
        <source>Your account has been deactivated</source>
        <translation>您的账户已停用</translation>
    </message>
    <message>
        <source>Your account has been deactivated or holds no role any more; sign in again</source>
        <translation>您的账户已停用或不再拥有任何角色；请重新登录</translation>
    </message>
    <message>
        <source>a SQLite database without the app&apos;s schema version</source>
        <translation>没有本应用架构版本的 SQLite 数据库</translation>
    </message>
    <message>
        <source>a pg_dump archive without the app&apos;s schema version</source>
        <translation>没有本应用架构版本的 pg_dump 归档</translation>
    </message>
    <message>
        <source>active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>add a charge or a credit note</source>
        <translation>添加费用或冲减单</translation>
    </message>
    <message>
        <source>add a company</source>
        <translation>添加企业</translation>
    </message>
    <message>
        <source>add a floor</source>
        <translation>添加楼层</translation>
    </message>
    <message>
        <source>add a unit</source>
        <translation>添加单元</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>approve financing</source>
        <translation>批准融资</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>attach a document to an application</source>
        <translation>为申请附加材料</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>book a consultation</source>
        <translation>预约咨询</translation>
    </message>
    <message>
        <source>budget left %1 of %2 for %3</source>
        <translation>%3 年度预算剩余 %1（共 %2）</translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>cannot open database %1: %2; %3</source>
        <translation>无法打开数据库 %1：%2；%3</translation>
    </message>
    <message>
        <source>cannot open the backup %1: %2</source>
        <translation>无法打开备份 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <source>check digit is %1, should be %2</source>
        <translation>校验位为 %1，应为 %2</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>close a paid-out application</source>
        <translation>关闭已拨付完毕的申请</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>company cap left %1 (%2 a year, %3 already approved in %4)</source>
        <translation>企业上限剩余 %1（每年 %2，%4 年已批准 %3）</translation>
    </message>
    <message>
        <source>confirm a booking for a company flagged for no-shows</source>
        <translation>为因爽约被标记的企业确认预约</translation>
    </message>
    <message>
        <source>contains characters not allowed in a credit code: %1</source>
        <translation>包含统一社会信用代码中不允许的字符：%1</translation>
    </message>
    <message>
        <source>create a lease</source>
        <translation>新建租约</translation>
    </message>
    <message>
        <source>daily backups are made for SQLite database files only</source>
        <translation>每日备份仅适用于 SQLite 数据库文件</translation>
    </message>
    <message>
        <source>db %1 takes no file (got %2)</source>
        <translation>db %1 不需要文件（收到 %2）</translation>
    </message>
    <message>
        <source>deactivate or reactivate a user</source>
        <translation>停用或重新启用用户</translation>
    </message>
    <message>
        <source>delete a draft lease</source>
        <translation>删除草稿租约</translation>
    </message>
    <message>
        <source>director</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>disbursing</source>
        <translation>拨付中</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>edit a company</source>
        <translation>编辑企业</translation>
    </message>
    <message>
        <source>edit a financing application</source>
        <translation>编辑融资申请</translation>
    </message>
    <message>
        <source>edit a financing programme</source>
        <translation>编辑融资扶持政策</translation>
    </message>
    <message>
        <source>edit a floor</source>
        <translation>编辑楼层</translation>
    </message>
    <message>
        <source>edit a lease</source>
        <translation>编辑租约</translation>
    </message>
    <message>
        <source>edit a unit</source>
        <translation>编辑单元</translation>
    </message>
    <message>
        <source>edit a user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>export a tenant&apos;s statement</source>
        <translation>导出租户对账单</translation>
    </message>
    <message>
        <source>export the arrears</source>
        <translation>导出欠费报表</translation>
    </message>
    <message>
        <source>export the billing summary</source>
        <translation>导出账务汇总</translation>
    </message>
    <message>
        <source>export the compute-voucher report</source>
        <translation>导出算力券报表</translation>
    </message>
    <message>
        <source>export the consultations report</source>
        <translation>导出咨询报表</translation>
    </message>
    <message>
        <source>export the deposits</source>
        <translation>导出押金报表</translation>
    </message>
    <message>
        <source>export the disbursements</source>
        <translation>导出拨付报表</translation>
    </message>
    <message>
        <source>export the financing pipeline</source>
        <translation>导出融资进度报表</translation>
    </message>
    <message>
        <source>export the lease-expiry report</source>
        <translation>导出租约到期报表</translation>
    </message>
    <message>
        <source>export the occupancy report</source>
        <translation>导出出租率报表</translation>
    </message>
    <message>
        <source>export the programme budgets</source>
        <translation>导出扶持政策预算报表</translation>
    </message>
    <message>
        <source>export the rent roll</source>
        <translation>导出租金清单</translation>
    </message>
    <message>
        <source>export the room-utilisation report</source>
        <translation>导出会议室使用率报表</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>folder does not exist: %1</source>
        <translation>文件夹不存在：%1</translation>
    </message>
    <message>
        <source>from %1 it can only become %2</source>
        <translation>“%1”状态只能变为：%2</translation>
    </message>
    <message>
        <source>generate or issue rent charges</source>
        <translation>生成或开具租金费用</translation>
    </message>
    <message>
        <source>import companies, units and leases</source>
        <translation>导入企业、单元和租约</translation>
    </message>
    <message>
        <source>it has been in residence %1 months on %2 (since its first lease), and the programme requires %3</source>
        <translation>截至 %2 其入驻 %1 个月（自首份租约起），而该扶持政策要求 %3 个月</translation>
    </message>
    <message>
        <source>it has ¥%1 of rent arrears over 90 days on %2, and the programme refuses companies in arrears over 90 days</source>
        <translation>截至 %2 其有 ¥%1 租金欠费逾期超过 90 天，而该扶持政策不受理欠费逾期超过 90 天的企业</translation>
    </message>
    <message>
        <source>it holds no lease in force on %1, and the programme requires one</source>
        <translation>%1 时其没有生效中的租约，而该扶持政策要求有租约</translation>
    </message>
    <message>
        <source>its segment is %1, and the programme is open to %2</source>
        <translation>其业务领域为 %1，而该扶持政策面向 %2</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>mark a milestone met</source>
        <translation>标记里程碑达成</translation>
    </message>
    <message>
        <source>must be 18 characters (has %1)</source>
        <translation>须为 18 位（当前 %1 位）</translation>
    </message>
    <message>
        <source>name the backup file: python main.py db %1 FILE</source>
        <translation>请指定备份文件：python main.py db %1 FILE</translation>
    </message>
    <message>
        <source>name the report to export (see: python main.py export --list)</source>
        <translation>请指定要导出的报表（参见：python main.py export --list）</translation>
    </message>
    <message>
        <source>no backup file at %1</source>
        <translation>%1 处没有备份文件</translation>
    </message>
    <message>
        <source>no budget is set for %1</source>
        <translation>%1 年度未设置预算</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
    <message>
        <source>no hours</source>
        <translation>无工作时间</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>not a SQLite database file</source>
        <translation>不是 SQLite 数据库文件</translation>
    </message>
    <message>
        <source>not a pg_dump custom-format archive</source>
        <translation>不是 pg_dump 自定义格式归档</translation>
    </message>
    <message>
        <source>pg_dump</source>
        <translation>pg_dump</translation>
    </message>
    <message>
        <source>pg_restore</source>
        <translation>pg_restore</translation>
    </message>
    <message>
        <source>plan the payment tranches</source>
        <translation>安排拨付分期</translation>
    </message>
    <message>
        <source>record GPU-hours used on a voucher</source>
        <translation>登记算力券已用 GPU 小时</translation>
    </message>
    <message>
        <source>record a deposit step</source>
        <translation>登记押金收退</translation>
    </message>
    <message>
        <source>record a payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <source>record a tranche&apos;s payment</source>
        <translation>登记分期拨付</translation>
    </message>
    <message>
        <source>record the disbursement of</source>
        <translation>登记拨付</translation>
    </message>
    <message>
        <source>reject a financing application</source>
        <translation>驳回融资申请</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>renew a lease</source>
        <translation>续租</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>申请 %1</translation>
    </message>
    <message>
        <source>reschedule, complete or cancel a consultation</source>
        <translation>改期、完成或取消咨询</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>reset a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>restore failed: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
    <message>
        <source>restore goes into a new, empty database</source>
        <translation>恢复只能写入新的空数据库</translation>
    </message>
    <message>
        <source>reverse a payment</source>
        <translation>冲回收款</translation>
    </message>
    <message>
        <source>review a financing application</source>
        <translation>审核融资申请</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>schema differs from the models: %1</source>
        <translation>架构与模型不一致：%1</translation>
    </message>
    <message>
        <source>schema is at %1, the code expects %2</source>
        <translation>架构版本为 %1，代码需要 %2</translation>
    </message>
    <message>
        <source>see other users&apos; accounts</source>
        <translation>查看其他用户的账户</translation>
    </message>
    <message>
        <source>see the audit trail</source>
        <translation>查看操作记录</translation>
    </message>
    <message>
        <source>set ADMINAPP_PASSWORD for the screenshot&apos;s user %1</source>
        <translation>请为截图用户 %1 设置 ADMINAPP_PASSWORD</translation>
    </message>
    <message>
        <source>set up a building</source>
        <translation>设置大楼</translation>
    </message>
    <message>
        <source>set up a financing programme</source>
        <translation>设立融资扶持政策</translation>
    </message>
    <message>
        <source>set up or edit a consultant</source>
        <translation>设置或编辑顾问</translation>
    </message>
    <message>
        <source>set up or edit a meeting room</source>
        <translation>设置或编辑会议室</translation>
    </message>
    <message>
        <source>sign a lease</source>
        <translation>签署租约</translation>
    </message>
    <message>
        <source>sign in first: set ADMINAPP_USER and ADMINAPP_PASSWORD (or run the command in a terminal to be asked)</source>
        <translation>请先登录：设置 ADMINAPP_USER 和 ADMINAPP_PASSWORD（或在终端中运行命令以便输入）</translation>
    </message>
    <message>
        <source>sign-in cancelled</source>
        <translation>登录已取消</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>start paying out approved financing</source>
        <translation>开始拨付已批准的融资</translation>
    </message>
    <message>
        <source>submit a financing application</source>
        <translation>提交融资申请</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>take a financing application</source>
        <translation>受理融资申请</translation>
    </message>
    <message>
        <source>terminate a lease</source>
        <translation>终止租约</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>the backup %1 is damaged or not a database: %2</source>
        <translation>备份 %1 已损坏或不是数据库：%2</translation>
    </message>
    <message>
        <source>the backup %1 is damaged: %2</source>
        <translation>备份 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>the backup file cannot be the database itself</source>
        <translation>备份文件不能是数据库本身</translation>
    </message>
    <message>
        <source>the restored database could not be migrated: %1</source>
        <translation>恢复的数据库无法迁移：%1</translation>
    </message>
    <message>
        <source>this is not a demo database: set ADMINAPP_USER and ADMINAPP_PASSWORD to sign in for the screenshot</source>
        <translation>这不是演示数据库：请设置 ADMINAPP_USER 和 ADMINAPP_PASSWORD 以登录截图</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>unknown report %1; reports: %2</source>
        <translation>未知报表 %1；可用报表：%2</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>upgrade the database</source>
        <translation>升级数据库</translation>
    </message>
    <message>
        <source>withdraw a financing application</source>
        <translation>撤回融资申请</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>your approval limit %1</source>
        <translation>您的审批限额 %1</translation>
    </message>
    <message>
        <source>¥%1 is above your approval limit of ¥%2; a director must approve it</source>
        <translation>¥%1 超过您的审批限额 ¥%2；须由主任批准</translation>
    </message>
    <message>
        <source>“%1” is not a date (use 2026-01-05, 2026/1/5 or 2026年1月5日)</source>
        <translation>“%1”不是日期（请用 2026-01-05、2026/1/5 或 2026年1月5日）</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (是/否)</source>
        <translation>“%1”不是“是”或“否”（是/否）</translation>
    </message>
</context>
</TS>
