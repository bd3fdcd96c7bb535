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
        "zh": "进度文件 {path} 只能读取、不能写入:以前的答题记录都在,但新的答题不会保存。",
    },
    "store.newer": {
        "en": "Your progress file {path} was written by a newer version of the game. It is left untouched, and "
        "nothing is saved to it: update the game to see your answers and keep adding to them.",
        "zh": "进度文件 {path} 是由更新版本的游戏写入的,已原样保留,本程序不会写入它。请升级游戏,才能查看并继续记录答题。",
    },
    "store.not_a_file": {
        "en": "Progress is not being saved: {path} is not a file (a folder, a device or a broken link is in its "
        "place), and it was left as it is.",
        "zh": "无法保存进度:{path} 不是普通文件(那里是一个文件夹、设备或失效的链接),已原样保留。",
    },
    # quiz serve's own pages
    "serve.full": {
        "en": "All {count} games this server can run are taken. Try again when someone has finished.",
        "zh": "本服务器最多同时运行 {count} 局游戏,现在已满。请等有人玩完后再试。",
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
