using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class PollWidgetRuleTests
{
    private const string RuleId = "site.poll";

    private static readonly string[] Poll =
    [
        "Поддерживаете ли вы переход на четырехдневную рабочую неделю?",
        "Да, давно пора — 58% (1 412 голосов)",
        "Да, но только без снижения зарплаты — 27% (657 голосов)",
        "Нет, работать станет тяжелее — 9% (219 голосов)",
        "Всего проголосовали: 2 434",
    ];

    [Fact]
    public void Removes_the_polls_label_and_buttons_and_keeps_its_question_and_results()
    {
        string text = RuleHarness.Document([.. ArticleText.English, Block(["Опрос", .. Poll, "Голосовать", "Результаты"]), ArticleText.EnglishProse3]);

        RuleHarness.AssertRule(RuleId, text, removed: ["Опрос", "Голосовать", "Результаты"], kept: [.. ArticleText.English, .. Poll, ArticleText.EnglishProse3]);
    }

    [Fact]
    public void Keeps_an_English_polls_results_and_the_subheading_after_them_when_it_is_no_button()
    {
        string[] poll = ["Should the barrier close more often?", "Yes: 64%", "No: 36 %"];
        string text = RuleHarness.Document([.. ArticleText.English, Block(["Poll", .. poll, "View results", ArticleText.EnglishSubheading + " Again"]), ArticleText.EnglishProse3]);

        var result = RuleHarness.AssertRule(RuleId, text, removed: ["Poll", "View results"], kept: [.. ArticleText.English, .. poll, ArticleText.EnglishProse3]);
        RuleHarness.AssertKept(result, [ArticleText.EnglishSubheading + " Again"]); // five words: no button
    }

    [Fact]
    public void Keeps_subheadings_set_apart_from_the_poll_by_a_blank_line()
    {
        // A survey reported in the text: "Survey" over the question and "Analysis" after the results are the
        // article's subheadings, not the widget's label and button, which sit tight against the poll.
        string[] poll = ["Should the barrier close more often?", "Yes: 64%", "No: 36 %"];
        string text = RuleHarness.Document([.. ArticleText.English, "Survey", Block(poll), "Analysis", ArticleText.EnglishProse3]);

        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);

        Assert.Empty(result.Removals);
    }

    [Fact]
    public void Leaves_a_question_without_vote_shares_alone()
    {
        // A subheading that asks a question, then prose and a list with a percentage: no poll.
        string[] lines = ["Who pays?", "Contents", "Owners pay 58% of the cost, the council said on Tuesday.", "Summary"];
        string text = RuleHarness.Document([.. ArticleText.English, .. lines]);

        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);

        Assert.Empty(result.Removals);
    }

    private static string Block(string[] lines) => string.Join("\n", lines);
}
