using NewsClean.Eval;

namespace NewsClean.Tests.Support;

/// <summary>Every line of the dev corpus's scraped text (../shared/eval/dev), read once per test run.</summary>
internal static class DevCorpusLines
{
    private static readonly Lazy<string[]> Lines = new(() =>
        EvalRecord.Load(EvalRecord.FindDevCorpus(AppContext.BaseDirectory)
                ?? throw new InvalidOperationException("shared/eval/dev was not found beside the repository; CI lays ../shared beside the clone."))
            .SelectMany(static record => record.ScrapedText.Split('\n'))
            .ToArray());

    /// <summary>The lines, in corpus order.</summary>
    public static IReadOnlyList<string> All => Lines.Value;
}
