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
    "start.heading": {"en": "Myth or Fact: a health quiz", "zh": "谣言还是事实:健康知识问答"},
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
        "zh": "有 {n} 个题库文件有错误,未列出;运行 'quiz validate' 可查看。",
    },
    "start.resume_info": {
        "en": "Unfinished game: {title}, {answered} of {total} answered.",
        "zh": "有一局未完成:{title},已答 {answered}/{total} 题。",
    },
    "start.resume": {"en": "Resume", "zh": "继续这一局"},
    "start.due": {
        "en": "{n} question(s) of this pack are due for review.",
        "zh": "本题库有 {n} 道题到了复习时间。",
    },
    "start.review": {"en": "Review them", "zh": "开始复习"},
    "start.drop": {"en": "Drop it", "zh": "放弃这一局"},
    "start.pack_info": {"en": "{n} questions · from: {source}", "zh": "共 {n} 题 · 来源:{source}"},
    # question screen
    "question.progress": {"en": "Question {n}/{total}", "zh": "第 {n}/{total} 题"},
    "question.score": {"en": "Score {points}", "zh": "得分 {points}"},
    "question.streak": {"en": "Streak {streak}", "zh": "连对 {streak}"},
    "question.prompt_myth_fact": {"en": "Myth or fact?", "zh": "是谣言还是事实?"},
    "question.prompt_choice": {"en": "Choose one:", "zh": "请选择:"},
    "answer.myth": {"en": "Myth", "zh": "谣言"},
    "answer.fact": {"en": "Fact", "zh": "事实"},
    "feedback.right": {"en": "✔ Right!", "zh": "✔ 答对了!"},
    "feedback.wrong": {"en": "✘ Not quite.", "zh": "✘ 答错了。"},
    "feedback.points": {"en": "+{points} points", "zh": "+{points} 分"},
    "feedback.answer": {"en": "The answer: {answer}", "zh": "正确答案:{answer}"},
    "feedback.your_answer": {"en": "Your answer: {answer}", "zh": "你的答案:{answer}"},
    "feedback.why": {"en": "Why", "zh": "解析"},
    "feedback.article": {"en": "The article says", "zh": "原文说法"},
    "feedback.references": {"en": "Sources", "zh": "参考文献"},
    "feedback.disclaimer": {"en": "Health note", "zh": "健康提示"},
    "feedback.next": {"en": "Enter or Space: next question", "zh": "回车或空格:下一题"},
    "feedback.finish": {"en": "Enter or Space: see your results", "zh": "回车或空格:查看结果"},
    "verdict.supported": {"en": "the evidence supports it", "zh": "有证据支持"},
    "verdict.overstated": {
        "en": "overstated: the evidence does not go this far",
        "zh": "言过其实:证据并不支持这么强的结论",
    },
    "verdict.untraceable": {"en": "untraceable: no such study could be found", "zh": "无从查证:找不到这项研究"},
    # results
    "results.heading": {"en": "Results", "zh": "成绩"},
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
    "results.all_right": {"en": "You got every question right.", "zh": "全部答对了!"},
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
            "M  回答“谣言”\nF  回答“事实”\n1-4  选择选项\n1-3  把握度(把握度模式)\n"
            "Esc  重新选择(把握度模式)\n回车 / 空格  下一题\n"
            "Tab  在按钮间切换\nS / R / V / H  开始、继续、复习、历史(开始界面)\n"
            "Ctrl+P  命令与主题\n?  显示本帮助\nQ / Ctrl+Q  退出\nEsc  关闭本窗口"
        ),
    },
    "help.close": {"en": "Close", "zh": "关闭"},
    "quit.question": {
        "en": "Quit this game? Your answers so far are kept.",
        "zh": "要退出本局吗?已作答的题目会保留。",
    },
    "quit.yes": {"en": "Quit", "zh": "退出"},
    "quit.no": {"en": "Keep playing", "zh": "继续答题"},
    # the progress store
    "store.recovered": {
        "en": "Your progress file was damaged. It was kept as {path} and a new one was started.",
        "zh": "进度文件已损坏,已另存为 {path},并新建了进度文件。",
    },
    "store.memory_only": {
        "en": "Progress is not being saved ({reason}). You can still play.",
        "zh": "无法保存进度({reason}),但仍可继续游戏。",
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
        "en": "Type m (myth) or f (fact), then Enter.",
        "zh": "请输入 m(谣言)或 f(事实),然后按回车。",
    },
    "plain.ask_choice": {
        "en": "Type a number from 1 to {n}, then Enter.",
        "zh": "请输入 1 到 {n} 之间的数字,然后按回车。",
    },
    "plain.ask_certainty": {
        "en": "How sure are you? Type 1 (not sure), 2 (fairly sure) or 3 (sure), then Enter.",
        "zh": "你有多确定?输入 1(不太确定)、2(比较确定)或 3(非常确定),然后按回车。",
    },
    "plain.not_an_answer": {"en": "That is not an answer to this question.", "zh": "这不是本题的答案。"},
    "plain.input_ended": {
        "en": "End of input: the game stops here. The answers you gave are kept.",
        "zh": "输入已结束,本局到此为止;已作答的题目会保留。",
    },
    "plain.answered": {"en": "{answered} of {total} questions answered.", "zh": "已作答 {answered}/{total} 题。"},
    # modes
    "start.mode": {"en": "Mode", "zh": "模式"},
    "mode.classic": {"en": "Classic", "zh": "经典"},
    "mode.certainty": {"en": "Certainty (say how sure you are)", "zh": "把握度(说出你有多确定)"},
    "mode.timed": {"en": "Timed", "zh": "限时"},
    "start.time_limit": {"en": "Seconds", "zh": "每题秒数"},
    "start.streak_bonus": {"en": "Streak bonus", "zh": "连对奖励"},
    "certainty.ask": {
        "en": "How sure are you?  1 not sure · 2 fairly sure · 3 sure  (Esc: change your answer)",
        "zh": "你有多确定?  1 不太确定 · 2 比较确定 · 3 非常确定  (Esc:重新选择)",
    },
    "certainty.1": {"en": "1 not sure", "zh": "1 不太确定"},
    "certainty.2": {"en": "2 fairly sure", "zh": "2 比较确定"},
    "certainty.3": {"en": "3 sure", "zh": "3 非常确定"},
    "certainty.marks": {"en": "{marks:+d} marks (certainty {level})", "zh": "{marks:+d} 分(把握度 {level})"},
    "timer.left": {"en": "⏱ {seconds} s", "zh": "⏱ 剩 {seconds} 秒"},
    "timer.out": {"en": "⏱ Time is up.", "zh": "⏱ 时间到。"},
    "answer.none": {"en": "no answer (time ran out)", "zh": "未作答(超时)"},
    "results.calibration": {"en": "Your certainty against your answers", "zh": "把握度与答题结果"},
    "results.level": {
        "en": "Certainty {level}: {right} of {answered} right ({percent}%); pays best {range}",
        "zh": "把握度 {level}:{answered} 题中答对 {right} 题({percent}%);最适合的正确率 {range}",
    },
    "results.level_unused": {
        "en": "Certainty {level}: not used; pays best {range}",
        "zh": "把握度 {level}:未使用;最适合的正确率 {range}",
    },
    "range.1": {"en": "below 67%", "zh": "低于 67%"},
    "range.2": {"en": "from 67% to 80%", "zh": "67% 到 80%"},
    "range.3": {"en": "above 80%", "zh": "高于 80%"},
    "advice.overconfident": {
        "en": "You were sure more often than you were right: keep 3 for what you really know.",
        "zh": "你“很确定”的次数多于答对的次数:只在真正有把握时选 3。",
    },
    "advice.underconfident": {
        "en": "You know more than you think: when you are right this often, say so with a higher certainty.",
        "zh": "你比自己以为的懂得更多:既然答对率这么高,不妨选更高的把握度。",
    },
    "advice.calibrated": {
        "en": "Your certainty matches your knowledge well.",
        "zh": "你的把握度与实际掌握程度很相符。",
    },
    "results.confidently_wrong": {
        "en": "Sure, and wrong: worth a second look",
        "zh": "很确定却答错了:值得再看一遍",
    },
    "keys.certainty": {
        "en": "1-3 how sure · Esc change answer · ? help · Q quit",
        "zh": "1-3 把握度 · Esc 重新选择 · ? 帮助 · Q 退出",
    },
    # history and statistics
    "modename.classic": {"en": "Classic", "zh": "经典"},
    "modename.certainty": {"en": "Certainty", "zh": "把握度"},
    "modename.timed": {"en": "Timed", "zh": "限时"},
    "history.heading": {"en": "History", "zh": "历史记录"},
    "history.games": {"en": "Past games", "zh": "过往对局"},
    "history.game_row": {
        "en": "{date}  {pack}  {mode}  {points} points  {right}/{answered} right ({percent}%){unfinished}",
        "zh": "{date}  {pack}  {mode}  {points} 分  答对 {right}/{answered}({percent}%){unfinished}",
    },
    "history.unfinished": {"en": "  unfinished", "zh": "  未完成"},
    "history.chart": {
        "en": "Accuracy over time, one bar per game (oldest left): {chart}  latest {percent}%",
        "zh": "正确率变化,每局一格(最左为最早):{chart}  最近一局 {percent}%",
    },
    "history.tags": {"en": "Mastery per tag (weakest first)", "zh": "各标签掌握程度(从弱到强)"},
    "history.tag_row": {
        "en": "{bar} {percent:>3}%  {tag} ({right}/{answered})",
        "zh": "{bar} {percent:>3}%  {tag}({right}/{answered})",
    },
    "history.missed": {"en": "Most often missed", "zh": "最常答错的题"},
    "history.missed_row": {
        "en": "{misses} of {answered} wrong: {prompt}",
        "zh": "{answered} 次中错 {misses} 次:{prompt}",
    },
    "history.empty": {"en": "No answers yet: play a game first.", "zh": "还没有答题记录,先玩一局吧。"},
    "start.history": {"en": "History", "zh": "历史记录"},
    "keys.history": {"en": "Esc back · ↑↓ scroll · ? help · Q quit", "zh": "Esc 返回 · ↑↓ 滚动 · ? 帮助 · Q 退出"},
    # watching a pack file
    "watch.reloaded": {"en": "Pack reloaded ({n} warning(s)).", "zh": "题库已重新载入({n} 条警告)。"},
    "watch.problems": {
        "en": "The pack file has problems. The game goes on with the last good version; fix the file and save.",
        "zh": "题库文件有错误。游戏继续使用上一个正确的版本;请修改文件并保存。",
    },
    "watch.preview": {
        "en": "Preview: the pack reloads when you save it; answers in this game are not saved.",
        "zh": "预览模式:保存文件后题库会自动重新载入;本局答题不会保存。",
    },
    "keys.problems": {"en": "Esc close", "zh": "Esc 关闭"},
    # the command line's messages to players
    "cli.no_usable_pack": {"en": "quiz: error: no usable pack in {path}", "zh": "quiz: 错误:{path} 中没有可用的题库"},
    "cli.cannot_play": {
        "en": "quiz: error: {path} cannot be played until these are fixed",
        "zh": "quiz: 错误:{path} 需要先改正上面这些问题才能玩",
    },
    "cli.no_such_pack": {
        "en": "quiz: error: no pack or file called {name} (packs: {known})",
        "zh": "quiz: 错误:没有名为 {name} 的题库或文件(现有题库:{known})",
    },
    "cli.no_pack_loaded": {
        "en": "quiz: error: no pack could be loaded; 'quiz validate' shows why",
        "zh": "quiz: 错误:没有能载入的题库;运行 'quiz validate' 可查看原因",
    },
    "cli.watch_needs_file": {
        "en": "quiz: error: --watch needs --pack FILE (a pack file, in the full-screen game) (see 'quiz --help')",
        "zh": "quiz: 错误:--watch 需要配合 --pack 文件(一个题库文件,全屏游戏中使用)(见 'quiz --help')",
    },
    "cli.no_packs": {"en": "No packs found.", "zh": "没有找到题库。"},
    "cli.packs_left_out": {
        "en": "{n} pack file(s) have errors and are left out; 'quiz validate' shows them.",
        "zh": "有 {n} 个题库文件有错误,未列出;运行 'quiz validate' 可查看。",
    },
    "cli.none": {"en": "none", "zh": "无"},
    "cli.list_header": {"en": "ID|QUESTIONS|LANGUAGES|TITLE", "zh": "编号|题数|语言|标题"},
    # the key line at the bottom of each screen
    "keys.start": {
        "en": "S start · R resume · V review · H history · Tab move · ? help · Q quit",
        "zh": "S 开始 · R 继续上一局 · V 复习 · H 历史 · Tab 切换 · ? 帮助 · Q 退出",
    },
    "keys.question": {
        "en": "M myth · F fact · 1-4 choose · Enter next · ? help · Q quit",
        "zh": "M 谣言 · F 事实 · 1-4 选择 · 回车 下一题 · ? 帮助 · Q 退出",
    },
    "keys.results": {"en": "Tab move · Enter press · ? help · Q quit", "zh": "Tab 切换 · 回车 确认 · ? 帮助 · Q 退出"},
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
