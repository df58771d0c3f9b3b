using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using NewsClean.Benchmarks.Corpus;
using NewsClean.Benchmarks.Reporting;

namespace NewsClean.Benchmarks.Cases;

/// <summary>
/// Clean on one article at a time: the dev corpus's 10th-percentile, median and largest scraped text. "Clean,
/// nothing to remove" cleans the article's own output, where the target is to allocate nothing beyond the result
/// (which is then the input itself).
/// </summary>
public class ArticleBenchmarks : IReportsInputSize
{
    private string text = string.Empty;
    private string alreadyClean = string.Empty;

    /// <summary>Which article: "small" (10th percentile of length), "median" or "large" (the longest).</summary>
    [Params("small", "median", "large")]
    public string Article { get; set; } = "median";

    /// <summary>Picks the article and builds the default pipeline outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        text = Pick(Article);
        alreadyClean = NewsCleaner.Clean(text);
        if (!ReferenceEquals(NewsCleaner.Clean(alreadyClean), alreadyClean))
        {
            throw new InvalidOperationException($"Clean is not idempotent on the {Article} article, so 'nothing to remove' would measure removals.");
        }
    }

    /// <summary>The text floor on the same article.</summary>
    [Benchmark(Baseline = true, Description = "Text floor")]
    public string Floor() => TextFloor.Run(text);

    /// <summary>The default pipeline.</summary>
    [Benchmark(Description = "Clean")]
    public string Clean() => NewsCleaner.Clean(text);

    /// <summary>The default pipeline, with the trace of every removal.</summary>
    [Benchmark(Description = "CleanWithTrace")]
    public CleanResult CleanWithTrace() => NewsCleaner.CleanWithTrace(text);

    /// <summary>The default pipeline on text it leaves unchanged.</summary>
    [Benchmark(Description = "Clean, nothing to remove")]
    public string CleanUnchanged() => NewsCleaner.Clean(alreadyClean);

    /// <inheritdoc />
    public InputSize? InputSizeOf(BenchmarkCase benchmarkCase)
    {
        string article = Pick((string)benchmarkCase.Parameters[nameof(Article)]);
        return InputSize.Of(benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(CleanUnchanged) ? NewsCleaner.Clean(article) : article);
    }

    private static string Pick(string article)
    {
        var byLength = DevCorpus.All.Select(r => r.Text).Where(t => t.Length > 0).OrderBy(t => t.Length).ToArray();
        return article switch
        {
            "small" => byLength[byLength.Length / 10],
            "median" => byLength[byLength.Length / 2],
            "large" => byLength[^1],
            _ => throw new ArgumentOutOfRangeException(nameof(article), article, "Expected small, median or large."),
        };
    }
}
