using NewsClean.Eval;
using Xunit;

namespace NewsClean.Tests.Quality;

/// <summary>
/// Regression floors on the human-labelled dev corpus (../shared/eval/dev), scored like score.py. The floors sit
/// below the figures in docs/quality.md: they catch a rule change that costs accuracy, they are not the target.
/// </summary>
public class DevCorpusQualityTests
{
    // Measured 0.938 and 0.919 (eighth session); issue 3's targets are 0.92 and 0.90.
    private const double MinF1 = 0.93;
    private const double MinPrecision = 0.91;
    private const double MinRecall = 0.95;

    // Measured 0.9975 once product cards and price lists stayed; issue 3's target, 0.995, is the floor.
    private const double MinKeptOnClean = 0.995;

    // CleanHtml on the same pages: issue 4's target is 0.965, measured 0.974.
    private const double MinHtmlF1 = 0.965;

    private static readonly Lazy<IReadOnlyList<EvalRecord>> Records = new(() =>
        EvalRecord.Load(EvalRecord.FindDevCorpus(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("shared/eval/dev was not found beside the repository; CI lays ../shared beside the clone.")));

    private static readonly Lazy<Evaluator.Report> Report = new(() =>
        Evaluator.Run(Records.Value, r => NewsCleaner.Clean(r.ScrapedText), NewsCleaner.Clean));

    [Fact]
    public void CleanHtml_stays_above_its_F1_floor()
    {
        var html = Evaluator.Run(Records.Value, r => NewsCleaner.CleanHtml(r.Html), NewsCleaner.Clean).Overall;
        Assert.True(html.F1 >= MinHtmlF1, $"CleanHtml F1 {html.F1:F3} fell below {MinHtmlF1}");
    }

    [Fact]
    public void Clean_stays_above_the_F1_precision_and_recall_floors()
    {
        var overall = Report.Value.Overall;
        Assert.True(overall.Count >= 150, $"expected the whole dev set, scored {overall.Count} records");
        Assert.True(overall.F1 >= MinF1, $"F1 {overall.F1:F3} fell below {MinF1}");
        Assert.True(overall.Precision >= MinPrecision, $"precision {overall.Precision:F3} fell below {MinPrecision}");
        Assert.True(overall.Recall >= MinRecall, $"recall {overall.Recall:F3} fell below {MinRecall}");
    }

    [Fact]
    public void Clean_keeps_clean_article_text()
    {
        Assert.True(Report.Value.KeptOnClean >= MinKeptOnClean, $"kept-on-clean {Report.Value.KeptOnClean:F4} fell below {MinKeptOnClean}");
    }

    [Fact]
    public void Scores_match_score_py_on_a_hand_checked_pair()
    {
        // Prediction: the x2, cat x2, and, a, dog (7 tokens); truth: the, cat, sat (3); overlap: the + cat = 2.
        var score = RecordScore.Of("The cat, the CAT and a dog", "the cat sat");
        Assert.Equal(2, score.Overlap);
        Assert.Equal(2.0 / 7, score.Precision, 10);
        Assert.Equal(2.0 / 3, score.Recall, 10);
        Assert.Equal(0.4, score.F1, 10);
    }

    [Fact]
    public void Tokens_follow_python_word_characters()
    {
        // Python's \w excludes combining marks (Devanagari vowel signs split words) and includes '_'; values checked with python3.
        Assert.Equal(new Dictionary<string, int> { ["नमस"] = 1, ["त"] = 1, ["द"] = 1, ["न"] = 1, ["य"] = 1 }, BagOfWords.Tokens("नमस्ते दुनिया"));
        Assert.Equal(new Dictionary<string, int> { ["straße_1"] = 1, ["été"] = 1 }, BagOfWords.Tokens("Straße_1 ÉTÉ"));
    }

    [Fact]
    public void Both_empty_scores_one_and_an_empty_prediction_scores_zero()
    {
        Assert.Equal(1.0, RecordScore.Of("", "").F1);
        Assert.Equal(0.0, RecordScore.Of("", "some truth").F1);
    }
}
