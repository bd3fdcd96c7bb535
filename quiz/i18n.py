"""The words of the user interface, in every language the game speaks."""

from __future__ import annotations

import os
from typing import Mapping

LANGUAGES = ("en", "zh")
DEFAULT_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "zh": "中文"}

MESSAGES: dict[str, dict[str, str]] = {
    "app.title": {"en": "Myth or Fact", "zh": "谣言还是事实"},
    "app.subtitle": {"en": "a health quiz", "zh": "健康知识问答"},
    # start screen
    "start.heading": {"en": "Myth or Fact: a health quiz", "zh": "谣言还是事实：健康知识问答"},
    "start.pack": {"en": "Pack", "zh": "题库"},
    "start.language": {"en": "Language", "zh": "语言"},
    "start.count": {"en": "Questions", "zh": "题数"},
    "start.all": {"en": "all {n}", "zh": "全部 {n} 题"},
    "start.begin": {"en": "Start", "zh": "开始"},
    "start.no_packs": {
        "en": "No pack could be loaded. Run 'quiz validate' on your packs to see why.",
        "zh": "没有可用的题库。请运行 'quiz validate' 检查你的题库文件。",
    },
    "start.bad_packs": {
        "en": "{n} pack file(s) have errors and are not offered; 'quiz validate' shows them.",
        "zh": "有 {n} 个题库文件有错误，未列出；运行 'quiz validate' 可查看。",
    },
    "start.resume_info": {
        "en": "Unfinished game of “{title}” ({mode}): {answered} of {total} answered.",
        "zh": "有一局未完成：《{title}》（{mode}模式），已答 {answered}/{total} 题。",
    },
    "start.resume": {"en": "Resume", "zh": "继续这一局"},
    "start.due": {
        "en": "{n} question(s) of this pack are due for review.",
        "zh": "本题库有 {n} 道题到了复习时间。",
    },
    "start.review": {"en": "Review them", "zh": "开始复习"},
    "start.drop": {"en": "Drop it", "zh": "放弃这一局"},
    "start.pack_about": {"en": "{description} {info}", "zh": "{description}{info}"},
    "start.pack_info": {"en": "{n} questions · from: {source}", "zh": "共 {n} 题 · 来源：{source}"},
    # question screen
    "question.progress": {"en": "Question {n}/{total}", "zh": "第 {n}/{total} 题"},
    "question.score": {"en": "Score {points}", "zh": "得分 {points}"},
    "question.streak": {"en": "Streak {streak}", "zh": "连对 {streak}"},
    "question.prompt_myth_fact": {"en": "Myth or fact?", "zh": "是谣言还是事实？"},
    "question.prompt_choice": {"en": "Choose one:", "zh": "请选择："},
    "answer.myth": {"en": "Myth", "zh": "谣言"},
    "answer.fact": {"en": "Fact", "zh": "事实"},
    "feedback.right": {"en": "✔ Right!", "zh": "✔ 答对了！"},
    "feedback.wrong": {"en": "✘ Not quite.", "zh": "✘ 答错了。"},
    "feedback.points": {"en": "+{points} points", "zh": "+{points} 分"},
    "feedback.answer": {"en": "The answer: {answer}", "zh": "正确答案：{answer}"},
    "feedback.your_answer": {"en": "Your answer: {answer}", "zh": "你的答案：{answer}"},
    "label": {"en": "{label}: ", "zh": "{label}："},
    "feedback.why": {"en": "Why", "zh": "解析"},
    "feedback.article": {"en": "The article says", "zh": "原文说法"},
    "feedback.article_original": {"en": "Original", "zh": "原句"},
    "feedback.checked": {"en": "Evidence checked", "zh": "证据核对于"},
    "feedback.references": {"en": "Sources", "zh": "参考文献"},
    "feedback.disclaimer": {"en": "Health note", "zh": "健康提示"},
    "verdict.supported": {"en": "the evidence supports it", "zh": "有证据支持"},
    "verdict.overstated": {
        "en": "overstated: the evidence does not go this far",
        "zh": "言过其实：证据并不支持这么强的结论",
    },
    "verdict.untraceable": {"en": "untraceable: no such study could be found", "zh": "无从查证：找不到这项研究"},
    # quiz report: a class's answers, per question, per player and for the class
    "report.title": {"en": "Class report: {pack}", "zh": "班级报告：{pack}"},
    "report.title_class": {"en": "Class report: {pack}, class {code}", "zh": "班级报告：{pack}（班级 {code}）"},
    "report.attempt_first": {
        "en": "Each player's first attempt at each question counts (--attempt last counts the last one instead).",
        "zh": "每位玩家每道题只计第一次作答（加 --attempt last 则改计最后一次）。",
    },
    "report.attempt_last": {
        "en": "Each player's last attempt at each question counts.",
        "zh": "每位玩家每道题只计最后一次作答。",
    },
    "report.left_out.attempts": {
        "en": "{n} other attempt(s) at questions already counted were left out.",
        "zh": "同一题的另外 {n} 次作答未计入。",
    },
    "report.left_out.questions": {
        "en": "{n} answer(s) to questions no longer in the pack were left out.",
        "zh": "有 {n} 条作答对应的题目已不在题库中，未计入。",
    },
    "report.left_out.answers": {
        "en": "{n} answer(s) that no longer fit their question (a choice removed since) were left out.",
        "zh": "有 {n} 条作答与题目现有的选项对不上（选项后来被删除），未计入。",
    },
    "report.left_out.duplicates": {
        "en": "{n} answer(s) found in more than one source were counted once.",
        "zh": "有 {n} 条作答在多个来源中重复出现，只计一次。",
    },
    "report.kr20_over": {
        "en": "KR-20 and the SEM are over the {complete} of {players} players who answered all {k} questions.",
        "zh": "KR-20 和测量标准误只统计答完全部 {k} 道题的 {complete} 名玩家（共 {players} 名）。",
    },
    "report.kr20_none": {
        "en": "KR-20 and the SEM need two questions or more and at least two players who answered all of them with "
        "different scores ({complete} player(s) answered all {k}).",
        "zh": "KR-20 和测量标准误至少需要两道题，以及至少两名答完全部题目且得分不同的玩家（答完全部 {k} 道题的有 "
        "{complete} 名）。",
    },
    "report.not_available": {"en": "n/a", "zh": "无"},
    "report.points": {"en": "{value} points", "zh": "{value} 个百分点"},
    "report.timeout": {"en": "time ran out", "zh": "超时"},
    "report.key_mark": {"en": " (key)", "zh": "（正确答案）"},
    "report.class_heading": {"en": "Class", "zh": "全班"},
    "report.players": {"en": "Players", "zh": "玩家人数"},
    "report.questions_answered": {"en": "Questions answered", "zh": "有人作答的题数"},
    "report.mean": {"en": "Mean score", "zh": "平均得分率"},
    "report.sd": {"en": "Standard deviation", "zh": "标准差"},
    "report.kr20": {"en": "Reliability (KR-20)", "zh": "信度（KR-20）"},
    "report.sem": {"en": "Standard error of measurement", "zh": "测量标准误"},
    "report.questions_heading": {"en": "Questions", "zh": "题目"},
    "report.flagged_heading": {"en": "Questions to look at", "zh": "需要检查的题目"},
    "report.players_heading": {"en": "Players, lowest score first", "zh": "玩家（按得分率从低到高）"},
    "report.col.question": {"en": "Question", "zh": "题目"},
    "report.col.answered": {"en": "Answered", "zh": "作答数"},
    "report.col.right": {"en": "Right", "zh": "答对"},
    "report.col.facility": {"en": "Facility", "zh": "通过率"},
    "report.col.discrimination": {"en": "Discr.", "zh": "区分度"},
    "report.col.flags": {"en": "Flags", "zh": "标记"},
    "report.col.player": {"en": "Player", "zh": "玩家"},
    "report.col.class": {"en": "Class", "zh": "班级"},
    "report.col.score": {"en": "Score", "zh": "得分率"},
    "report.col.weakest": {"en": "Weakest tag", "zh": "最薄弱的标签"},
    "report.col.tags": {"en": "By tag", "zh": "各标签得分率"},
    "report.col.options": {"en": "Answers chosen", "zh": "各选项选择情况"},
    "report.col.reasons": {"en": "Why it is flagged", "zh": "标记原因"},
    "report.flag.possibly-mis-keyed": {"en": "possibly mis-keyed", "zh": "答案可能标错"},
    "report.flag.too-easy": {"en": "too easy", "zh": "太容易"},
    "report.flag.too-hard": {"en": "too hard", "zh": "太难"},
    "report.flag.weak-discrimination": {"en": "weak discrimination", "zh": "区分度弱"},
    "report.flag.unchosen-distractor": {"en": "unchosen distractor", "zh": "有干扰项无人选"},
    "report.reason.possibly-mis-keyed.negative": {
        "en": "Possibly mis-keyed: the discrimination is {discrimination}, below zero, so players who did well on the "
        "other questions got this one wrong more often than the rest. Check that the marked answer ({answer}) is right.",
        "zh": "答案可能标错：区分度为 {discrimination}，小于零，也就是其他题答得好的玩家反而更常答错这道题。"
        "请核对标记的正确答案（{answer}）是否有误。",
    },
    "report.reason.possibly-mis-keyed.top-third": {
        "en": "Possibly mis-keyed: of the top third ({top} players, by their score on the other questions), more "
        "chose {options} than the marked answer, {answer}.",
        "zh": "答案可能标错：按其他题成绩排在前三分之一的 {top} 名玩家中，选 {options} 的人比选标记答案 {answer} 的还多。",
    },
    "report.reason.too-hard.facility": {
        "en": "Too hard: only {facility} answered it right (below 20%). Check its wording, and whether it was taught.",
        "zh": "太难：只有 {facility} 的人答对（低于 20%）。请检查题目措辞，以及这部分内容是否讲过。",
    },
    "report.reason.too-easy.facility": {
        "en": "Too easy: {facility} answered it right (above 90%), so it hardly tells the players apart.",
        "zh": "太容易：{facility} 的人答对（高于 90%），几乎区分不出掌握程度的高低。",
    },
    "report.reason.weak-discrimination.discrimination": {
        "en": "Weak discrimination: {discrimination} (below 0.20); getting it right goes little with doing well on "
        "the other questions.",
        "zh": "区分度弱：{discrimination}（低于 0.20），答对这道题与其他题的成绩关系不大。",
    },
    "report.reason.unchosen-distractor.unchosen": {
        "en": "No one chose {options}: a distractor that no one picks does no work; make it more plausible or replace "
        "it.",
        "zh": "没有人选 {options}：无人选择的干扰项起不到作用，可以改得更有迷惑性，或者换掉。",
    },
    "report.html.histogram": {"en": "Scores", "zh": "得分分布"},
    "report.html.score_axis": {"en": "score (% right)", "zh": "得分率（%）"},
    "report.html.players_axis": {"en": "players", "zh": "人数"},
    "report.html.scatter": {"en": "Facility against discrimination", "zh": "通过率与区分度"},
    "report.html.facility_axis": {"en": "facility (share right)", "zh": "通过率（答对比例）"},
    "report.html.discrimination_axis": {"en": "discrimination", "zh": "区分度"},
    "report.html.scatter_note": {
        "en": "Each dot is a question, by its number; flagged questions are red and labelled.",
        "zh": "每个点代表一道题，标的是题号；被标记的题目以红色显示并注明。",
    },
    "report.html.r_note": {
        "en": "Beside each answer: the share who chose it, and r, the correlation between choosing it and the score "
        "on the other questions (the key's r is the question's discrimination).",
        "zh": "每个选项旁依次为：选择该项的人数比例，以及 r，即选择该项与其他题得分之间的相关系数（正确答案的 r 就是该题的区分度）。",
    },
    "report.html.no_flags": {"en": "No question is flagged.", "zh": "没有需要检查的题目。"},
    "report.watching": {
        "en": "Updated {time}; watching for new answers (Ctrl+C stops).",
        "zh": "更新于 {time}；正在等待新的作答（按 Ctrl+C 停止）。",
    },
    "report.written": {"en": "Wrote the report on {n} player(s) to {path}", "zh": "已将 {n} 名玩家的报告写入 {path}"},
    "report.no_source": {"en": "{path}: no such file or folder", "zh": "{path}：没有这个文件或文件夹"},
    "report.no_store": {
        "en": "{path} holds no answers: there is no progress file in it",
        "zh": "{path} 里没有答题记录：其中没有进度文件",
    },
    "report.store_unreadable": {
        "en": "cannot read the answers in {path} ({reason})",
        "zh": "无法读取 {path} 中的答题记录（{reason}）",
    },
    "report.store_newer": {
        "en": "{path} was written by a newer version of the game, which this one cannot read; update the game",
        "zh": "{path} 是由更新版本的游戏写入的，当前版本无法读取；请更新游戏",
    },
    "report.bad_json": {
        "en": "{path}, line {line}: not valid JSON ({reason})",
        "zh": "{path} 第 {line} 行：不是有效的 JSON（{reason}）",
    },
    "report.not_history": {
        "en": "{path} is not an exported history: it should be a list of answers, as 'quiz history --format json' "
        "writes it",
        "zh": "{path} 不是导出的答题记录：应当是答题记录的列表，即 'quiz history --format json' 的输出",
    },
    "report.mangled": {
        "en": "{path} was opened in the wrong encoding and saved again; export it again with "
        "'quiz history --format csv', or open the original as UTF-8",
        "zh": "{path} 曾以错误的编码打开并重新保存；请用 'quiz history --format csv' 重新导出，或以 UTF-8 编码打开原文件",
    },
    "report.bad_csv": {"en": "{path}, line {line}: {reason}", "zh": "{path} 第 {line} 行：{reason}"},
    "report.missing_columns": {
        "en": "{path} lacks the column(s) {columns} that an exported history has (see 'quiz history --format csv')",
        "zh": "{path} 缺少导出的答题记录应有的列：{columns}（参见 'quiz history --format csv'）",
    },
    "report.bad_row": {
        "en": "{path}, row {row}: {field} cannot be {value}",
        "zh": "{path} 第 {row} 行：{field} 的值 {value} 无效",
    },
    "report.no_answers": {"en": "no answers in {sources}", "zh": "{sources} 中没有答题记录"},
    "report.no_pack_answers": {
        "en": "no answers to the pack '{pack}' in the sources (they hold answers to: {packs})",
        "zh": "来源中没有题库 '{pack}' 的答题记录（有记录的题库：{packs}）",
    },
    "report.several_packs": {
        "en": "the answers are to several packs ({packs}); choose one with --pack",
        "zh": "答题记录来自多个题库（{packs}）；请用 --pack 选择一个",
    },
    "report.pack_not_found": {
        "en": "the pack '{pack}' the answers are to was not found; give its file with --pack FILE",
        "zh": "找不到答题记录所属的题库 '{pack}'；请用 --pack 指定题库文件",
    },
    "report.no_class_answers": {
        "en": "no answers from the class '{name}' (classes in the sources: {classes})",
        "zh": "没有班级 '{name}' 的答题记录（来源中的班级：{classes}）",
    },
    "report.cannot_report": {
        "en": "{path} cannot be reported on until these are fixed",
        "zh": "{path} 需要先改正上面这些问题才能生成报告",
    },
    "report.watch_text_only": {
        "en": "--watch refreshes the report in the terminal: use it without --format and -o",
        "zh": "--watch 用于在终端中刷新报告：请不要同时使用 --format 或 -o",
    },
    # results
    "results.heading": {"en": "Results", "zh": "成绩"},
    "results.summary_marks": {
        "en": "{right} of {total} right · {points:+d} marks",
        "zh": "答对 {right}/{total} 题 · 总计 {points:+d} 分（按把握度计分）",
    },
    "results.summary": {
        "en": "{right} of {total} right · {points} points · best streak {best}",
        "zh": "答对 {right}/{total} 题 · {points} 分 · 最长连对 {best}",
    },
    "results.table_question": {"en": "Question", "zh": "题目"},
    "results.table_yours": {"en": "Your answer", "zh": "你的答案"},
    "results.table_result": {"en": "Result", "zh": "结果"},
    "results.right": {"en": "✔ right", "zh": "✔ 对"},
    "results.wrong": {"en": "✘ wrong", "zh": "✘ 错"},
    "results.missed": {"en": "What to remember from the ones you missed", "zh": "答错题目的要点"},
    "results.all_right": {"en": "You got every question right.", "zh": "全部答对了！"},
    "results.again": {"en": "Play again", "zh": "再玩一次"},
    "results.retry": {"en": "Retry the ones I missed", "zh": "重做答错的题"},
    "results.quit": {"en": "Quit", "zh": "退出"},
    # help and quitting
    "help.heading": {"en": "Keys", "zh": "按键说明"},
    "help.body": {
        "en": (
            "M  answer myth\nF  answer fact\n1-4  pick a choice\n1-3  how sure you are (certainty mode)\n"
            "Esc  take back your choice (certainty mode)\nEnter / Space  next question\n"
            "Tab  move between buttons\nS / R / V / H  start, resume, review, history (start screen)\n"
            "Ctrl+P  commands and themes\n?  this help\nQ / Ctrl+Q  quit\nEscape  close this window"
        ),
        "zh": (
            "M  回答“谣言”\nF  回答“事实”\n1-4  选择选项\n1-3  把握度（把握度模式）\n"
            "Esc  重新选择（把握度模式）\n回车 / 空格  下一题\n"
            "Tab  在按钮间切换\nS / R / V / H  开始、继续、复习、历史（开始界面）\n"
            "Ctrl+P  命令与主题\n?  显示本帮助\nQ / Ctrl+Q  退出\nEsc  关闭本窗口"
        ),
    },
    "help.close": {"en": "Close", "zh": "关闭"},
    "quit.question": {
        "en": "Quit this game? Your answers so far are kept.",
        "zh": "要退出本局吗？已作答的题目会保留。",
    },
    "quit.yes": {"en": "Quit", "zh": "退出"},
    "quit.no": {"en": "Keep playing", "zh": "继续答题"},
    # the progress store
    "store.recovered": {
        "en": "Your progress file was damaged. It was kept as {path} and a new one was started.",
        "zh": "进度文件已损坏，已另存为 {path}，并新建了进度文件。",
    },
    "store.memory_only": {
        "en": "Progress is not being saved ({reason}). You can still play.",
        "zh": "无法保存进度（{reason}），但仍可继续游戏。",
    },
    "store.read_only": {
        "en": "Your progress file {path} can be read but not written: your past answers are there, new ones are not saved.",
        "zh": "进度文件 {path} 只能读取、不能写入：以前的答题记录都在，但新的答题不会保存。",
    },
    "store.newer": {
        "en": "Your progress file {path} was written by a newer version of the game. It is left untouched, and "
        "nothing is saved to it: update the game to see your answers and keep adding to them.",
        "zh": "进度文件 {path} 是由更新版本的游戏写入的，已原样保留，本程序不会写入它。请升级游戏，才能查看并继续记录答题。",
    },
    "store.not_a_file": {
        "en": "Progress is not being saved: {path} is not a file (a folder, a device or a broken link is in its "
        "place), and it was left as it is.",
        "zh": "无法保存进度：{path} 不是普通文件（那里是一个文件夹、设备或失效的链接），已原样保留。",
    },
    # quiz serve's own pages
    "serve.full": {
        "en": "All {count} games this server can run are taken. Try again when someone has finished.",
        "zh": "本服务器最多同时运行 {count} 局游戏，现在已满。请等有人玩完后再试。",
    },
    "serve.unknown_host": {
        "en": "This game server does not answer to that address. Use the address your teacher gave you.",
        "zh": "本游戏服务器不接受这个地址的访问。请使用老师给你的地址。",
    },
    # plain, line-by-line mode
    "plain.ask_myth_fact": {
        "en": "Type m (myth) or f (fact), then Enter (q quits).",
        "zh": "请输入 m（谣言）或 f（事实），然后按回车（q 退出）。",
    },
    "plain.ask_choice": {
        "en": "Type a number from 1 to {n}, then Enter (q quits).",
        "zh": "请输入 1 到 {n} 之间的数字，然后按回车（q 退出）。",
    },
    "plain.ask_certainty": {
        "en": "How sure are you? Type 1 (not sure), 2 (fairly sure) or 3 (sure), then Enter.",
        "zh": "你有多确定？输入 1（不太确定）、2（比较确定）或 3（非常确定），然后按回车。",
    },
    "plain.not_an_answer": {"en": "That is not an answer to this question.", "zh": "这不是本题的答案。"},
    "plain.input_ended": {
        "en": "End of input: the game stops here. The answers you gave are kept.",
        "zh": "输入已结束，本局到此为止；已作答的题目会保留。",
    },
    "plain.answered": {"en": "{answered} of {total} questions answered.", "zh": "已作答 {answered}/{total} 题。"},
    "plain.quit": {
        "en": "You stopped the game. The answers you gave are kept.",
        "zh": "你结束了本局；已作答的题目会保留。",
    },
    "plain.interrupted": {
        "en": "Interrupted (Ctrl+C): the game stops here; the {answered} answer(s) you gave are kept.",
        "zh": "已中断（Ctrl+C）：本局到此为止；已作答的 {answered} 题会保留。",
    },
    "plain.quit_word": {"en": "quit", "zh": "退出"},
    "plain.yes_word": {"en": "yes", "zh": "是"},
    "plain.no_word": {"en": "no", "zh": "否"},
    "plain.ask_resume": {
        "en": "Go on with it? Type y to resume or n for a new game (q quits), then Enter.",
        "zh": "要继续这一局吗？输入 y 继续，输入 n 开始新的一局（q 退出），然后按回车。",
    },
    # modes
    "start.mode": {"en": "Mode", "zh": "模式"},
    "mode.classic": {"en": "Classic", "zh": "经典"},
    "mode.certainty": {"en": "Certainty (say how sure you are)", "zh": "把握度（说出你有多确定）"},
    "mode.timed": {"en": "Timed", "zh": "限时"},
    "start.time_limit": {"en": "Seconds", "zh": "每题秒数"},
    "start.streak_bonus": {"en": "Streak bonus", "zh": "连对奖励"},
    "certainty.ask": {
        "en": "How sure are you?  1 not sure · 2 fairly sure · 3 sure  (Esc: change your answer)",
        "zh": "你有多确定？  1 不太确定 · 2 比较确定 · 3 非常确定  （Esc：重新选择）",
    },
    "certainty.1": {"en": "1 not sure", "zh": "1 不太确定"},
    "certainty.2": {"en": "2 fairly sure", "zh": "2 比较确定"},
    "certainty.3": {"en": "3 sure", "zh": "3 非常确定"},
    "certainty.marks": {"en": "{marks:+d} marks (certainty {level})", "zh": "{marks:+d} 分（把握度 {level}）"},
    "timer.left": {"en": "⏱ {seconds} s", "zh": "⏱ 剩 {seconds} 秒"},
    "timer.out": {"en": "⏱ Time is up.", "zh": "⏱ 时间到。"},
    "answer.none": {"en": "no answer (time ran out)", "zh": "未作答（超时）"},
    "results.calibration": {"en": "Your certainty against your answers", "zh": "把握度与答题结果"},
    "results.level": {
        "en": "Certainty {level}: {right} of {answered} right ({percent}%); pays best {range}",
        "zh": "把握度 {level}：{answered} 题中答对 {right} 题（{percent}%）；最适合的正确率 {range}",
    },
    "range.1": {"en": "below 67%", "zh": "低于 67%"},
    "range.2": {"en": "from 67% to 80%", "zh": "67% 到 80%"},
    "range.3": {"en": "above 80%", "zh": "高于 80%"},
    "advice.overconfident": {
        "en": "You were sure more often than you were right: keep 3 for what you really know.",
        "zh": "你“很确定”的次数多于答对的次数：只在真正有把握时选 3。",
    },
    "advice.underconfident": {
        "en": "You know more than you think: when you are right this often, say so with a higher certainty.",
        "zh": "你比自己以为的懂得更多：既然答对率这么高，不妨选更高的把握度。",
    },
    "advice.calibrated": {
        "en": "Your certainty matches your knowledge well.",
        "zh": "你的把握度与实际掌握程度很相符。",
    },
    "results.confidently_wrong": {
        "en": "Sure, and wrong: worth a second look",
        "zh": "很确定却答错了：值得再看一遍",
    },
    # history and statistics
    "modename.classic": {"en": "Classic", "zh": "经典"},
    "modename.certainty": {"en": "Certainty", "zh": "把握度"},
    "modename.timed": {"en": "Timed", "zh": "限时"},
    "history.heading": {"en": "History", "zh": "历史记录"},
    "history.games": {"en": "Past games", "zh": "过往对局"},
    "history.game_row": {
        "en": "{date}  {pack}  {mode}  {score}  {right}/{answered} right ({percent}%){unfinished}",
        "zh": "{date}  {pack}  {mode}  {score}  答对 {right}/{answered}（{percent}%）{unfinished}",
    },
    "history.points": {"en": "{points} points", "zh": "{points} 分"},
    "history.marks": {"en": "{points:+d} marks", "zh": "{points:+d} 分（按把握度计分）"},
    "history.unfinished": {"en": "  unfinished", "zh": "  未完成"},
    "history.chart": {
        "en": "Accuracy over time, one bar per game (oldest left): {chart}  latest {percent}%",
        "zh": "正确率变化，每局一格（最左为最早）：{chart}  最近一局 {percent}%",
    },
    "history.tags": {"en": "Mastery per tag (weakest first)", "zh": "各标签掌握程度（从弱到强）"},
    "history.tag_row": {
        "en": "{bar} {percent:>3}%  {tag} ({right}/{answered})",
        "zh": "{bar} {percent:>3}%  {tag}（{right}/{answered}）",
    },
    "history.missed": {"en": "Most often missed", "zh": "最常答错的题"},
    "history.missed_row": {
        "en": "{misses} of {answered} wrong: {prompt}",
        "zh": "{answered} 次中错 {misses} 次：{prompt}",
    },
    "history.empty": {"en": "No answers yet: play a game first.", "zh": "还没有答题记录，先玩一局吧。"},
    "start.history": {"en": "History", "zh": "历史记录"},
    # the key line at the foot of each screen: only the keys that work at that moment
    "hint.start": {"en": "S start", "zh": "S 开始"},
    "hint.resume": {"en": "R resume", "zh": "R 继续上一局"},
    "hint.review": {"en": "V review", "zh": "V 复习"},
    "hint.history": {"en": "H history", "zh": "H 历史"},
    "hint.tab": {"en": "Tab move", "zh": "Tab 切换"},
    "hint.help": {"en": "? help", "zh": "? 帮助"},
    "hint.quit": {"en": "Q quit", "zh": "Q 退出"},
    "hint.myth_fact": {"en": "M myth · F fact", "zh": "M 谣言 · F 事实"},
    "hint.choose": {"en": "1-{n} choose", "zh": "1-{n} 选择"},
    "hint.next": {"en": "Enter next question", "zh": "回车 下一题"},
    "hint.finish": {"en": "Enter see your results", "zh": "回车 查看结果"},
    "hint.certainty": {"en": "1-3 how sure", "zh": "1-3 把握度"},
    "hint.change": {"en": "Esc change answer", "zh": "Esc 重新选择"},
    "hint.press": {"en": "Enter press", "zh": "回车 确认"},
    "hint.back": {"en": "Esc back", "zh": "Esc 返回"},
    "hint.scroll": {"en": "↑↓ scroll", "zh": "↑↓ 滚动"},
    "hint.close": {"en": "Esc close", "zh": "Esc 关闭"},
    "start.nothing_due": {
        "en": "Nothing is due for review in this pack yet.",
        "zh": "本题库暂时没有需要复习的题目。",
    },
    "start.nothing_to_resume": {"en": "There is no unfinished game to resume.", "zh": "没有未完成的对局可以继续。"},
    "question.use_numbers": {
        "en": "This question is answered with the numbers 1 to {n}.",
        "zh": "本题请用数字 1 到 {n} 作答。",
    },
    "question.use_letters": {
        "en": "This question is answered with M (myth) or F (fact).",
        "zh": "本题请用 M（谣言）或 F（事实）作答。",
    },
    # the command palette (ctrl+p): Textual's own commands, in our words
    "palette.search": {"en": "Search for commands…", "zh": "搜索命令……"},
    "palette.search_themes": {"en": "Search for themes…", "zh": "搜索主题……"},
    "palette.theme": {"en": "Theme", "zh": "主题"},
    "palette.theme_help": {"en": "Change the colours of the game", "zh": "更换游戏的配色"},
    "palette.quit": {"en": "Quit", "zh": "退出"},
    "palette.quit_help": {
        "en": "Quit the game (in the middle of a game it asks first)",
        "zh": "退出游戏（对局进行中会先确认）",
    },
    "palette.keys": {"en": "Keys", "zh": "按键"},
    "palette.keys_help": {
        "en": "Show the keys of the focused widget and of this screen",
        "zh": "显示当前控件和本界面可用的按键",
    },
    "palette.keys_hide": {"en": "Keys", "zh": "按键"},
    "palette.keys_hide_help": {"en": "Hide the keys panel", "zh": "隐藏按键面板"},
    "palette.maximize": {"en": "Maximise", "zh": "最大化"},
    "palette.maximize_help": {"en": "Let the focused part fill the screen", "zh": "让当前选中的部分占满屏幕"},
    "palette.minimize": {"en": "Restore", "zh": "还原"},
    "palette.minimize_help": {"en": "Back to the normal layout", "zh": "恢复正常布局"},
    "palette.screenshot": {"en": "Screenshot", "zh": "截图"},
    "palette.screenshot_help": {
        "en": "Save a picture (SVG) of the screen",
        "zh": "把当前屏幕保存为图片（SVG）",
    },
    # watching a pack file
    "watch.reloaded": {"en": "Pack reloaded ({n} warning(s)).", "zh": "题库已重新载入（{n} 条警告）。"},
    "watch.problems": {
        "en": "The pack file has problems. The game goes on with the last good version; fix the file and save.",
        "zh": "题库文件有错误。游戏继续使用上一个正确的版本；请修改文件并保存。",
    },
    "watch.preview": {
        "en": "Preview: the pack reloads when you save it; answers in this game are not saved.",
        "zh": "预览模式：保存文件后题库会自动重新载入；本局答题不会保存。",
    },
    # players: the name screen of `quiz serve`, and the names typed on the command line
    "player.heading": {"en": "Who is playing?", "zh": "谁来答题？"},
    "player.ask": {
        "en": "Type your name and press Enter. Use the same name each time: your answers and reviews stay with it.",
        "zh": "请输入你的名字，然后按回车。每次请用同一个名字，你的答题记录和复习进度都会跟着它。",
    },
    "player.placeholder": {"en": "Your name", "zh": "你的名字"},
    "player.class": {"en": "Class: {code}", "zh": "班级：{code}"},
    "hint.name": {"en": "Enter play under this name", "zh": "回车 用这个名字开始"},
    "hint.quit_ctrl": {"en": "Ctrl+Q quit", "zh": "Ctrl+Q 退出"},
    "name.empty": {"en": "A name cannot be empty.", "zh": "名字不能为空。"},
    "name.too_long": {"en": "A name has at most {limit} characters.", "zh": "名字最多 {limit} 个字符。"},
    "name.control": {
        "en": "A name cannot contain tabs, line breaks or other control characters.",
        "zh": "名字里不能有制表符、换行符或其他控制字符。",
    },
    "cli.bad_name": {"en": "{option} {value}: {reason}", "zh": "{option} {value}：{reason}"},
    # the command line: one error, warning or note per line, each said the same way
    "cli.error": {"en": "quiz: error: {message}", "zh": "quiz: 错误：{message}"},
    "cli.warning": {"en": "quiz: warning: {message}", "zh": "quiz: 警告：{message}"},
    "cli.note": {"en": "quiz: note: {message}", "zh": "quiz: 提示：{message}"},
    "cli.in_file": {"en": "{path}: {message}", "zh": "{path}：{message}"},
    "cli.stdin": {"en": "standard input", "zh": "标准输入"},
    "cli.stdout": {"en": "standard output", "zh": "标准输出"},
    "cli.permission": {
        "en": "cannot open {path}: permission denied (check who owns it and the folders above it)",
        "zh": "无法打开 {path}：权限不足（请检查它及其上级文件夹的所有者和权限）",
    },
    "cli.os_error": {"en": "cannot use {path}: {reason}", "zh": "无法使用 {path}：{reason}"},
    "cli.cannot_read": {"en": "cannot read {path}: {reason}", "zh": "无法读取 {path}：{reason}"},
    "cli.cannot_write": {"en": "cannot write {path}: {reason}", "zh": "无法写入 {path}：{reason}"},
    "cli.list_and": {"en": "{items} and {last}", "zh": "{items}和{last}"},
    "cli.list_comma": {"en": ", ", "zh": "、"},
    # choosing a pack
    "cli.no_usable_pack": {"en": "no usable pack in {path}", "zh": "{path} 中没有可用的题库"},
    "cli.cannot_play": {
        "en": "{path} cannot be played until these are fixed",
        "zh": "{path} 需要先改正上面这些问题才能玩",
    },
    "cli.cannot_export": {
        "en": "{path} cannot be exported until these are fixed",
        "zh": "{path} 需要先改正上面这些问题才能导出",
    },
    "cli.no_such_pack": {
        "en": "no pack or file called {name} (packs: {known})",
        "zh": "没有名为 {name} 的题库或文件（现有题库：{known}）",
    },
    "cli.none": {"en": "none", "zh": "无"},
    # play, list and serve
    "cli.no_pack_loaded": {
        "en": "no pack could be loaded; 'quiz validate' shows why",
        "zh": "没有能载入的题库；运行 'quiz validate' 可查看原因",
    },
    "cli.watch_needs_file": {
        "en": "--watch needs --pack FILE (a pack file, in the full-screen game) (see 'quiz --help')",
        "zh": "--watch 需要配合 --pack 文件（一个题库文件，全屏游戏中使用）（见 'quiz --help'）",
    },
    "cli.watch_needs_terminal": {
        "en": "--watch previews the pack in the full-screen game, which needs a terminal: input or output here is not one",
        "zh": "--watch 在全屏游戏中预览题库，需要在终端里运行；这里的输入或输出不是终端",
    },
    "cli.no_packs": {"en": "No packs found.", "zh": "没有找到题库。"},
    "cli.packs_left_out": {
        "en": "{n} pack file(s) have errors and are left out; 'quiz validate' shows them.",
        "zh": "有 {n} 个题库文件有错误，未列出；运行 'quiz validate' 可查看。",
    },
    "cli.list_header": {"en": "ID|QUESTIONS|LANGUAGES|TITLE", "zh": "编号|题数|语言|标题"},
    "cli.public_host": {
        "en": "--host {host} lets other computers start games here; add --public if that is what you want",
        "zh": "--host {host} 会让其他电脑也能在这里开始游戏；如果确实需要，请加上 --public",
    },
    # validate, new and schema
    "cli.checked": {
        "en": "{files} file(s) checked: {errors} error(s), {warnings} warning(s)",
        "zh": "已检查 {files} 个文件：{errors} 个错误，{warnings} 条警告",
    },
    "cli.exists_new": {
        "en": "{path} already exists; 'quiz new' never overwrites a file",
        "zh": "{path} 已存在；'quiz new' 从不覆盖已有的文件",
    },
    "cli.not_pack_name": {
        "en": "{path}: a pack file name ends in .yaml or .yml",
        "zh": "{path}：题库文件名须以 .yaml 或 .yml 结尾",
    },
    "cli.wrote": {"en": "Wrote {path}.", "zh": "已写入 {path}。"},
    "cli.wrote_schema": {
        "en": "Wrote {path}: editors with the YAML language server use it to complete and check the pack.",
        "zh": "已写入 {path}：支持 YAML 语言服务器的编辑器会用它来补全和检查题库。",
    },
    "cli.kept_schema": {
        "en": "Kept {path}, which differs from this game's; 'quiz schema > {path}' refreshes it.",
        "zh": "保留了现有的 {path}，它与本游戏的版本不同；运行 'quiz schema > {path}' 可以更新它。",
    },
    "cli.schema_not_written": {
        "en": "{path} could not be written ({reason}); 'quiz schema -o {path}' writes it later",
        "zh": "未能写入 {path}（{reason}）；之后可以运行 'quiz schema -o {path}' 写入",
    },
    "cli.edit_then_validate": {
        "en": "Edit it, then check it with: quiz validate {path}",
        "zh": "编辑完成后，用这条命令检查：quiz validate {path}",
    },
    # export and import
    "cli.wrong_language": {
        "en": "the pack '{pack}' is written in {languages}, not {language}; choose one of those with --lang",
        "zh": "题库 '{pack}' 的语言是 {languages}，没有 {language}；请用 --lang 选择其中一种",
    },
    "cli.output_is_folder": {
        "en": "{path} is a folder; give -o a file name",
        "zh": "{path} 是文件夹；请给 -o 一个文件名",
    },
    "cli.no_folder": {"en": "the folder {path} does not exist", "zh": "文件夹 {path} 不存在"},
    "cli.exported": {
        "en": "Exported {n} questions of '{pack}' ({languages}) to {path}",
        "zh": "已将题库 '{pack}' 的 {n} 道题（{languages}）导出到 {path}",
    },
    "cli.all_languages": {"en": "all languages", "zh": "所有语言"},
    "cli.only_one_language": {
        "en": "only {language} was written; the pack also has {others} (use --lang)",
        "zh": "只写入了 {language}；这个题库还有 {others}（可用 --lang 选择）",
    },
    "cli.exported_versions": {
        "en": "Exported {n} questions of '{pack}' ({languages}) as {count} versions: {paths}",
        "zh": "已将题库 '{pack}' 的 {n} 道题（{languages}）导出为 {count} 套试卷：{paths}",
    },
    "cli.versions_need_handout": {
        "en": "--versions is for the handouts (--format handout or handout-html), not {format}",
        "zh": "--versions 只用于讲义（--format handout 或 handout-html），不能用于 {format}",
    },
    "cli.versions_not_stdout": {
        "en": "--versions writes one file per version, not standard output; give -o a file name such as "
        "quiz{ext} (written as quiz-A{ext}, quiz-B{ext}, ...)",
        "zh": "--versions 会为每套试卷各写一个文件，不能写到标准输出；请给 -o 一个文件名，例如 quiz{ext}"
        "（会写成 quiz-A{ext}、quiz-B{ext}……）",
    },
    "cli.seed_unused": {
        "en": "--seed changes nothing here: {format} keeps the pack's order",
        "zh": "--seed 在这里不起作用：{format} 保持题库原有的顺序",
    },
    "handout.in_version": {"en": "{heading} (Version {letter})", "zh": "{heading}（{letter} 卷）"},
    "exchange.lost.gift": {
        "en": "GIFT keeps questions, answers, choice feedback, explanations and sources; "
        "tags, difficulty and the article sentence are left out",
        "zh": "GIFT 保留题目、答案、选项反馈、解析和参考文献；标签、难度和原文语句不会写入",
    },
    "exchange.lost.aiken": {
        "en": "Aiken carries only questions, options and the right answer: explanations, feedback, sources, ids, "
        "tags, difficulty, the article and the disclaimer are left out; myth-or-fact questions became "
        "two-option questions (Myth / Fact)",
        "zh": "Aiken 只包含题目、选项和正确答案：解析、反馈、参考文献、编号、标签、难度、原文语句和免责声明都不会写入；"
        "“谣言还是事实”题改成了只有两个选项（谣言 / 事实）的选择题",
    },
    "exchange.lost.csv": {
        "en": "CSV holds the questions only: the pack's title, description, authors, license, source and "
        "disclaimer are left out",
        "zh": "CSV 只包含题目：题库的标题、简介、作者、许可协议、来源和免责声明不会写入",
    },
    "cli.exists_import": {
        "en": "{path} already exists; choose another -o or add --force",
        "zh": "{path} 已存在；请换一个 -o 路径，或加上 --force",
    },
    "cli.bad_pack_id": {
        "en": "{id} is not a valid pack id; use lowercase letters, digits and dashes",
        "zh": "{id} 不是有效的题库编号；请只用小写字母、数字和连字符",
    },
    "cli.no_such_file": {"en": "no such file: {path}", "zh": "没有这个文件：{path}"},
    "cli.not_a_file": {"en": "{path} is not a file", "zh": "{path} 不是文件"},
    "cli.too_large": {
        "en": "{path} is {size} MB; files over {limit} MB are refused",
        "zh": "{path} 有 {size} MB；超过 {limit} MB 的文件不予读取",
    },
    "cli.stream_too_large": {
        "en": "{path} gives more than {limit} MB; files over {limit} MB are refused",
        "zh": "{path} 的内容超过 {limit} MB；超过 {limit} MB 的文件不予读取",
    },
    "cli.binary": {"en": "{path} is a binary file, not text", "zh": "{path} 是二进制文件，不是文本"},
    "cli.file_is": {"en": "{path} {message}", "zh": "{path}：{message}"},
    "cli.not_utf8": {"en": "{path} is not UTF-8 text", "zh": "{path} 不是 UTF-8 编码的文本"},
    "cli.not_utf8_csv": {
        "en": "{path} is not UTF-8 text (in Excel, save as 'CSV UTF-8')",
        "zh": "{path} 不是 UTF-8 编码的文本（在 Excel 中请另存为“CSV UTF-8”）",
    },
    "cli.no_questions": {
        "en": "{path}: no questions could be imported from this {format} file",
        "zh": "{path}：这个 {format} 文件里没有能导入的题目",
    },
    "cli.invalid_import": {
        "en": "the imported questions do not make a valid pack; nothing was written",
        "zh": "导入的题目组不成有效的题库；没有写入任何文件",
    },
    "cli.imported": {
        "en": "Imported {n} questions from {source} into {path} (pack '{pack}', {languages})",
        "zh": "已从 {source} 导入 {n} 道题到 {path}（题库 '{pack}'，{languages}）",
    },
    "cli.next_steps": {
        "en": "Next: replace the text marked '{mark}' (the {fields}), then run: quiz validate {path}",
        "zh": "下一步：替换标有“{mark}”的文字（{fields}），然后运行：quiz validate {path}",
    },
    "cli.field_title": {"en": "title", "zh": "标题"},
    "cli.field_description": {"en": "description", "zh": "简介"},
    "cli.field_authors": {"en": "authors", "zh": "作者"},
    "cli.field_license": {"en": "license", "zh": "许可协议"},
    "cli.field_disclaimer": {"en": "disclaimer", "zh": "免责声明"},
    "cli.field_explanations": {"en": "{n} explanation(s)", "zh": "{n} 条解析"},
    # stats and history, when the progress file could not be read
    "cli.store_recovered": {
        "en": "your progress file was damaged, so no answers could be read; it was kept as {detail} "
        "and a new, empty one was started at {file}",
        "zh": "进度文件已损坏，读不到答题记录；原文件已另存为 {detail}，并在 {file} 新建了一个空的进度文件",
    },
    "cli.store_memory_only": {
        "en": "your progress file {file} could not be opened ({detail}), so no answers could be read; "
        "it was left as it is",
        "zh": "无法打开进度文件 {file}（{detail}），因此读不到答题记录；文件保持原样",
    },
    "cli.store_newer": {
        "en": "your progress file {file} was written by a newer version of the game, which this one cannot read; "
        "it was left untouched (update the game to see it)",
        "zh": "进度文件 {file} 是由更新版本的游戏写入的，当前版本无法读取；文件未作任何改动（请更新游戏后再查看）",
    },
    "cli.store_unusable": {
        "en": "your progress file {file} could not be read ({detail})",
        "zh": "无法读取进度文件 {file}（{detail}）",
    },
    # quiz validate: one problem per line, `file:line:column: error: path: message — hint`
    "problem.line": {
        "en": "{location}: {severity}: {path}{message}{hint}",
        "zh": "{location}: {severity}：{path}{message}{hint}",
    },
    "problem.error": {"en": "error", "zh": "错误"},
    "problem.warning": {"en": "warning", "zh": "警告"},
    "problem.path": {"en": "{path}: ", "zh": "{path}："},
    "problem.hint": {"en": " — {hint}", "zh": "——{hint}"},
    "words.or": {"en": "{first} or {then}", "zh": "{first} 或 {then}"},
    "words.comma": {"en": "{first}, {then}", "zh": "{first}、{then}"},
    "words.and": {"en": "{items} and {last}", "zh": "{items} 和 {last}"},
    # loading a pack file: what the reader finds wrong, field by field
    "load.more_problems": {"en": "… and {n} more problems", "zh": "……另有 {n} 个问题未列出"},
    "load.more_problems_over": {"en": "… and over {n} more problems", "zh": "……另有超过 {n} 个问题未列出"},
    "load.fix.more_problems": {"en": "fix these first, then check again", "zh": "请先改正上面这些，再重新检查"},
    "load.alias_bomb": {
        "en": "aliases ('*name') repeat far more of this file than a pack ever needs",
        "zh": "别名（'*name'）重复引用的内容远远超出一个题库的需要",
    },
    "load.fix.alias_bomb": {
        "en": "write the repeated parts out; an alias bomb is never a pack",
        "zh": "请把重复的部分直接写出来；正常的题库不会是“别名炸弹”",
    },
    "load.tag": {"en": "the tag {tag!r} is not allowed", "zh": "不允许使用 YAML 标签 {tag!r}"},
    "load.fix.tag": {
        "en": "packs hold plain text, numbers and lists; remove the '!' tag",
        "zh": "题库只能包含普通文本、数字和列表；请删除以 '!' 开头的标签",
    },
    "load.not_mapping": {
        "en": "must be a mapping of 'key: value' lines, not {found}",
        "zh": "必须是由 'key: value' 行组成的映射，而不是{found}",
    },
    "load.found.mapping": {"en": "a mapping", "zh": "映射"},
    "load.found.list": {"en": "a list", "zh": "列表"},
    "load.found.nothing": {"en": "nothing", "zh": "空值"},
    "load.merge_key": {"en": "merge keys ('<<') are not supported", "zh": "不支持合并键（'<<'）"},
    "load.fix.merge_key": {"en": "write the fields out", "zh": "请把各个字段直接写出来"},
    "load.key_not_word": {"en": "a key must be a plain word", "zh": "键必须是一个普通的词"},
    "load.duplicate_key": {"en": "duplicate key {name!r}", "zh": "键 {name!r} 重复"},
    "load.fix.duplicate_key": {
        "en": "it is already set on line {line}; keep one",
        "zh": "第 {line} 行已经设置过它；请只保留一个",
    },
    "load.bad_name": {"en": "{name!r} is not a valid name", "zh": "{name!r} 不是有效的名称"},
    "load.misplaced_key": {"en": "{name!r} does not belong here", "zh": "{name!r} 不应出现在这里"},
    "load.unknown_key": {"en": "unknown key {name!r}", "zh": "未知的键 {name!r}"},
    "load.missing_key": {"en": "missing {name!r}", "zh": "缺少 {name!r}"},
    "load.not_list": {"en": "must be a list, not {found}", "zh": "必须是列表，而不是{found}"},
    "load.fix.not_list": {
        "en": "write it as [a, b] or as '- ' lines",
        "zh": "请写成 [a, b]，或写成若干以 '- ' 开头的行",
    },
    "load.wrong_kind": {"en": "must be {wanted}, not {found}", "zh": "必须是{wanted}，而不是{found}"},
    "load.empty": {"en": "is empty; it must be {wanted}", "zh": "为空；必须是{wanted}"},
    "load.what.text": {"en": "text", "zh": "文本"},
    "load.what.name": {"en": "a name", "zh": "名称"},
    "load.what.number": {"en": "a number from {low} to {high}", "zh": "介于 {low} 到 {high} 之间的数字"},
    "load.what.boolean": {"en": "true or false", "zh": "布尔值（true 或 false）"},
    "load.what.date": {"en": "a date such as 2026-11", "zh": "日期（例如 2026-11）"},
    "load.what.format_version": {"en": "the format version, {known}", "zh": "格式版本号 {known}"},
    "load.invisible": {
        "en": "holds only invisible or control characters; it must be text",
        "zh": "只有不可见字符或控制字符；必须是文本",
    },
    "load.not_whole_number": {
        "en": "must be a whole number from {low} to {high}, not {value!r}",
        "zh": "必须是 {low} 到 {high} 之间的整数，而不是 {value!r}",
    },
    "load.not_boolean": {"en": "must be true or false, not {value!r}", "zh": "必须是 true 或 false，而不是 {value!r}"},
    "load.not_one_of": {"en": "must be {options}, not {value!r}", "zh": "必须是 {options}，而不是 {value!r}"},
    "load.fix.did_you_mean": {"en": "did you mean {word!r}?", "zh": "是不是想写 {word!r}？"},
    "load.fix.one_of": {"en": "expected one of: {words}", "zh": "应为以下之一：{words}"},
    "load.fix.name": {
        "en": "use letters, digits, dashes and underscores, starting with a letter or digit",
        "zh": "请只用字母、数字、连字符和下划线，并以字母或数字开头",
    },
    "load.fix.pack_id": {"en": "use lowercase letters, digits and dashes", "zh": "请只用小写字母、数字和连字符"},
    "load.fix.language": {"en": "use a code such as zh or en", "zh": "请使用 zh、en 这样的语言代码"},
    "load.fix.missing_pack": {
        "en": "start the file with 'pack: {version}'",
        "zh": "请在文件开头写上 'pack: {version}'",
    },
    "load.fix.missing_id": {
        "en": "give it an id of lowercase letters, digits and dashes",
        "zh": "请给它一个由小写字母、数字和连字符组成的编号",
    },
    "load.fix.languages_example": {"en": "for example 'languages: [zh, en]'", "zh": "例如 'languages: [zh, en]'"},
    "load.fix.missing_answer": {
        "en": "add 'answer: myth' or 'answer: fact'",
        "zh": "请加上 'answer: myth'（谣言）或 'answer: fact'（事实）",
    },
    "load.fix.missing_explanation": {
        "en": "say why the answer is right, with the evidence",
        "zh": "请说明答案为什么正确，并给出证据",
    },
    "load.fix.missing_choices": {
        "en": "list {low} to {high} choices, each with 'text:'",
        "zh": "请列出 {low} 到 {high} 个选项，每个选项都要有 'text:'",
    },
    "load.fix.missing_questions": {"en": "add a 'questions:' list", "zh": "请加上 'questions:' 列表"},
    "load.fix.missing_translation": {
        "en": "add the {language} text ('{language}: ...'), or remove {language} from 'languages' while the pack is a draft",
        "zh": "请补上 {language} 的文本（'{language}: ...'）；题库还在起草时，也可以先把 {language} 从 'languages' 中删掉",
    },
    "load.fix.myth_fact_keys": {
        "en": "a myth-or-fact question has 'claim' and 'answer'",
        "zh": "“谣言还是事实”题用的是 'claim' 和 'answer'",
    },
    "load.fix.choice_keys": {
        "en": "a multiple-choice question has 'question' and 'choices'",
        "zh": "选择题用的是 'question' 和 'choices'",
    },
    "load.needs_translations": {
        "en": "needs a translation for each of {languages}",
        "zh": "需要为 {languages} 每种语言各写一份",
    },
    "load.fix.translations": {
        "en": "write it as a mapping: {lines}; while you draft in one language, list only that one in 'languages'",
        "zh": "请写成映射：{lines}；如果先只用一种语言起草，就在 'languages' 中只列出这一种",
    },
    "load.no_authors": {"en": "needs at least one name", "zh": "至少要有一个名字"},
    "load.unknown_reference": {"en": "unknown reference {id!r}", "zh": "未知的参考文献 {id!r}"},
    "load.unknown_tag": {"en": "unknown tag {id!r}", "zh": "未知的标签 {id!r}"},
    "load.fix.unknown_tag": {
        "en": "name it under the pack's 'tags:', or remove it",
        "zh": "请在题库的 'tags:' 下为它命名，或者删掉它",
    },
    "load.no_languages": {"en": "needs at least one language", "zh": "至少要有一种语言"},
    "load.language_twice": {"en": "lists a language twice", "zh": "同一种语言列了两次"},
    "load.not_a_date": {
        "en": "must be a month (YYYY-MM) or a day (YYYY-MM-DD), not {value!r}",
        "zh": "必须是月份（YYYY-MM）或具体日期（YYYY-MM-DD），而不是 {value!r}",
    },
    "load.fix.date_example": {"en": "for example 'checked: 2026-11'", "zh": "例如 'checked: 2026-11'"},
    "load.no_such_day": {"en": "{value!r} is not a day of the calendar", "zh": "日历上没有 {value!r} 这一天"},
    "load.fix.no_such_day": {"en": "check the day of the month", "zh": "请检查这个月是否有这一天"},
    "load.article_needs_language": {
        "en": "a translated article needs 'source.language' to say which language is the original",
        "zh": "带译文的 article 需要用 'source.language' 说明哪种语言是原文",
    },
    "load.fix.article_needs_language": {
        "en": "add 'language: ...' under 'source:' with the code of the language the source is written in",
        "zh": "请在 'source:' 下加上 'language: ...'，写明来源所用语言的代码",
    },
    "load.fix.article_original": {
        "en": "give the sentence as the source wrote it, in {original} (the source's language)",
        "zh": "请按来源的原话给出这句话，用 {original}（来源的语言）",
    },
    "load.no_questions": {"en": "has no questions", "zh": "一道题都没有"},
    "load.fix.no_questions": {"en": "add at least one question", "zh": "请至少添加一道题"},
    "load.duplicate_id": {"en": "duplicate question id {id!r}", "zh": "题目编号 {id!r} 重复"},
    "load.fix.duplicate_id": {
        "en": "the question on line {line} has it too; ids must be unique",
        "zh": "第 {line} 行的题目也用了这个编号；编号不能重复",
    },
    "load.claim_and_question": {"en": "has both 'claim' and 'question'", "zh": "同时有 'claim' 和 'question'"},
    "load.fix.claim_and_question": {
        "en": "a myth-or-fact question has a claim and an answer; a multiple-choice one has a question and choices",
        "zh": "“谣言还是事实”题由 claim（说法）和 answer（答案）组成；选择题由 question（题目）和 choices（选项）组成",
    },
    "load.choice_count": {
        "en": "has {n} choices; a question needs {low} to {high}",
        "zh": "有 {n} 个选项；每道题需要 {low} 到 {high} 个",
    },
    "load.no_correct_choice": {"en": "no choice is marked correct", "zh": "没有标记为正确的选项"},
    "load.several_correct": {"en": "{n} choices are marked correct", "zh": "有 {n} 个选项都标记为正确"},
    "load.fix.one_correct": {
        "en": "mark exactly one choice with 'correct: true'",
        "zh": "请用 'correct: true' 标记一个（且只标记一个）选项",
    },
    "load.not_format_version": {
        "en": "must be the format version number {known}, not {value!r}",
        "zh": "必须是格式版本号 {known}，而不是 {value!r}",
    },
    "load.fix.format_version": {"en": "write 'pack: {version}'", "zh": "请写成 'pack: {version}'"},
    "load.other_format_version": {
        "en": "this pack uses format version {value}; this game reads version {known}",
        "zh": "这个题库用的是第 {value} 版格式；本游戏只能读取第 {known} 版",
    },
    "load.fix.other_format_version": {
        "en": "update the game, or rewrite the pack for version {version} (see docs/packs.md)",
        "zh": "请更新游戏，或按第 {version} 版格式改写题库（见 docs/packs.md）",
    },
    "load.same_id": {"en": "another pack has the id {id!r}: {other}", "zh": "另一个题库也用了编号 {id!r}：{other}"},
    "load.fix.same_id": {
        "en": "give one of them a different id; this one is not offered",
        "zh": "请给其中一个换个编号；这一个暂不提供",
    },
    # reading a pack file before its fields: size, encoding and YAML syntax
    "load.yaml": {"en": "not valid YAML: {detail}", "zh": "YAML 格式有误：{detail}"},
    "load.yaml_unknown": {"en": "not valid YAML", "zh": "YAML 格式有误"},
    "load.too_deep": {"en": "the YAML is nested too deeply", "zh": "YAML 嵌套层数太深"},
    "load.empty_file": {"en": "the file is empty", "zh": "文件是空的"},
    "load.fix.empty_file": {
        "en": "start it with 'pack: 1' (see docs/packs.md)",
        "zh": "请以 'pack: 1' 开头（见 docs/packs.md）",
    },
    "load.too_many_values": {
        "en": "the file holds far more values than a pack ever needs (about {items:,}; the limit is {limit:,})",
        "zh": "文件里的值远远超出一个题库的需要（约 {items:,} 个；上限是 {limit:,} 个）",
    },
    "load.fix.split": {"en": "split it into several packs", "zh": "请把它拆分成几个题库"},
    "load.not_regular_file": {"en": "this is not a regular file", "zh": "这不是普通文件"},
    "load.fix.not_regular_file": {"en": "give the path of a .yaml file", "zh": "请给出一个 .yaml 文件的路径"},
    "load.too_large": {
        "en": "the file is {size} MB; packs are limited to {limit} MB",
        "zh": "文件有 {size} MB；题库最大只能是 {limit} MB",
    },
    "load.grew": {
        "en": "the file grew while it was read; packs are limited to {limit} MB",
        "zh": "读取过程中文件变大了；题库最大只能是 {limit} MB",
    },
    "load.cannot_read": {"en": "cannot read the file: {reason}", "zh": "无法读取文件：{reason}"},
    "load.utf16_no_mark": {
        "en": "this is UTF-16 text without a byte-order mark, not UTF-8",
        "zh": "这是没有字节顺序标记（BOM）的 UTF-16 文本，不是 UTF-8",
    },
    "load.fix.save_as_utf8_notepad": {
        "en": "save it as UTF-8 in your editor (in Notepad: Save as, Encoding: UTF-8)",
        "zh": "请在编辑器中另存为 UTF-8 编码（记事本：“另存为”，“编码”选 UTF-8）",
    },
    "load.binary": {"en": "this is a binary file, not YAML text", "zh": "这是二进制文件，不是 YAML 文本"},
    "load.fix.binary": {"en": "save the pack as UTF-8 text", "zh": "请把题库保存为 UTF-8 编码的文本"},
    "load.bad_wide_text": {
        "en": "the file starts with the mark of {encoding} text but is not valid {encoding}",
        "zh": "文件以 {encoding} 文本的标记开头，但内容不是有效的 {encoding}",
    },
    "load.not_utf8": {"en": "the file is not UTF-8 text", "zh": "文件不是 UTF-8 编码的文本"},
    "load.fix.save_as_utf8": {"en": "save it as UTF-8 in your editor", "zh": "请在编辑器中另存为 UTF-8 编码"},
    "load.bad_character": {
        "en": "not valid YAML: the character U+{code} is not allowed in a pack",
        "zh": "YAML 格式有误：题库中不允许出现字符 U+{code}",
    },
    "load.bad_character_unknown": {
        "en": "not valid YAML: a character is not allowed in a pack",
        "zh": "YAML 格式有误：题库中有不允许出现的字符",
    },
    "load.fix.bad_character": {
        "en": "delete this invisible control character; copying from another program often brings them in",
        "zh": "请删除这个看不见的控制字符；从其他程序复制内容时常会把它带进来",
    },
    "load.fix.unclosed": {
        "en": "close the {opening!r} that opens here with {closing!r}, or quote text holding ',' or ':'",
        "zh": "请用 {closing!r} 闭合这里开始的 {opening!r}，或者给含有 ',' 或 ':' 的文本加上引号",
    },
    "load.fix.unclosed_quote": {"en": "close the quote that opens here", "zh": "请闭合这里开始的引号"},
    "load.fix.yaml": {
        "en": "check the indentation and quoting around this line",
        "zh": "请检查这一行附近的缩进和引号",
    },
    "load.fix.tabs": {"en": "indent with spaces, not tabs", "zh": "请用空格缩进，不要用制表符"},
    "load.fix.special_character": {
        "en": "quote text that starts with a special character such as ` @ % or *",
        "zh": "以 `、@、% 或 * 等特殊字符开头的文本要加引号",
    },
    "load.fix.colon": {"en": "text containing ': ' must be quoted", "zh": "含有 ': ' 的文本必须加引号"},
    "load.fix.nesting": {
        "en": "the data is nested far deeper than a pack ever needs",
        "zh": "数据的嵌套层数远远超出一个题库的需要",
    },
    "load.fix.one_document": {
        "en": "a pack is one YAML document: remove the extra '---'",
        "zh": "一个题库只能是一个 YAML 文档：请删除多余的 '---'",
    },
    # the YAML reader's own phrases (quiz.packs.yamlwords): where it was, then what it met
    "yaml.detail": {"en": "{where} {what}", "zh": "{where}，{what}"},
    "yaml.while_parsing": {"en": "while parsing {what}", "zh": "解析{what}时"},
    "yaml.while_scanning": {"en": "while scanning {what}", "zh": "读取{what}时"},
    "yaml.while_increasing": {"en": "while increasing {what}", "zh": "增加{what}时"},
    "yaml.block_collection": {"en": "a block collection", "zh": "块列表"},
    "yaml.block_mapping": {"en": "a block mapping", "zh": "块映射"},
    "yaml.block_node": {"en": "a block node", "zh": "块节点"},
    "yaml.flow_mapping": {"en": "a flow mapping", "zh": "行内映射（花括号）"},
    "yaml.flow_sequence": {"en": "a flow sequence", "zh": "行内列表（方括号）"},
    "yaml.flow_node": {"en": "a flow node", "zh": "行内节点"},
    "yaml.node": {"en": "a node", "zh": "节点"},
    "yaml.quoted_scalar": {"en": "a quoted scalar", "zh": "带引号的文本"},
    "yaml.plain_scalar": {"en": "a plain scalar", "zh": "不带引号的文本"},
    "yaml.block_scalar": {"en": "a block scalar", "zh": "多行文本块"},
    "yaml.tag": {"en": "a tag", "zh": "标签"},
    "yaml.tag_directive": {"en": "a %TAG directive", "zh": "“%TAG”指令"},
    "yaml.tag_directive_words": {"en": "a tag directive", "zh": "标签指令"},
    "yaml.yaml_directive": {"en": "a %YAML directive", "zh": "“%YAML”指令"},
    "yaml.directive": {"en": "a directive", "zh": "指令"},
    "yaml.simple_key": {"en": "a simple key", "zh": "键"},
    "yaml.alias": {"en": "an alias", "zh": "别名"},
    "yaml.anchor": {"en": "an anchor", "zh": "锚点"},
    "yaml.next_token": {"en": "for the next token", "zh": "下一个记号"},
    "yaml.block_level": {"en": "block level", "zh": "块的嵌套层级"},
    "yaml.flow_level": {"en": "flow level", "zh": "行内结构的嵌套层级"},
    "yaml.no_list_item_here": {
        "en": "block sequence entries are not allowed in this context",
        "zh": "这里不能出现以 '- ' 开头的列表项",
    },
    "yaml.no_key_here": {"en": "mapping keys are not allowed in this context", "zh": "这里不能出现映射的键"},
    "yaml.no_value_here": {"en": "mapping values are not allowed in this context", "zh": "这里不能出现映射的值"},
    "yaml.no_value_here_short": {"en": "mapping values are not allowed here", "zh": "这里不能出现映射的值"},
    "yaml.control_characters": {"en": "control characters are not allowed", "zh": "不允许出现控制字符"},
    "yaml.no_colon": {"en": "could not find expected ':'", "zh": "找不到应有的 ':'"},
    "yaml.no_comma_or": {"en": "did not find expected ',' or {closing!r}", "zh": "没有找到应有的 ',' 或 {closing!r}"},
    "yaml.no_dash": {"en": "did not find expected '-' indicator", "zh": "没有找到应有的 '-' 标记"},
    "yaml.no_document_start": {"en": "did not find expected <document start>", "zh": "没有找到应有的文档开头"},
    "yaml.no_letter_or_digit": {
        "en": "did not find expected alphabetic or numeric character",
        "zh": "没有找到应有的字母或数字",
    },
    "yaml.no_comment_or_break": {
        "en": "did not find expected comment or line break",
        "zh": "没有找到应有的注释或换行",
    },
    "yaml.no_hex": {"en": "did not find expected hexdecimal number", "zh": "没有找到应有的十六进制数"},
    "yaml.no_key": {"en": "did not find expected key", "zh": "没有找到应有的键"},
    "yaml.no_content": {"en": "did not find expected node content", "zh": "没有找到应有的内容"},
    "yaml.no_tag_uri": {"en": "did not find expected tag URI", "zh": "没有找到应有的标签 URI"},
    "yaml.no_space": {"en": "did not find expected whitespace", "zh": "没有找到应有的空白"},
    "yaml.no_space_or_break": {
        "en": "did not find expected whitespace or line break",
        "zh": "没有找到应有的空白或换行",
    },
    "yaml.no_angle": {"en": "did not find the expected '>'", "zh": "没有找到应有的 '>'"},
    "yaml.too_deep": {"en": "exceeded maximum nesting depth", "zh": "超过了最大嵌套深度"},
    "yaml.tab_in_indent": {"en": "found a tab character that violates indentation", "zh": "缩进里有制表符"},
    "yaml.tab_for_space": {
        "en": "found a tab character where an indentation space is expected",
        "zh": "应当用空格缩进的地方出现了制表符",
    },
    "yaml.bad_start": {
        "en": "found character that cannot start any token",
        "zh": "遇到了一个不能出现在开头的字符",
    },
    "yaml.duplicate_directive": {"en": "found duplicate {directive} directive", "zh": "{directive} 指令重复"},
    "yaml.incompatible": {"en": "found incompatible YAML document", "zh": "遇到了不兼容的 YAML 文档"},
    "yaml.bad_unicode_escape": {
        "en": "found invalid Unicode character escape code",
        "zh": "遇到了无效的 Unicode 字符转义码",
    },
    "yaml.undefined_tag": {"en": "found undefined tag handle", "zh": "遇到了未定义的标签前缀"},
    "yaml.undefined_alias": {"en": "found undefined alias", "zh": "遇到了未定义的别名"},
    "yaml.unexpected_colon": {"en": "found unexpected ':'", "zh": "遇到了不该出现的 ':'"},
    "yaml.unexpected_document_mark": {"en": "found unexpected document indicator", "zh": "遇到了不该出现的文档标记"},
    "yaml.unexpected_end": {"en": "found unexpected end of stream", "zh": "文件意外结束"},
    "yaml.unknown_escape": {"en": "found unknown escape character", "zh": "遇到了未知的转义字符"},
    "yaml.unknown_directive": {"en": "found unknown directive name", "zh": "遇到了未知的指令名称"},
    "yaml.one_document": {"en": "expected a single document in the stream", "zh": "文件中应当只有一个文档"},
    "yaml.another_document": {"en": "but found another document", "zh": "却发现了另一个文档"},
    # quiz validate's warnings: a valid pack that would teach better fixed
    "lint.no_such_path": {"en": "no such file or folder", "zh": "没有这个文件或文件夹"},
    "lint.no_pack_files": {
        "en": "no pack files (.yaml or .yml) in this folder",
        "zh": "这个文件夹里没有题库文件（.yaml 或 .yml）",
    },
    "lint.in_language": {"en": " ({languages})", "zh": "（{languages}）"},
    "lint.short_explanation_claim": {
        "en": "the explanation{where} is much shorter than the claim",
        "zh": "解析{where}比要判断的说法短得多",
    },
    "lint.short_explanation": {
        "en": "the explanation{where} is much shorter than the question",
        "zh": "解析{where}比题目短得多",
    },
    "lint.fix.short_explanation": {
        "en": "say why the answer is right and what the evidence shows, not just the verdict",
        "zh": "请说明答案为什么正确、证据说明了什么，而不只是给出结论",
    },
    "lint.no_references": {"en": "this question cites no references", "zh": "这道题没有引用任何参考文献"},
    "lint.fix.no_references": {
        "en": "add 'refs: [...]' with ids from 'references' so players can check the evidence",
        "zh": "请加上 'refs: [...]'，写入 'references' 中的编号，方便玩家核对证据",
    },
    "lint.same_claim": {"en": "the same claim as question {id!r}", "zh": "与题目 {id!r} 的说法相同"},
    "lint.fix.same_claim": {
        "en": "that question is on line {line}; players would judge the same statement twice",
        "zh": "那道题在第 {line} 行；玩家会把同一个说法判断两次",
    },
    "lint.untranslated_article": {
        "en": "the article's sentence is given in {given} only, not in {missing}",
        "zh": "原文语句只有 {given} 版本，没有 {missing} 版本",
    },
    "lint.fix.untranslated_article": {
        "en": "write 'article:' as a mapping: the original ({given}) and its translation into {missing}",
        "zh": "请把 'article:' 写成映射：原文（{given}）以及它的 {missing} 译文",
    },
    "lint.stale": {
        "en": "the evidence was last checked in {checked}, more than {years} years ago",
        "zh": "证据最近一次核对是在 {checked}，已经超过 {years} 年了",
    },
    "lint.fix.stale": {
        "en": "check the sources against newer research, update the explanation if need be, then the date",
        "zh": "请对照较新的研究核对来源，必要时更新解析，然后更新核对日期",
    },
    "lint.unused_tag": {"en": "the tag {tag!r} is never used", "zh": "标签 {tag!r} 没有被任何题目使用"},
    "lint.fix.unused_tag": {"en": "tag a question with it, or remove it", "zh": "请给某道题加上这个标签，或者删掉它"},
    "lint.unused_reference": {
        "en": "the reference {ref!r} is never cited",
        "zh": "参考文献 {ref!r} 没有被任何题目引用",
    },
    "lint.fix.unused_reference": {
        "en": "cite it in a question's 'refs', or remove it",
        "zh": "请在某道题的 'refs' 中引用它，或者删掉它",
    },
    # quiz validate's item-writing checks (quiz.packs.itemcheck): each starts with its [code]
    "item.coded": {"en": "[{code}] {message}", "zh": "[{code}] {message}"},
    "item.answer.myth": {"en": "myth", "zh": "谣言"},
    "item.answer.fact": {"en": "fact", "zh": "事实"},
    "item.answers.myth": {"en": "myths", "zh": "谣言"},
    "item.answers.fact": {"en": "facts", "zh": "事实"},
    "item.above": {
        "en": "in question {id!r}, choice {letter} says {text!r}{langs}",
        "zh": "题目 {id!r} 的选项 {letter} 写的是 {text!r}{langs}",
    },
    "item.fix.above": {
        "en": "write a real answer instead: 'all of the above' can be picked by spotting two right choices, "
        "'none of the above' tells nothing about what the player knows, and the game shuffles choices, so "
        "'above' may point at nothing",
        "zh": "请改写成一个真正的答案：“以上都对”只要看出两个正确选项就能选中，“以上都不对”看不出玩家到底懂什么，"
        "而且游戏会打乱选项顺序，“以上”可能什么也指不到",
    },
    "item.long_right": {
        "en": "in question {id!r}, choice {letter} (the right one) is {times} times as long as any other{langs}",
        "zh": "题目 {id!r} 的选项 {letter}（正确答案）的长度是其他任何选项的 {times} 倍{langs}",
    },
    "item.long": {
        "en": "in question {id!r}, choice {letter} is {times} times as long as any other{langs}",
        "zh": "题目 {id!r} 的选项 {letter} 的长度是其他任何选项的 {times} 倍{langs}",
    },
    "item.fix.long_right": {
        "en": "players who are unsure pick the longest, most detailed choice; give every choice about the same "
        "length and detail",
        "zh": "拿不准的玩家往往会选最长、最详细的那一项；请让每个选项的长度和详细程度都差不多",
    },
    "item.fix.long": {
        "en": "a choice that stands out draws the eye; give every choice about the same length and detail",
        "zh": "特别显眼的选项会吸引注意；请让每个选项的长度和详细程度都差不多",
    },
    "item.duplicate_choice": {
        "en": "in question {id!r}, choices {first} and {second} differ only by a few words: {what}{langs}",
        "zh": "题目 {id!r} 的选项 {first} 和 {second} 只差几个字：{what}{langs}",
    },
    "item.repeats_right": {
        "en": "a wrong choice repeats the right one, {letter}",
        "zh": "一个错误选项重复了正确选项 {letter}",
    },
    "item.two_wrong": {"en": "two wrong choices are almost one", "zh": "两个错误选项几乎是同一个"},
    "item.fix.duplicate_choice": {
        "en": "make each wrong choice a different mistake that people really make",
        "zh": "请让每个错误选项各代表一种人们真正会犯的错误",
    },
    "item.negative_stem": {
        "en": "question {id!r} is asked in the negative ({words}){langs}, and readers easily miss the negative word",
        "zh": "题目 {id!r} 用了否定的问法（{words}）{langs}，读者很容易看漏否定词",
    },
    "item.fix.negative_stem": {
        "en": "ask for the right answer instead; if the negative is needed, make it stand out: NOT in capitals, or "
        "the Chinese word in quotation marks (“不是”)",
        "zh": "请改为直接问正确答案；如果必须用否定，就让它醒目：英文用大写的 NOT，中文给否定词加引号（“不是”）",
    },
    "item.double_negative.claim": {
        "en": "the claim of {id!r} has two negatives in one clause ({words}){langs}, which readers must untangle "
        "before they can answer",
        "zh": "题目 {id!r} 的说法在一个分句里用了两个否定（{words}）{langs}，读者得先理清才能作答",
    },
    "item.double_negative.question": {
        "en": "the question of {id!r} has two negatives in one clause ({words}){langs}, which readers must untangle "
        "before they can answer",
        "zh": "题目 {id!r} 的题干在一个分句里用了两个否定（{words}）{langs}，读者得先理清才能作答",
    },
    "item.fix.double_negative": {
        "en": "say it positively: 'not uncommon' is 'common', and 'not true that it has no effect' is 'it has an effect'",
        "zh": "请用肯定的说法：“并非不常见”就是“常见”，“说它没有作用是不对的”就是“它有作用”",
    },
    "item.double_claim": {
        "en": "claim {id!r} joins two claims with {words}{langs}, and one of them may be true while the other is false",
        "zh": "说法 {id!r} 用 {words} 把两个说法连在了一起{langs}，可能一个对、一个错",
    },
    "item.fix.double_claim": {
        "en": "judge one idea per claim: split it into two questions, or drop the part that is not being tested",
        "zh": "每个说法只判断一件事：请拆成两道题，或删掉不打算考查的那一部分",
    },
    "item.myth_first": {
        "en": "the explanation of {id!r} opens with the myth, not the fact: its first sentence {reason}{langs}",
        "zh": "题目 {id!r} 的解析先讲谣言而不是事实：第一句{reason}{langs}",
    },
    "item.starts_with": {"en": "starts with {words!r}", "zh": "以 {words!r} 开头"},
    "item.repeats_myth": {"en": "repeats the myth", "zh": "重复了谣言本身"},
    "item.fix.myth_first": {
        "en": "lead with the fact in a plain sentence, then name the myth once and say why it misleads, so the fact "
        "is what players remember (Debunking Handbook)",
        "zh": "请先用一句平实的话讲清事实，再提一次谣言并说明它为什么误导人，让玩家记住的是事实"
        "（见《辟谣手册》Debunking Handbook）",
    },
    "item.placeholder": {
        "en": "question {id!r} still has the placeholder text '{mark} ...' in its {fields}",
        "zh": "题目 {id!r} 的 {fields} 里仍有占位文字 '{mark} ...'",
    },
    "item.fix.placeholder": {
        "en": "replace the placeholder with your own text; 'quiz import' leaves it where the file had nothing to say",
        "zh": "请把占位文字换成你自己的内容；原文件里缺少的内容，'quiz import' 会先用它占位",
    },
    "item.pack_placeholder": {
        "en": "the pack's {fields} still has the placeholder text '{mark} ...' that 'quiz import' writes",
        "zh": "题库的 {fields} 里仍有 'quiz import' 写入的占位文字 '{mark} ...'",
    },
    "item.pack_placeholders": {
        "en": "the pack's {fields} still have the placeholder text '{mark} ...' that 'quiz import' writes",
        "zh": "题库的 {fields} 里仍有 'quiz import' 写入的占位文字 '{mark} ...'",
    },
    "item.fix.pack_placeholder": {
        "en": "replace each marked text with your own: players and other teachers read these fields",
        "zh": "请把每处标出的文字换成你自己的内容：玩家和其他老师都会看到这些字段",
    },
    "item.starter_author": {
        "en": "the pack's authors still list '{author}', the placeholder that 'quiz new' writes",
        "zh": "题库的 authors 里仍是 'quiz new' 写入的占位名字 '{author}'",
    },
    "item.fix.starter_author": {
        "en": "put your own name (or your school's) in 'authors'",
        "zh": "请在 'authors' 里写上你自己（或你们学校）的名字",
    },
    "item.answer_longest": {
        "en": "the right choice is the longest{langs} in {n} of {total} multiple-choice questions: {ids}",
        "zh": "在 {total} 道选择题中，有 {n} 道的正确选项最长{langs}：{ids}",
    },
    "item.fix.answer_longest": {
        "en": "players who cannot answer pick the longest choice; make the wrong choices as long and as precise "
        "as the right one, or shorten the right one",
        "zh": "不会做的玩家会挑最长的选项；请把错误选项写得和正确选项一样长、一样具体，或者把正确选项缩短",
    },
    "item.answer_position": {
        "en": "the right choice is listed {position} in {n} of {total} multiple-choice questions: {ids}",
        "zh": "在 {total} 道选择题中，有 {n} 道的正确选项排在{position}：{ids}",
    },
    "item.position.0": {"en": "first (A)", "zh": "第一个（A）"},
    "item.position.1": {"en": "second (B)", "zh": "第二个（B）"},
    "item.position.2": {"en": "third (C)", "zh": "第三个（C）"},
    "item.position.3": {"en": "fourth (D)", "zh": "第四个（D）"},
    "item.fix.answer_position": {
        "en": "the game shuffles choices, but printed handouts and other quiz tools may keep the file's order; "
        "put the right choice in each position about equally often",
        "zh": "游戏会打乱选项，但打印的讲义和其他测验工具可能保留文件里的顺序；请让正确选项在各个位置出现的次数大致相同",
    },
    "item.answer_balance": {
        "en": "{n} of {total} myth-or-fact claims are {answers}, so always answering '{answer}' scores {percent} %; "
        "{others}",
        "zh": "{total} 条“谣言还是事实”说法中有 {n} 条是{answers}，一律回答“{answer}”就能答对 {percent}%；{others}",
    },
    "item.balance_others": {"en": "the {answers} are {ids}", "zh": "{answers}只有 {ids}"},
    "item.balance_none": {"en": "none is a {answer}", "zh": "没有一条是{answer}"},
    "item.fix.answer_balance": {
        "en": "keep myths and facts each between {low} % and {high} % of the claims: add claims whose answer is "
        "'{answer_key}', or rewrite some {common} as {rare}",
        "zh": "请让谣言和事实各占全部说法的 {low}% 到 {high}%：增加答案为 '{answer_key}' 的说法，或把部分{common}改写成{rare}",
    },
    "item.near_duplicate": {
        "en": "claim {id!r} says nearly the same as claim {other!r} (line {line}){langs}",
        "zh": "说法 {id!r} 与说法 {other!r}（第 {line} 行）几乎一样{langs}",
    },
    "item.fix.near_duplicate": {
        "en": "one claim gives the other's answer away; merge them, or make each one test a different idea",
        "zh": "一个说法会泄露另一个的答案；请把它们合并，或让每个说法考查不同的内容",
    },
    "item.answer_cue": {
        "en": "every claim with {cue}{langs} is a {answer}: {n} claims, {ids}",
        "zh": "凡是含有 {cue} 的说法{langs}都是{answer}：共 {n} 条，{ids}",
    },
    "item.cue.number": {"en": "a number", "zh": "数字"},
    "item.cue.percent": {"en": "a percentage", "zh": "百分比"},
    "item.fix.answer_cue": {
        "en": "a player can answer these from the word alone; use it in a {other} too, or reword these claims, so "
        "the wording does not predict the answer",
        "zh": "玩家只看这个词就能答对；请在答案为“{other}”的说法里也用上它，或者改写这些说法，别让措辞透露答案",
    },
    # the command line's own words: argparse's sections and errors, then every command's help
    "argparse.usage": {"en": "usage: ", "zh": "用法："},
    "argparse.positionals": {"en": "positional arguments", "zh": "位置参数"},
    "argparse.options": {"en": "options", "zh": "选项"},
    "argparse.heading": {"en": "{title}:", "zh": "{title}："},
    "argparse.help": {"en": "show this help message and exit", "zh": "显示本帮助并退出"},
    "argparse.error": {
        "en": "{prog}: error: {message} (see '{prog} --help')",
        "zh": "{prog}: 错误：{message}（参见 '{prog} --help'）",
    },
    "argparse.argument": {"en": "argument {argument}: {message}", "zh": "参数 {argument}：{message}"},
    "argparse.unrecognized": {"en": "unrecognized arguments: {arguments}", "zh": "无法识别的参数：{arguments}"},
    "argparse.required": {
        "en": "the following arguments are required: {arguments}",
        "zh": "缺少必需的参数：{arguments}",
    },
    "argparse.one_required": {
        "en": "one of the arguments {arguments} is required",
        "zh": "必须给出以下参数之一：{arguments}",
    },
    "argparse.not_allowed": {"en": "not allowed with argument {argument}", "zh": "不能与参数 {argument} 同时使用"},
    "argparse.ignored": {"en": "ignored explicit argument {value}", "zh": "这个选项不带值，多余的值 {value} 被忽略"},
    "argparse.expected_one": {"en": "expected one argument", "zh": "需要一个值"},
    "argparse.expected_at_most_one": {"en": "expected at most one argument", "zh": "最多只能有一个值"},
    "argparse.expected_at_least_one": {"en": "expected at least one argument", "zh": "至少需要一个值"},
    "argparse.expected_1": {"en": "expected {n} argument", "zh": "需要 {n} 个值"},
    "argparse.expected_n": {"en": "expected {n} arguments", "zh": "需要 {n} 个值"},
    "argparse.ambiguous": {
        "en": "ambiguous option: {option} could match {matches}",
        "zh": "选项 {option} 有歧义，可能是：{matches}",
    },
    "argparse.invalid_choice": {
        "en": "invalid choice: {value} (choose from {choices})",
        "zh": "无效的选择：{value}（可选：{choices}）",
    },
    "argparse.invalid_type": {"en": "invalid {type} value: {value}", "zh": "无效的 {type} 值：{value}"},
    "arg.not_positive": {"en": "{value} is not a positive number", "zh": "{value} 不是正整数"},
    "arg.not_whole": {"en": "{value!r} is not a whole number", "zh": "{value!r} 不是整数"},
    "arg.seed_range": {
        "en": "out of range: a seed is a whole number from {low} to {high}",
        "zh": "超出范围：种子必须是 {low} 到 {high} 之间的整数",
    },
    "arg.empty_pack": {
        "en": "an empty name; give a pack id from 'quiz list', or a pack file or folder",
        "zh": "名称为空；请给出 'quiz list' 列出的题库编号，或者一个题库文件或文件夹",
    },
    "arg.not_pack_id": {
        "en": "{value!r} is not a pack id: use lowercase letters, digits and dashes",
        "zh": "{value!r} 不是有效的题库编号：请只用小写字母、数字和连字符",
    },
    "arg.versions": {
        "en": "{value} versions: give {low} to {high}, one letter each",
        "zh": "{value} 套试卷：请给出 {low} 到 {high} 之间的数，每套试卷对应一个字母",
    },
    "arg.not_port": {"en": "{value} is not a port (1 to 65535)", "zh": "{value} 不是有效的端口号（1 到 65535）"},
    "arg.quiz": {
        "en": "Myth or Fact: a terminal health quiz. With no command, starts the game.",
        "zh": "谣言还是事实：在终端里玩的健康知识问答。不带命令时直接开始游戏。",
    },
    "arg.version": {"en": "show the version and exit", "zh": "显示版本号并退出"},
    "arg.data_dir": {
        "en": "where your progress is kept (default: the user data folder, or ${env})",
        "zh": "保存进度的位置（默认：用户数据文件夹，或 ${env} 指定的位置）",
    },
    "arg.player": {
        "en": "{what} (default: the player named after your account)",
        "zh": "{what}（默认：以你的系统账户命名的玩家）",
    },
    "arg.play.help": {"en": "play the quiz (the default)", "zh": "玩问答游戏（默认命令）"},
    "arg.play.description": {"en": "Play the quiz.", "zh": "玩问答游戏。"},
    "arg.play.pack": {
        "en": "the pack to play: an id from 'quiz list', or a file or folder",
        "zh": "要玩的题库：'quiz list' 列出的编号，或者一个文件或文件夹",
    },
    "arg.play.lang": {
        "en": "the language to play in (default: from the locale)",
        "zh": "游戏语言（默认按系统的语言设置）",
    },
    "arg.play.count": {
        "en": "how many questions, or 'all' for the whole pack (default: {n})",
        "zh": "题数，或用 'all' 表示整个题库（默认：{n}）",
    },
    "arg.play.seed": {
        "en": "the same seed gives the same questions in the same order",
        "zh": "种子相同，抽到的题目和顺序就相同",
    },
    "arg.play.mode": {"en": "how answers are scored (default: classic)", "zh": "计分方式（默认：classic，经典模式）"},
    "arg.play.time_limit": {
        "en": "seconds per question in timed mode (default: {n})",
        "zh": "限时模式下每题的秒数（默认：{n}）",
    },
    "arg.play.no_streak_bonus": {"en": "timed mode without the streak bonus", "zh": "限时模式下不给连对奖励"},
    "arg.play.plain": {
        "en": "play line by line, for screen readers, plain consoles and scripts (automatic when not in a terminal)",
        "zh": "逐行进行游戏，适合读屏软件、简易控制台和脚本（不在终端中运行时自动启用）",
    },
    "arg.play.resume": {
        "en": "in plain mode, go on with the unfinished game without asking",
        "zh": "逐行模式下不再询问，直接继续未完成的一局",
    },
    "arg.play.no_resume": {
        "en": "never offer the unfinished game (quiz serve uses it: each browser tab plays its own game)",
        "zh": "从不提示继续未完成的一局（quiz serve 会用到：每个浏览器标签页各玩各的）",
    },
    "arg.play.theme": {
        "en": "the colours: high contrast, colour-blind safe, or the default (ctrl+p too)",
        "zh": "配色：高对比度、色盲友好或默认配色（游戏中也可按 ctrl+p 切换）",
    },
    "arg.play.watch": {
        "en": "with --pack FILE: reload the pack whenever it is saved, showing its problems in the game (a preview)",
        "zh": "配合 --pack 文件使用：每次保存都重新载入题库，并在游戏中显示其中的问题（预览）",
    },
    "arg.play.player": {
        "en": "whose game it is: their unfinished game, reviews and history",
        "zh": "这是谁在玩：决定用谁的未完成对局、复习进度和历史记录",
    },
    "arg.play.class": {
        "en": "record the class (7b, say) with every answer, for a report",
        "zh": "在每条作答记录中记下班级（例如 7b），供生成报告使用",
    },
    "arg.play.ask_player": {
        "en": "ask for the player's name first, full screen (quiz serve uses it: each browser tab is its own player)",
        "zh": "先在全屏界面询问玩家的名字（quiz serve 会用到：每个浏览器标签页是一位玩家）",
    },
    "arg.list.help": {"en": "list the packs found", "zh": "列出找到的题库"},
    "arg.list.description": {"en": "List the packs found.", "zh": "列出找到的题库。"},
    "arg.list.lang": {"en": "the language for titles", "zh": "标题所用的语言"},
    "arg.stats.help": {
        "en": "your past games, progress and most missed questions",
        "zh": "你过去的对局、进步情况和最常答错的题",
    },
    "arg.stats.description": {"en": "Print your record.", "zh": "显示你的答题记录。"},
    "arg.stats.lang": {"en": "the language of the report", "zh": "报告所用的语言"},
    "arg.stats.player": {"en": "whose record to print", "zh": "要显示谁的记录"},
    "arg.history.help": {
        "en": "export every answer (for a teacher to collect)",
        "zh": "导出全部作答记录（供老师收集）",
    },
    "arg.history.description": {
        "en": "Export every answer given, by every player unless --player or --class narrows it down. "
        "The columns are described in docs/history-format.md.",
        "zh": "导出所有玩家的全部作答记录，可用 --player 或 --class 缩小范围。各列的含义见 docs/history-format.md。",
    },
    "arg.history.format": {"en": "default: table", "zh": "默认：table（表格）"},
    "arg.history.player": {
        "en": "only this player's answers (default: every player's)",
        "zh": "只导出这位玩家的作答（默认：所有玩家）",
    },
    "arg.history.class": {
        "en": "only the answers given in this class (quiz serve --class)",
        "zh": "只导出这个班级的作答（quiz serve --class）",
    },
    "arg.history.output": {
        "en": "write to this file (default: standard output)",
        "zh": "写入这个文件（默认：标准输出）",
    },
    "arg.report.help": {
        "en": "a class's answers: the questions to fix, the players who need help",
        "zh": "全班的作答情况：哪些题要改，哪些玩家需要帮助",
    },
    "arg.report.description": {
        "en": "Report on a class's answers: per question, per player and for the class.",
        "zh": "汇报全班的作答情况：逐题、逐个玩家，以及全班整体。",
    },
    "arg.report.sources": {
        "en": "data folders and history files exported with 'quiz history' (CSV or JSON); default: your data folder",
        "zh": "数据文件夹，以及用 'quiz history' 导出的作答记录文件（CSV 或 JSON）；默认：你的数据文件夹",
    },
    "arg.report.pack": {
        "en": "the pack to report on (needed when answers are to several)",
        "zh": "要汇报的题库（作答涉及多个题库时必须指定）",
    },
    "arg.report.class": {"en": "only the answers given in this class", "zh": "只统计这个班级的作答"},
    "arg.report.attempt": {
        "en": "which of a player's answers to a question counts (default: the first)",
        "zh": "玩家对同一题多次作答时计哪一次（默认：first，第一次）",
    },
    "arg.report.format": {
        "en": "default: text, or what -o's name ends in (.csv, .json, .html)",
        "zh": "默认：text，或按 -o 文件名的扩展名决定（.csv、.json、.html）",
    },
    "arg.report.output": {
        "en": "write the report to FILE (- for stdout)",
        "zh": "把报告写入 FILE（- 表示标准输出）",
    },
    "arg.report.watch": {
        "en": "redraw the terminal report as new answers arrive",
        "zh": "有新的作答时刷新终端里的报告",
    },
    "arg.report.lang": {
        "en": "the language of the report (default: from the locale)",
        "zh": "报告所用的语言（默认按系统的语言设置）",
    },
    "arg.validate.help": {"en": "check pack files for mistakes", "zh": "检查题库文件中的错误"},
    "arg.validate.description": {
        "en": "Check pack files or folders of packs: errors stop a pack being played, warnings do not.",
        "zh": "检查题库文件或存放题库的文件夹：有错误的题库不能玩，只有警告的仍然可以玩。",
    },
    "arg.validate.paths": {"en": "pack files or folders", "zh": "题库文件或文件夹"},
    "arg.validate.format": {
        "en": "json: one JSON document, for CI (default: text)",
        "zh": "json：输出一个 JSON 文档，供持续集成（CI）使用（默认：text）",
    },
    "arg.validate.strict": {"en": "fail (exit 1) on warnings too", "zh": "有警告时也算失败（退出码为 1）"},
    "arg.new.help": {"en": "write a starter pack to edit", "zh": "写出一个可供修改的入门题库"},
    "arg.new.description": {
        "en": "Write a commented starter pack that is valid as it is, and pack.schema.json beside it for "
        "editors. Never overwrites a file.",
        "zh": "写出一个带注释、不改动也能通过检查的入门题库，并在旁边写出供编辑器使用的 pack.schema.json。"
        "从不覆盖已有的文件。",
    },
    "arg.new.path": {"en": "the pack file to write, ending in .yaml", "zh": "要写入的题库文件，以 .yaml 结尾"},
    "arg.new.lang": {"en": "its languages (default: both)", "zh": "题库的语言（默认：both，中英双语）"},
    "arg.new.id": {"en": "its id (default: made from the file name)", "zh": "题库编号（默认：根据文件名生成）"},
    "arg.schema.help": {"en": "print the JSON Schema of the pack format", "zh": "输出题库格式的 JSON Schema"},
    "arg.schema.description": {
        "en": "Print the JSON Schema of pack format version 1, for editors: quiz schema > pack.schema.json",
        "zh": "输出第 1 版题库格式的 JSON Schema，供编辑器使用：quiz schema > pack.schema.json",
    },
    "arg.schema.output": {
        "en": "write it to PATH instead (- is standard output)",
        "zh": "改为写入 PATH（- 表示标准输出）",
    },
    "arg.serve.help": {
        "en": "serve the game to web browsers, each its own game",
        "zh": "在网页浏览器中提供游戏，每个浏览器各玩一局",
    },
    "arg.serve.description": {
        "en": "Serve the game to web browsers: every browser tab that opens the page is asked for a name "
        "and plays its own game, and every answer goes to this computer's store ('quiz history' exports them).",
        "zh": "在网页浏览器中提供游戏：每个打开页面的浏览器标签页都会先询问名字，然后各玩各的；"
        "所有作答都保存在这台电脑上（可用 'quiz history' 导出）。",
    },
    "arg.serve.host": {
        "en": "the address to listen on (default: {host}, this computer only)",
        "zh": "监听的地址（默认：{host}，只有本机能访问）",
    },
    "arg.serve.port": {"en": "default: {port}", "zh": "默认：{port}"},
    "arg.serve.public": {
        "en": "allow a --host other computers can reach (0.0.0.0 for a classroom): anyone who reaches it can play",
        "zh": "允许使用其他电脑能访问的 --host（在教室里用 0.0.0.0）：凡是能访问到的人都可以玩",
    },
    "arg.serve.allow_host": {
        "en": "with --public: a host name the students' browsers use to reach this computer (repeat for several)",
        "zh": "配合 --public 使用：学生的浏览器访问这台电脑时所用的主机名（可以重复给出多个）",
    },
    "arg.serve.max_sessions": {
        "en": "how many games may run at once; later browsers are asked to wait (default: {n})",
        "zh": "最多可以同时进行几局游戏；之后连入的浏览器需要等待（默认：{n}）",
    },
    "arg.serve.pack": {
        "en": "the pack each game starts on (default: the first one)",
        "zh": "每局游戏开始时的题库（默认：第一个）",
    },
    "arg.serve.lang": {
        "en": "the language of every game (default: from the locale)",
        "zh": "每局游戏的语言（默认按系统的语言设置）",
    },
    "arg.serve.theme": {"en": "the colours of every game", "zh": "每局游戏的配色"},
    "arg.serve.class": {
        "en": "record this class (7b, say) with every answer, for 'quiz history --class' and a report",
        "zh": "在每条作答记录中记下这个班级（例如 7b），供 'quiz history --class' 和报告使用",
    },
    "arg.export.help": {
        "en": "write a pack for Moodle, Anki, a spreadsheet or paper",
        "zh": "把题库导出给 Moodle、Anki、电子表格或纸质试卷",
    },
    "arg.export.description": {
        "en": "Write a pack as a Moodle GIFT or Aiken file, a CSV sheet, an Anki deck or a printable "
        "handout (Markdown or HTML). See docs/exchange.md.",
        "zh": "把题库写成 Moodle 的 GIFT 或 Aiken 文件、CSV 表格、Anki 卡组，或可打印的讲义（Markdown 或 HTML）。"
        "详见 docs/exchange.md。",
    },
    "arg.export.pack": {
        "en": "a pack id from 'quiz list', or a pack file or folder",
        "zh": "'quiz list' 列出的题库编号，或者一个题库文件或文件夹",
    },
    "arg.export.format": {"en": "the file to write", "zh": "要写出的文件格式"},
    "arg.export.lang": {
        "en": "the language to write (default: the locale's when the pack has it; CSV: every language unless given)",
        "zh": "要写出的语言（默认：题库有系统语言时用系统语言；CSV：不指定时写出所有语言）",
    },
    "arg.export.output": {
        "en": "where to write (default: PACK-ID.EXT here; - for stdout)",
        "zh": "写入的位置（默认：当前文件夹下的 PACK-ID.EXT；- 表示标准输出）",
    },
    "arg.export.seed": {
        "en": "handouts, Aiken and GIFT: shuffle each question's choices with this seed; the same seed gives the "
        "same file (default: {seed}, so a new export of an unchanged pack is the same file). "
        "CSV and Anki keep the pack's order",
        "zh": "讲义、Aiken 和 GIFT：用这个种子打乱每道题的选项；种子相同，写出的文件就相同（默认：{seed}，"
        "所以题库没变时重新导出的文件也不变）。CSV 和 Anki 保持题库原有的顺序",
    },
    "arg.export.versions": {
        "en": "handouts only: write N versions ({low} to {high}), each with its own order of questions and choices "
        "and its own answer key, as PATH-A.EXT, PATH-B.EXT, ...",
        "zh": "仅用于讲义：写出 N 套试卷（{low} 到 {high} 套），每套的题目和选项顺序各不相同，并各有一份答案，"
        "文件名为 PATH-A.EXT、PATH-B.EXT……",
    },
    "arg.import.help": {
        "en": "turn a GIFT, Aiken or CSV file into a pack",
        "zh": "把 GIFT、Aiken 或 CSV 文件转换成题库",
    },
    "arg.import.description": {
        "en": "Read questions from a Moodle GIFT or Aiken file or a CSV sheet and write a YAML pack "
        "that validates. Fields the file cannot carry are filled with text marked 'Edit this'.",
        "zh": "从 Moodle 的 GIFT 或 Aiken 文件或 CSV 表格中读取题目，写出一个能通过检查的 YAML 题库。"
        "原文件无法提供的字段会先填上标有“Edit this”的文字。",
    },
    "arg.import.file": {"en": "the file to read (- for standard input)", "zh": "要读取的文件（- 表示标准输入）"},
    "arg.import.format": {"en": "the format of FILE", "zh": "FILE 的格式"},
    "arg.import.lang": {
        "en": "the language of the questions (GIFT and Aiken: default guessed from the text; CSV: keep only this one)",
        "zh": "题目的语言（GIFT 和 Aiken：默认根据文字猜测；CSV：只保留这一种语言）",
    },
    "arg.import.id": {
        "en": "the new pack's id (default: from the file name)",
        "zh": "新题库的编号（默认：根据文件名生成）",
    },
    "arg.import.output": {
        "en": "where to write (default: ID.yaml here; - for stdout)",
        "zh": "写入的位置（默认：当前文件夹下的 ID.yaml；- 表示标准输出）",
    },
    "arg.import.force": {"en": "replace PATH if it exists", "zh": "PATH 已存在时覆盖它"},
    # quiz new: the comments of the starter pack, in the language of the command
    "starter.intro": {
        "en": "A Myth or Fact question pack. Replace the example with your own questions, then:",
        "zh": "这是一个“谣言还是事实”题库。请把示例换成你自己的题目，然后运行：",
    },
    "starter.validate": {
        "en": "lists every mistake with its line, and warnings worth a look",
        "zh": "列出每一处错误及其所在的行，以及值得留意的警告",
    },
    "starter.play": {"en": "plays it", "zh": "试玩这个题库"},
    "starter.format": {
        "en": "The format is described in docs/packs.md. The first line lets an editor with the YAML language server\n"
        "complete and check fields using {schema} in this folder ('quiz schema > {schema}' writes it).",
        "zh": "题库格式的说明见 docs/packs.md。第一行让支持 YAML 语言服务器的编辑器借助本文件夹中的\n"
        "{schema} 补全和检查字段（可用 'quiz schema > {schema}' 生成这个文件）。",
    },
    "starter.pack": {"en": "the format version: always 1 for now", "zh": "格式版本：目前总是 1"},
    "starter.id": {
        "en": "lowercase letters, digits and dashes; unique among your packs",
        "zh": "小写字母、数字和连字符；不能与你的其他题库重复",
    },
    "starter.texts_one": {
        "en": "every text is a plain string here; to add a language, list it and give each text one line per language",
        "zh": "这里每段文字都是普通字符串；要增加一种语言，先把它列进来，再给每段文字按语言各写一行",
    },
    "starter.texts_all": {
        "en": "every text below gives each of these languages, and no other",
        "zh": "下面每段文字都要写出这些语言的版本，不多也不少",
    },
    "starter.language": {"en": "the language of every text", "zh": "所有文字所用的语言"},
    "starter.version": {
        "en": "your own version of this pack; keep the quotes",
        "zh": "这个题库自己的版本号；请保留引号",
    },
    "starter.author": {"en": "Your Name", "zh": "你的名字"},
    "starter.authors": {"en": "at least one name", "zh": "至少写一个名字"},
    "starter.license": {"en": "how others may reuse the pack", "zh": "别人可以怎样使用这个题库"},
    "starter.source": {"en": "what the questions were built from", "zh": "题目依据的来源"},
    "starter.quotes": {"en": "keep the quotes", "zh": "请保留引号"},
    "starter.link": {"en": "optional: where to find it", "zh": "可选：在哪里可以找到它"},
    "starter.source_language": {"en": "optional: the language the source is written in", "zh": "可选：来源所用的语言"},
    "starter.checked": {"en": "optional: when you last checked the evidence", "zh": "可选：你最近一次核对证据的时间"},
    "starter.disclaimer": {"en": "shown beside every explanation", "zh": "显示在每条解析旁边"},
    "starter.tags": {"en": "optional: each tag's name, as players see it", "zh": "可选：每个标签显示给玩家的名称"},
    "starter.references": {"en": "an id for each source -> its full citation", "zh": "每个来源的编号 -> 它的完整引用"},
    "starter.myth_fact": {
        "en": "A myth-or-fact question has a 'claim' and an 'answer'.",
        "zh": "“谣言还是事实”题有一个 'claim'（说法）和一个 'answer'（答案）。",
    },
    "starter.question_id": {
        "en": "unique in the pack; keep it when you edit",
        "zh": "在题库中不能重复；修改题目时请保留它",
    },
    "starter.answer": {"en": "myth or fact", "zh": "myth（谣言）或 fact（事实）"},
    "starter.explanation": {
        "en": "lead with the fact; say why the myth misleads",
        "zh": "先讲事实，再说明谣言为什么误导人",
    },
    "starter.refs": {"en": "ids from 'references' above", "zh": "上面 'references' 中的编号"},
    "starter.question_tags": {
        "en": "optional: tags named under 'tags:' above",
        "zh": "可选：上面 'tags:' 中列出的标签",
    },
    "starter.difficulty": {"en": "optional: 1 (easy) to 3 (hard)", "zh": "可选：1（容易）到 3（难）"},
    "starter.article": {
        "en": "Optional: the source's own sentence that this question tests, and how it holds up against the\n"
        "evidence (supported, overstated or untraceable). Remove the '# ' in front to use them.",
        "zh": "可选：这道题考查的来源原话，以及对照证据后的结论（supported 有证据支持、\n"
        "overstated 言过其实、untraceable 无从查证）。去掉行首的 '# ' 即可启用。",
    },
    "starter.article_translated": {
        "en": "With 'language:' under 'source:', 'article:' can give the source's words and a translation, by language.",
        "zh": "在 'source:' 下写明 'language:' 后，'article:' 就可以按语言分别给出来源原话和译文。",
    },
    "starter.article_example": {"en": "The exact sentence from the source", "zh": "来源中的原话"},
    "starter.choice": {
        "en": "A multiple-choice question has a 'question' and 2 to 4 'choices', exactly one with 'correct: true'.",
        "zh": "选择题有一个 'question'（题目）和 2 到 4 个 'choices'（选项），其中恰好一个标有 'correct: true'。",
    },
    "starter.correct": {"en": "the one right choice", "zh": "唯一的正确选项"},
    "starter.feedback": {"en": "optional: shown when this choice is picked", "zh": "可选：选中这个选项时显示"},
    # quiz schema: the titles and descriptions editors show beside each field
    "schema.title": {
        "en": "Myth or Fact question pack, format version {version}",
        "zh": "“谣言还是事实”题库，第 {version} 版格式",
    },
    "schema.description": {
        "en": "A question pack for Myth or Fact, format version {version} (docs/packs.md). "
        "'quiz validate' is the final word: it also checks what this schema cannot:",
        "zh": "“谣言还是事实”的题库，第 {version} 版格式（见 docs/packs.md）。以 'quiz validate' 的结果为准，"
        "它还会检查本 schema 检查不了的内容：",
    },
    "schema.check.duplicate-question-ids": {
        "en": "Question ids must be unique in a pack: a schema compares whole list items, not one field of them.",
        "zh": "同一题库中的题目编号不能重复：schema 只能比较整个列表项，不能只比较其中的某个字段。",
    },
    "schema.check.unknown-references": {
        "en": "Every id in a question's 'refs' must be a key of 'references': a schema cannot compare one part of a "
        "document with another.",
        "zh": "题目 'refs' 中的每个编号都必须是 'references' 中的键：schema 无法拿文档的一部分与另一部分比较。",
    },
    "schema.check.unknown-tags": {
        "en": "When the pack names its tags in 'tags', every tag a question lists must be one of them: a schema cannot "
        "compare one part of a document with another.",
        "zh": "题库在 'tags' 中为标签命名时，题目列出的每个标签都必须是其中之一：schema 无法拿文档的一部分与另一部分比较。",
    },
    "schema.check.article-languages": {
        "en": "An 'article' written as a mapping must give the original sentence in the language 'source.language' "
        "names (which must be there), and translations only into the languages in 'languages'.",
        "zh": "写成映射的 'article' 必须用 'source.language' 指定的语言给出原话（题库必须写明 'source.language'），"
        "译文也只能是 'languages' 中的语言。",
    },
    "schema.check.calendar-dates": {
        "en": "A 'checked' date must be a real month or day: the schema's pattern takes 2026-02-30 or 2025-04-31.",
        "zh": "'checked' 必须是真实存在的月份或日期：schema 的模式会接受 2026-02-30 或 2025-04-31 这样的日期。",
    },
    "schema.check.other-languages": {
        "en": "Every text must give exactly the languages in 'languages'. The schema checks this when 'languages' lists "
        "languages the game speaks ({languages}); for any other list it only checks that a text is a string or a "
        "mapping from language codes to strings.",
        "zh": "每段文字都必须恰好给出 'languages' 中的语言。'languages' 列出的是游戏支持的语言（{languages}）时，"
        "schema 会检查这一点；对其他语言，它只检查文字是字符串，或是从语言代码到字符串的映射。",
    },
    "schema.check.yaml-level": {
        "en": "What a YAML reader settles before the schema sees the data: a key written twice in one mapping (the reader "
        "keeps one), '<<' merge keys (the reader merges them; the loader refuses them), tags, the file size, "
        "the encoding and YAML syntax.",
        "zh": "YAML 读取器在 schema 看到数据之前就已处理的内容：同一映射中写了两次的键（读取器只保留一个）、"
        "'<<' 合并键（读取器会合并，载入程序则拒绝）、标签、文件大小、编码和 YAML 语法。",
    },
    "schema.check.scalar-spelling": {
        "en": "The loader reads a value as it is written; a YAML reader turns some spellings into numbers, booleans or "
        "dates first. So a name written as a bare number (id: 42, tags: [2024]) is a name to the loader but a number "
        "to the schema, which wants names as strings: quote them. A number not written as plain digits "
        "(difficulty: 2.0, pack: 0x1) is refused by the loader but equals the number for the schema. An unquoted "
        "date (date: 2025-09-01) is text to the loader and to editors, but a date object to PyYAML's safe_load. "
        "A quoted name ending in a line break passes the schema's pattern when checked with Python's re.",
        "zh": "载入程序按值的原样读取，YAML 读取器则会先把某些写法转换成数字、布尔值或日期。所以写成纯数字的名称"
        "（id: 42、tags: [2024]）在载入程序看来是名称，在 schema 看来却是数字，而 schema 要求名称是字符串：请给它们"
        "加上引号。不是用纯数字写出的数（difficulty: 2.0、pack: 0x1）会被载入程序拒绝，在 schema 看来却等于那个数。"
        "不加引号的日期（date: 2025-09-01）对载入程序和编辑器来说是文本，对 PyYAML 的 safe_load 来说却是日期对象。"
        "以换行结尾的带引号名称，用 Python 的 re 检查时能通过 schema 的模式。",
    },
    "schema.plain": {"en": "text, not empty", "zh": "非空的文本"},
    "schema.source": {"en": "what the pack was built from", "zh": "题库依据的来源"},
    "schema.source.title": {"en": "the source's title", "zh": "来源的标题"},
    "schema.source.date": {"en": 'its date, quoted: "2025-09-01"', "zh": '来源的日期，加引号："2025-09-01"'},
    "schema.source.link": {"en": "optional: where to find it", "zh": "可选：在哪里可以找到它"},
    "schema.source.language": {"en": "optional: the language it is written in", "zh": "可选：来源所用的语言"},
    "schema.references": {"en": "reference id -> the full citation", "zh": "参考文献编号 -> 完整的引用"},
    "schema.checked": {
        "en": 'when the evidence was last checked: a month (2026-11) or a day, quoted ("2026-11-05")',
        "zh": '最近一次核对证据的时间：月份（2026-11）或具体日期，加引号（"2026-11-05"）',
    },
    "schema.checked.pattern": {
        "en": "write a month as 2026-11 or a day as 2026-11-05",
        "zh": "月份写成 2026-11，具体日期写成 2026-11-05",
    },
    "schema.article": {
        "en": "optional: the source's sentence this question tests, as a string in the source's language, or a "
        "mapping from the source's language (source.language) to it and from other languages of the pack "
        "to its translations",
        "zh": "可选：这道题考查的来源原话；可以是来源语言的字符串，也可以是映射："
        "来源语言（source.language）对应原话，题库的其他语言对应译文",
    },
    "schema.answer": {"en": "myth or fact", "zh": "myth（谣言）或 fact（事实）"},
    "schema.verdict": {
        "en": "how the source's sentence holds up against the evidence",
        "zh": "对照证据后，来源原话的结论",
    },
    "schema.difficulty": {
        "en": "{low} (easy) to {high} (hard); {low} when left out",
        "zh": "{low}（容易）到 {high}（难）；不写时为 {low}",
    },
    "schema.text": {
        "en": "a string, or a mapping from each language in 'languages' to its string",
        "zh": "字符串，或从 'languages' 中每种语言到对应字符串的映射",
    },
    "schema.text_one": {"en": "a string, or {mapping}", "zh": "字符串，或 {mapping}"},
    "schema.text_all": {"en": "a translation for each of {languages}", "zh": "{languages} 每种语言各一份"},
    "schema.question.id": {
        "en": "unique in the pack; answers are remembered by it",
        "zh": "在题库中不能重复；作答记录靠它对应到题目",
    },
    "schema.question.explanation": {
        "en": "why the answer is right, with the evidence",
        "zh": "答案为什么正确，并给出证据",
    },
    "schema.question.refs": {"en": "ids from 'references'", "zh": "'references' 中的编号"},
    "schema.question.checked": {"en": "optional: overrides the pack's 'checked'", "zh": "可选：代替题库的 'checked'"},
    "schema.question.tags": {
        "en": "tag ids, from the pack's 'tags' when it names any",
        "zh": "标签编号；题库的 'tags' 中为标签命了名时，须从中选取",
    },
    "schema.question.claim": {"en": "a statement the player judges", "zh": "由玩家判断真假的说法"},
    "schema.question.question": {"en": "the question the choices answer", "zh": "各个选项所回答的问题"},
    "schema.question.choices": {
        "en": "{low} to {high} choices, exactly one with 'correct: true'",
        "zh": "{low} 到 {high} 个选项，其中恰好一个标有 'correct: true'",
    },
    "schema.choice.correct": {"en": "true on the one right choice", "zh": "在唯一的正确选项上写 true"},
    "schema.choice.feedback": {
        "en": "optional: shown when this choice is picked",
        "zh": "可选：选中这个选项时显示",
    },
    "schema.pack.pack": {"en": "the format version: {version}", "zh": "格式版本：{version}"},
    "schema.pack.id": {"en": "unique among your packs", "zh": "不能与你的其他题库重复"},
    "schema.pack.languages": {
        "en": "the language codes every text gives, e.g. [zh, en]",
        "zh": "每段文字都要给出的语言代码，例如 [zh, en]",
    },
    "schema.pack.version": {
        "en": 'your own version of the pack, quoted: "1.0"',
        "zh": '题库自己的版本号，加引号："1.0"',
    },
    "schema.pack.license": {"en": "e.g. CC-BY-4.0", "zh": "例如 CC-BY-4.0"},
    "schema.pack.disclaimer": {"en": "shown beside every explanation", "zh": "显示在每条解析旁边"},
    "schema.pack.tags": {
        "en": "optional: tag id -> its name, as text",
        "zh": "可选：标签编号 -> 标签名称（文本）",
    },
    # quiz import: what the file could not give, warning by warning
    "exchange.at_line": {"en": "line {line}: {message}", "zh": "第 {line} 行：{message}"},
    "exchange.at_row": {"en": "row {row}: {message}", "zh": "第 {row} 行：{message}"},
    "exchange.skipped": {"en": "skipped: {reason}", "zh": "已跳过：{reason}"},
    "exchange.more_warnings": {
        "en": "{n:,} more warning(s) like these not shown",
        "zh": "另有 {n:,} 条类似的警告未显示",
    },
    "exchange.excel_utf8": {"en": " (in Excel, save as 'CSV UTF-8')", "zh": "（在 Excel 中请另存为“CSV UTF-8”）"},
    "exchange.utf16_no_mark": {
        "en": "is UTF-16 text without a byte-order mark: save it as UTF-8{excel}",
        "zh": "这是没有字节顺序标记（BOM）的 UTF-16 文本：请另存为 UTF-8{excel}",
    },
    "exchange.binary": {"en": "is a binary file, not text", "zh": "这是二进制文件，不是文本"},
    "exchange.bad_wide_text": {
        "en": "starts with the mark of {encoding} text but is not valid {encoding}",
        "zh": "文件以 {encoding} 文本的标记开头，但内容不是有效的 {encoding}",
    },
    "exchange.not_utf8": {"en": "is not UTF-8 text{excel}", "zh": "这不是 UTF-8 编码的文本{excel}"},
    "exchange.option_count": {
        "en": "it has {n} options; a question here has {low} to {high}",
        "zh": "它有 {n} 个选项；这里的题目需要 {low} 到 {high} 个",
    },
    "exchange.aiken.answer_first": {"en": "an ANSWER line with no question before it", "zh": "ANSWER 行前面没有题目"},
    "exchange.aiken.no_answer": {"en": "the question has no 'ANSWER: X' line", "zh": "这道题没有 'ANSWER: X' 行"},
    "exchange.aiken.no_such_option": {
        "en": "the answer {letter} is not one of its options",
        "zh": "答案 {letter} 不是它的选项之一",
    },
    "exchange.gift.braces": {
        "en": "its {opening} and {closing} do not match (escape them as \\{opening} and \\{closing} in text)",
        "zh": "它的 {opening} 和 {closing} 不成对（文字里的花括号请写成 \\{opening} 和 \\{closing}）",
    },
    "exchange.gift.description": {
        "en": "a description (text with no answers); only the first becomes the disclaimer",
        "zh": "一段说明文字（没有答案的文字）；只有第一段会成为免责声明",
    },
    "exchange.gift.no_text": {"en": "the question has no text", "zh": "题目没有文字"},
    "exchange.gift.essay": {
        "en": "an essay question (no answers) cannot be played",
        "zh": "论述题（没有答案）无法在游戏中作答",
    },
    "exchange.gift.numerical": {"en": "numerical questions are not supported", "zh": "不支持数值题"},
    "exchange.gift.matching": {"en": "matching questions are not supported", "zh": "不支持匹配题"},
    "exchange.gift.short_answer": {"en": "short-answer questions are not supported", "zh": "不支持简答题"},
    "exchange.gift.text_first": {"en": "text before the first answer", "zh": "第一个答案前面还有文字"},
    "exchange.gift.right_answers": {
        "en": "it has {n} right answers; a question here has exactly one",
        "zh": "它有 {n} 个正确答案；这里的题目只能有一个",
    },
    "exchange.gift.answer_count": {
        "en": "it has {n} answers; a question here has {low} to {high}",
        "zh": "它有 {n} 个答案；这里的题目需要 {low} 到 {high} 个",
    },
    "exchange.gift.partial_credit": {
        "en": "partial credit (%…%) cannot be carried; mark one answer right",
        "zh": "无法保留部分得分（%…%）；请只把一个答案标为正确",
    },
    "exchange.gift.empty_answer": {"en": "one of its answers is empty", "zh": "其中一个答案是空的"},
    "exchange.reopen_as_utf8": {
        "en": "the file was opened in the wrong encoding and saved again. Open the original choosing UTF-8 "
        "(Excel: Data > From Text/CSV, File origin 65001: Unicode (UTF-8); LibreOffice: Character set Unicode (UTF-8)), "
        "or export the sheet from the game again; see docs/exchange.md",
        "zh": "文件曾以错误的编码打开并重新保存过。请打开原文件并选择 UTF-8 编码（Excel：“数据”>“从文本/CSV”，"
        "“文件原始格式”选 65001: Unicode (UTF-8)；LibreOffice：“字符集”选 Unicode (UTF-8)），或者从游戏中重新导出表格；"
        "见 docs/exchange.md",
    },
    "exchange.mangled_mark": {
        "en": "the header starts with {mark!r}, a byte-order mark gone wrong: {fix}",
        "zh": "表头以 {mark!r} 开头，这是读错了的字节顺序标记：{fix}",
    },
    "exchange.garbled": {
        "en": "row {row}, {column}: {seen!r} looks like {meant!r} garbled: {fix}",
        "zh": "第 {row} 行，{column}：{seen!r} 看起来是 {meant!r} 变成的乱码：{fix}",
    },
    "exchange.unknown_columns": {
        "en": "the column(s) {names} are not part of the format and were not imported (see docs/exchange.md)",
        "zh": "列 {names} 不属于这种格式，没有导入（见 docs/exchange.md）",
    },
    "exchange.csv.empty": {"en": "'{column}' is empty", "zh": "'{column}' 为空"},
    "exchange.csv.some_empty": {
        "en": "{columns} is empty; fill in every language or none",
        "zh": "{columns} 为空；要么每种语言都填，要么都不填",
    },
    "exchange.csv.id_taken": {
        "en": "the id {wanted!r} is taken or not valid; using {used!r}",
        "zh": "编号 {wanted!r} 已被占用或无效；改用 {used!r}",
    },
    "exchange.csv.no_answer": {
        "en": "'answer' is empty; write myth, fact or the number of the right choice",
        "zh": "'answer' 为空；请填写 myth、fact 或正确选项的编号",
    },
    "exchange.csv.bad_kind": {
        "en": "'kind' is {kind!r}; it must be myth-fact or choice",
        "zh": "'kind' 是 {kind!r}；只能是 myth-fact 或 choice",
    },
    "exchange.csv.wants_myth_fact": {
        "en": "'kind' is {kind} but 'answer' is {answer!r}; the answer must be myth or fact",
        "zh": "'kind' 是 {kind}，但 'answer' 是 {answer!r}；答案必须是 myth 或 fact",
    },
    "exchange.csv.wants_number": {
        "en": "'kind' is {kind} but 'answer' is {answer!r}; the answer must be the number of the right choice",
        "zh": "'kind' 是 {kind}，但 'answer' 是 {answer!r}；答案必须是正确选项的编号",
    },
    "exchange.csv.feedback_alone": {
        "en": "feedback{n} is filled but choice{n} is empty",
        "zh": "feedback{n} 已填写，但 choice{n} 为空",
    },
    "exchange.csv.few_choices": {
        "en": "a multiple-choice question needs at least 2 choices (choice1, choice2, ...)",
        "zh": "选择题至少需要 2 个选项（choice1、choice2……）",
    },
    "exchange.csv.bad_answer": {
        "en": "'answer' is {answer!r}; write myth, fact, or the number of a filled choice (1-4)",
        "zh": "'answer' 是 {answer!r}；请填写 myth、fact，或某个已填写选项的编号（1-4）",
    },
    "exchange.csv.refs_citations": {
        "en": "{refs} refs but {citations} citations; give one citation per line for each ref",
        "zh": "有 {refs} 个 refs，却有 {citations} 条 citations；请为每个 ref 各写一行引用",
    },
    "exchange.csv.no_citation": {
        "en": "no citation for ref {ref!r}; a placeholder was written",
        "zh": "ref {ref!r} 没有对应的引用；已先写入占位文字",
    },
    "exchange.csv.bad_tag": {
        "en": "the tag {tag!r} is not valid; use letters, digits, dashes and underscores",
        "zh": "标签 {tag!r} 无效；请只用字母、数字、连字符和下划线",
    },
    "exchange.csv.bad_difficulty": {
        "en": "'difficulty' is {value!r}; it must be 1, 2 or 3",
        "zh": "'difficulty' 是 {value!r}；只能是 1、2 或 3",
    },
    "exchange.csv.bad_verdict": {
        "en": "'article_verdict' is {value!r}; it must be one of {options}",
        "zh": "'article_verdict' 是 {value!r}；只能是以下之一：{options}",
    },
    "exchange.csv.not_a_sheet": {
        "en": "not a question sheet: the header row needs 'answer' and a 'question_en' or 'question_zh' column "
        "(see docs/exchange.md)",
        "zh": "这不是题目表格：表头需要有 'answer' 列，以及 'question_en' 或 'question_zh' 列（见 docs/exchange.md）",
    },
    "exchange.csv.no_language": {
        "en": "the sheet has no 'question_{language}' column (it has: {languages})",
        "zh": "表格里没有 'question_{language}' 列（现有语言：{languages}）",
    },
    "exchange.csv.huge_cell": {
        "en": "a cell holds more than {limit:,} characters, far more than any question needs; is this the right file?",
        "zh": "有一个单元格超过 {limit:,} 个字符，远远超出任何题目的需要；是不是选错了文件？",
    },
    "exchange.csv.unreadable": {"en": "cannot be read as CSV ({reason})", "zh": "无法按 CSV 格式读取（{reason}）"},
    # quiz serve: what the server prints, and says to clients that are not its page
    "serve.at": {
        "en": "{title} is served at {url}: open it in a web browser.",
        "zh": "“{title}”已在 {url} 开始服务：请用网页浏览器打开这个地址。",
    },
    "serve.everywhere": {
        "en": "{title} is served on every network address of this computer: "
        "open http://ADDRESS:{port}, where ADDRESS is its name or IP address.",
        "zh": "“{title}”已在这台电脑的所有网络地址上开始服务：请打开 http://地址:{port}，"
        "其中“地址”换成这台电脑的名称或 IP 地址。",
    },
    "serve.tabs": {
        "en": "Each browser tab plays its own game, up to {n} at once. Press Ctrl+C to stop.",
        "zh": "每个浏览器标签页各玩一局，最多同时进行 {n} 局。按 Ctrl+C 停止。",
    },
    "serve.refused_host": {
        "en": "refused a request for the host {host!r} (not one of this server's)",
        "zh": "拒绝了发往主机 {host!r} 的请求（它不是本服务器的地址）",
    },
    "serve.plain_get": {
        "en": "answered 400 to a plain GET {path} (it is only for the game's WebSocket)",
        "zh": "对普通的 GET {path} 请求回复了 400（这个地址只用于游戏的 WebSocket）",
    },
    "serve.game_error": {
        "en": "a game ended with an error: {kind}: {error}",
        "zh": "一局游戏因错误而结束：{kind}：{error}",
    },
    "serve.websocket_only": {
        "en": "this address is for the game's WebSocket only",
        "zh": "这个地址只用于游戏的 WebSocket",
    },
    "serve.own_page": {
        "en": "games can only be opened from its own page",
        "zh": "只能从本服务器自己的页面开始游戏",
    },
    "serve.needs_textual_serve": {
        "en": "'quiz serve' needs textual-serve ({error})",
        "zh": "'quiz serve' 需要 textual-serve（{error}）",
    },
    "serve.cannot_serve": {
        "en": "cannot serve on {host}:{port}: {reason}",
        "zh": "无法在 {host}:{port} 上提供服务：{reason}",
    },
    # quiz import: the texts it writes into a pack where the file had nothing, in the pack's language; each
    # keeps the words "Edit this", which 'quiz validate' looks for
    "placeholder.explanation": {
        "en": "Edit this explanation: say why the answer is right, with the evidence.",
        "zh": "请补写解析（Edit this explanation）：说明答案为什么正确，并给出证据。",
    },
    "placeholder.disclaimer": {
        "en": "Edit this disclaimer: this quiz is health education, not medical advice. "
        "See a doctor about your own health.",
        "zh": "请修改这条免责声明（Edit this disclaimer）：本测验仅用于健康科普，不构成医疗建议。个人健康问题请咨询医生。",
    },
    "placeholder.citation": {
        "en": "Edit this citation: the full reference for {ref}",
        "zh": "请补写引用（Edit this citation）：{ref} 的完整参考文献",
    },
    "placeholder.description": {
        "en": "Imported from {source}. Edit this description: say what the pack covers and who it is for.",
        "zh": "导入自 {source}。请补写简介（Edit this description）：说明这个题库讲什么、适合谁用。",
    },
    "placeholder.authors": {"en": "Edit this: the authors' names", "zh": "请填写作者姓名（Edit this）"},
    "placeholder.license": {
        "en": "Edit this: the license, for example CC-BY-4.0",
        "zh": "请填写许可协议（Edit this），例如 CC-BY-4.0",
    },
    "placeholder.untitled": {"en": "Imported questions", "zh": "导入的题目"},
    "placeholder.header": {
        "en": "Imported by 'quiz import' from {source}.\nReplace every text marked '{mark}', then check the pack with: "
        "quiz validate {file}\nThe format is described in docs/packs.md.",
        "zh": "由 'quiz import' 从 {source} 导入。\n请替换所有标有“{mark}”的文字，然后用这条命令检查题库："
        "quiz validate {file}\n题库格式的说明见 docs/packs.md。",
    },
    # the key line at the bottom of each screen
}


def tr(key: str, lang: str, **values: object) -> str:
    """The UI text `key` in `lang` (English when `lang` is unknown), with `values` filled in."""
    entry = MESSAGES[key]
    text = entry.get(lang, entry[DEFAULT_LANGUAGE])
    return text.format(**values) if values else text


def detect_language(requested: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """The UI language: the one asked for, else the locale's (zh when it starts with zh), else English."""
    if requested in LANGUAGES:
        return requested
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            return "zh" if value.lower().startswith("zh") else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE
